#include "platform/spreadsheet/xlsx_workbook.hpp"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/spreadsheet/sheet_rows.hpp"

namespace samordna::platform {
namespace {

// A workbook as Excel would save it, written by libxlsxwriter: shared strings, a date cell, numbers, a blank row.
std::string sample_workbook() {
  const auto path = std::filesystem::temp_directory_path() / ("samordna-xlsx-" + std::to_string(getpid()) + ".xlsx");
  lxw_workbook* book = workbook_new(path.c_str());
  lxw_worksheet* first = workbook_add_worksheet(book, "Deltagare");
  lxw_worksheet* second = workbook_add_worksheet(book, "Annat");
  lxw_format* date = workbook_add_format(book);
  format_set_num_format(date, "yyyy-mm-dd");
  worksheet_write_string(first, 0, 0, "Personnummer", nullptr);
  worksheet_write_string(first, 0, 1, "Insats", nullptr);
  worksheet_write_string(first, 0, 2, "Startdatum", nullptr);
  worksheet_write_string(first, 0, 4, "Timmar", nullptr);
  worksheet_write_number(first, 1, 0, 191212121212.0, nullptr);
  worksheet_write_string(first, 1, 1, "Steget vidare – Östersund", nullptr);
  lxw_datetime day = {2019, 3, 4, 0, 0, 0};
  worksheet_write_datetime(first, 1, 2, &day, date);
  worksheet_write_number(first, 1, 4, 12.5, nullptr);
  worksheet_write_string(first, 3, 1, "Efter en tom rad", nullptr);
  worksheet_write_string(second, 0, 0, "inte läst", nullptr);
  EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

// A workbook written part by part (libzip in memory), for what libxlsxwriter would never write.
std::string zip_of(const std::vector<std::pair<std::string, std::string>>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  for (const auto& [name, content] : parts) {
    zip_file_add(archive, name.c_str(), zip_source_buffer_create(content.data(), content.size(), 0, &error),
                 ZIP_FL_OVERWRITE);
  }
  zip_close(archive);
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  std::string bytes(std::size_t(zip_source_tell(buffer)), '\0');
  zip_source_seek(buffer, 0, SEEK_SET);
  zip_source_read(buffer, bytes.data(), bytes.size());
  zip_source_close(buffer);
  zip_source_free(buffer);
  return bytes;
}

std::string sheet_book(const std::string& sheet, const std::string& workbook_pr = "") {
  return zip_of(
      {{"xl/workbook.xml", "<workbook>" + workbook_pr + "<sheets><sheet r:id=\"rId1\"/></sheets></workbook>"},
       {"xl/_rels/workbook.xml.rels",
        "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
       {"xl/styles.xml", "<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"},
       {"xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + sheet + "</sheetData></worksheet>"}});
}

std::string code_of(const std::string& bytes, std::vector<SheetRow>* rows = nullptr) {
  auto r = read_xlsx(bytes, [&](const SheetRow& row) {
    if (rows) rows->push_back(row);
    return true;
  });
  return r ? std::string("ok") : r.error().fields.at(0).code;
}

TEST(XlsxWorkbook, TheFirstSheetIsReadRowByRowWithDatesStringsAndNumbers) {
  std::vector<SheetRow> rows;
  auto ok = read_xlsx(sample_workbook(), [&](const SheetRow& row) {
    rows.push_back(row);
    return true;
  });
  ASSERT_TRUE(ok) << ok.error().fields.at(0).code;
  ASSERT_EQ(rows.size(), 3U);
  EXPECT_EQ(rows[0].number, 1);
  EXPECT_EQ(rows[0].cells, (std::vector<std::string>{"Personnummer", "Insats", "Startdatum", "", "Timmar"}));
  EXPECT_EQ(rows[1].cells,
            (std::vector<std::string>{"191212121212", "Steget vidare – Östersund", "2019-03-04", "", "12.5"}));
  EXPECT_EQ(rows[2].number, 4);
  EXPECT_EQ(rows[2].cells, (std::vector<std::string>{"", "Efter en tom rad"}));
}

TEST(XlsxWorkbook, NotAWorkbookTheOldFormatAndDamageAreNamed) {
  const auto code = [](std::string_view bytes) {
    auto r = read_xlsx(bytes, [](const SheetRow&) { return true; });
    return r ? std::string("ok") : r.error().fields.at(0).code;
  };
  EXPECT_EQ(code("Personnummer;Insats\n"), "not_xlsx");
  EXPECT_EQ(code(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0')), "xls");
  auto book = sample_workbook();
  EXPECT_EQ(code(book.substr(0, book.size() / 2)), "not_xlsx");
  EXPECT_EQ(code("PK\x03\x04 truncated"), "not_xlsx");
  EXPECT_EQ(sniff_format(book), SheetFormat::xlsx);
  EXPECT_EQ(sniff_format("a;b\n"), SheetFormat::csv);
}

TEST(XlsxWorkbook, ReadingStopsWhenTheVisitorSaysSo) {
  int seen = 0;
  EXPECT_TRUE(read_xlsx(sample_workbook(), [&](const SheetRow&) { return ++seen < 1; }));
  EXPECT_EQ(seen, 1);
}

TEST(XlsxWorkbook, SerialDaysDateFormatsAndStoredNumbers) {
  EXPECT_EQ(excel_serial_date(43528)->iso(), "2019-03-04");
  EXPECT_EQ(excel_serial_date(61)->iso(), "1900-03-01");
  EXPECT_EQ(excel_serial_date(25569.75)->iso(), "1970-01-01");
  EXPECT_FALSE(excel_serial_date(60));  // Lotus's 1900-02-29, which never was
  EXPECT_FALSE(excel_serial_date(1e12));
  EXPECT_TRUE(is_date_format("yyyy-mm-dd"));
  EXPECT_TRUE(is_date_format("[$-41D]d/m/yyyy;@"));
  EXPECT_FALSE(is_date_format("General"));
  EXPECT_FALSE(is_date_format("#,##0\\ \"kr/day\""));
  EXPECT_FALSE(is_date_format("[Red]0.00"));
  EXPECT_EQ(plain_number("1.91212121212E+11"), "191212121212");
  EXPECT_EQ(plain_number("12.5"), "12.5");
  EXPECT_EQ(plain_number("1.5E-3"), "1.5E-3");
}

TEST(XlsxWorkbook, CraftedCellsAreRefusedNotStoredOutOfBounds) {
  // An empty cell whose reference is no column: expat still reports its end after the stop.
  for (const auto* bad :
       {"<row r=\"1\"><c r=\"a1\" t=\"n\"/></row>", "<row r=\"1\"><c r=\"XFE1\"/></row>",
        "<row r=\"1\"><c r=\"$A$1\"><v>1</v></c></row>", "<row r=\"9999999999\"><c><v>1</v></c></row>",
        "<row r=\"2\"><c><v>1</v></c></row><row r=\"2\"><c><v>1</v></c></row>"}) {
    EXPECT_EQ(code_of(sheet_book(bad)), "damaged") << bad;
  }
  const std::string big(700'000, 'x');
  EXPECT_EQ(code_of(sheet_book("<row r=\"1\"><c t=\"inlineStr\"><is><t>" + big + big + "</t></is></c></row>")),
            "too_large");  // one cell
  std::string wide;
  for (int i = 0; i < 8; ++i) wide += "<c t=\"inlineStr\"><is><t>" + big + "</t></is></c>";
  EXPECT_EQ(code_of(sheet_book("<row r=\"1\">" + wide + "</row>")), "too_large");  // one row
}

TEST(XlsxWorkbook, The1904DateSystemAndIsoDatesWithATime) {
  std::vector<SheetRow> rows;
  ASSERT_EQ(
      code_of(sheet_book("<row r=\"1\"><c s=\"1\"><v>42066</v></c><c t=\"d\"><v>2019-03-04T00:00:00</v></c></row>",
                         "<workbookPr date1904=\"1\"/>"),
              &rows),
      "ok");
  ASSERT_EQ(rows.size(), 1U);
  EXPECT_EQ(rows[0].cells, (std::vector<std::string>{"2019-03-04", "2019-03-04"}));
}

TEST(XlsxWorkbook, WhatTheVisitorThrowsComesOutAfterTheParser) {
  EXPECT_THROW(read_xlsx(sample_workbook(), [](const SheetRow&) -> bool { throw std::runtime_error("database busy"); }),
               std::runtime_error);
}

}  // namespace
}  // namespace samordna::platform
