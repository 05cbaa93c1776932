// Spreadsheet files (the history import): the same bytes read as Swedish Excel CSV and as XLSX never crash, and
// what is read holds: rows in increasing order, none blank, every cell valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "platform/spreadsheet/sheet_rows.hpp"
#include "platform/spreadsheet/text_encoding.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace samordna::platform;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (auto format : {SheetFormat::csv, SheetFormat::xlsx}) {
    int last = 0;
    int rows = 0;
    auto read = read_sheet(bytes, format, [&](const SheetRow& row) {
      if (row.number <= last) std::abort();
      last = row.number;
      bool any = false;
      for (const auto& cell : row.cells) {
        if (!is_valid_utf8(cell)) std::abort();
        any = any || cell.find_first_not_of(" \t") != std::string::npos;
      }
      if (!any) std::abort();
      return ++rows < 10000;
    });
    if (!read && (read.error().fields.size() != 1 || read.error().fields[0].field != "file")) std::abort();
  }
  return 0;
}
