#include "platform/report/csv_writer.hpp"

#include <gtest/gtest.h>

namespace samordna::report {
namespace {

TEST(CsvWriter, SwedishExcelConvention) {
  std::string out;
  CsvWriter csv(out);
  csv.row({"Åtgärd", "Värde"});
  csv.row({"a;b", "say \"hi\""});
  csv.row({"line\nbreak", ""});
  EXPECT_EQ(out, "\xEF\xBB\xBF\xC3\x85tg\xC3\xA4rd;V\xC3\xA4rde\r\n\"a;b\";\"say \"\"hi\"\"\"\r\n\"line\nbreak\";\r\n");
}

TEST(CsvWriter, GuardsAgainstFormulas) {
  EXPECT_EQ(CsvWriter::cell("=SUM(A1)"), "'=SUM(A1)");
  EXPECT_EQ(CsvWriter::cell("+46"), "'+46");
  EXPECT_EQ(CsvWriter::cell("-1+1"), "'-1+1");
  EXPECT_EQ(CsvWriter::cell("-"), "'-");
  EXPECT_EQ(CsvWriter::cell("-,5"), "'-,5");
  EXPECT_EQ(CsvWriter::cell("-1,"), "'-1,");
  EXPECT_EQ(CsvWriter::cell("@x"), "'@x");
  EXPECT_EQ(CsvWriter::cell("\tx"), "'\tx");
  EXPECT_EQ(CsvWriter::cell("=a;b"), "\"'=a;b\"");
  EXPECT_EQ(CsvWriter::cell("ok"), "ok");
}

TEST(CsvWriter, CellByCellWritesTheSameRows) {
  std::string whole;
  std::string cells;
  CsvWriter a(whole, false);
  CsvWriter b(cells, false);
  const std::vector<std::string> row{"=\"x\"", "", "a;b", "-12,50", "plain"};
  a.row(row);
  a.row({"second"});
  for (const auto& c : row) b.field(c);
  b.end_row();
  b.field("second");
  b.end_row();
  EXPECT_EQ(cells, whole);
  EXPECT_EQ(whole, "\"'=\"\"x\"\"\";;\"a;b\";-12,50;plain\r\nsecond\r\n");
}

TEST(CsvWriter, NegativeAmountsStayNumbers) {
  EXPECT_EQ(CsvWriter::cell("-1"), "-1");
  EXPECT_EQ(CsvWriter::cell("-100000,00"), "-100000,00");
}

}  // namespace
}  // namespace samordna::report
