#pragma once
// Reading RFC 4180 CSV text (comma separated, optional UTF-8 BOM, LF or CRLF, quoted fields).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace samordna::core {

struct CsvRow {
  int line = 0;  // 1-based line number where the row starts
  std::vector<std::string> fields;
};

struct CsvTable {
  std::vector<std::string> header;
  std::vector<CsvRow> rows;
};

// Returns nullopt with `error_line` set when a quoted field is not closed.
std::optional<CsvTable> parse_csv(std::string_view text, int* error_line);

}  // namespace samordna::core
