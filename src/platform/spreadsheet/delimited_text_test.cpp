#include "platform/spreadsheet/delimited_text.hpp"

#include <gtest/gtest.h>

namespace samordna::platform {
namespace {

std::vector<SheetRow> rows_of(std::string_view text) {
  std::vector<SheetRow> rows;
  auto ok = read_delimited(text, [&](const SheetRow& row) {
    rows.push_back(row);
    return true;
  });
  EXPECT_TRUE(ok);
  return rows;
}

TEST(DelimitedText, SwedishExcelSemicolonsWithCommaDecimalsAndCrlf) {
  auto rows = rows_of("Personnummer;Timmar;Insats\r\n19121212-1212;12,5;\"Steget; vidare\"\r\n");
  ASSERT_EQ(rows.size(), 2U);
  EXPECT_EQ(rows[0].cells, (std::vector<std::string>{"Personnummer", "Timmar", "Insats"}));
  EXPECT_EQ(rows[1].number, 2);
  EXPECT_EQ(rows[1].cells, (std::vector<std::string>{"19121212-1212", "12,5", "Steget; vidare"}));
}

TEST(DelimitedText, CommaAndTabFilesAreRecognisedFromTheHeader) {
  EXPECT_EQ(detect_delimiter("a,b,c\n1;2"), ',');
  EXPECT_EQ(detect_delimiter("a\tb\n"), '\t');
  EXPECT_EQ(detect_delimiter("\"a;b\",c\n"), ',');
  EXPECT_EQ(rows_of("a,b\n1,\"x \"\"y\"\"\"\n")[1].cells, (std::vector<std::string>{"1", "x \"y\""}));
}

TEST(DelimitedText, RowsAreNumberedAsExcelShowsThemAndBlankRowsAreSkipped) {
  auto rows = rows_of("h1;h2\n\n;\n\"two\nlines\";b\nlast;c");
  ASSERT_EQ(rows.size(), 3U);
  EXPECT_EQ(rows[1].number, 4);
  EXPECT_EQ(rows[1].cells[0], "two\nlines");
  EXPECT_EQ(rows[2].number, 5);
  EXPECT_EQ(rows[2].cells, (std::vector<std::string>{"last", "c"}));
}

TEST(DelimitedText, AnUnclosedQuoteNamesItsRowAndTheVisitorCanStop) {
  int row = 0;
  auto bad = read_delimited(
      "a;b\n1;\"open\n2;3\n", [](const SheetRow&) { return true; }, &row);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().fields.at(0).code, "quote_unclosed");
  EXPECT_EQ(row, 2);
  int seen = 0;
  EXPECT_TRUE(read_delimited("a\n1\n2\n3\n", [&](const SheetRow&) { return ++seen < 2; }));
  EXPECT_EQ(seen, 2);
}

TEST(DelimitedText, AnOldMacsLoneCarriageReturnEndsARow) {
  auto rows = rows_of("a;b\r1;2\r3;4");
  ASSERT_EQ(rows.size(), 3U);
  EXPECT_EQ(rows[2].cells, (std::vector<std::string>{"3", "4"}));
}

TEST(DelimitedText, ARowWiderThanExcelIsRefusedBeforeItFillsMemory) {
  auto wide = read_delimited("a;b\n" + std::string(20000, ';') + "\n", [](const SheetRow&) { return true; });
  ASSERT_FALSE(wide);
  EXPECT_EQ(wide.error().fields.at(0).code, "too_many_columns");
  EXPECT_TRUE(read_delimited(std::string(16382, ';') + "x\n", [](const SheetRow&) { return true; }));
}

}  // namespace
}  // namespace samordna::platform
