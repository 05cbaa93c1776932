#include "platform/spreadsheet/delimited_text.hpp"

#include <algorithm>

namespace samordna::platform {
namespace {

constexpr std::size_t kMaxCells = 16384;  // as many columns as Excel has (XFD)

bool blank(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(),
                     [](const std::string& c) { return c.find_first_not_of(" \t") == std::string::npos; });
}

}  // namespace

char detect_delimiter(std::string_view first_line) {
  int semicolons = 0;
  int commas = 0;
  int tabs = 0;
  bool quoted = false;
  for (char c : first_line) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    semicolons += c == ';';
    commas += c == ',';
    tabs += c == '\t';
  }
  if (semicolons > 0) return ';';
  if (tabs > 0) return '\t';
  if (commas > 0) return ',';
  return ';';
}

core::Result<void> read_delimited(std::string_view text, const RowVisitor& visit, int* row_of_error) {
  const char delimiter = detect_delimiter(text);
  SheetRow row{1, {}};
  std::string cell;
  int line = 1;  // the row as Excel numbers it: blank rows count, breaks inside quotes do not
  bool quoted = false;
  bool any = false;
  int quote_start = 1;
  const auto finish_row = [&]() -> bool {
    row.cells.push_back(std::move(cell));
    cell.clear();
    bool go_on = true;
    if (!blank(row.cells)) go_on = visit(row);
    row.cells.clear();
    any = false;
    return go_on;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;  // a line break inside quotes stays in the cell, on the same row
      }
      continue;
    }
    if (c == '"' && cell.empty()) {
      quoted = true;
      quote_start = line;
      any = true;
    } else if (c == delimiter) {
      if (row.cells.size() + 1 >= kMaxCells) return core::unexpected(core::Error::invalid("file", "too_many_columns"));
      row.cells.push_back(std::move(cell));
      cell.clear();
      any = true;
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;
    } else if (c == '\n' || c == '\r') {  // LF, CRLF, or a lone CR (an old Mac's line end)
      if ((any || !cell.empty()) && !finish_row()) return {};
      cell.clear();
      row.cells.clear();
      any = false;
      row.number = ++line;
    } else {
      cell += c;
    }
  }
  if (quoted) {
    if (row_of_error) *row_of_error = quote_start;
    return core::unexpected(core::Error::invalid("file", "quote_unclosed"));
  }
  if (any || !cell.empty()) finish_row();
  return {};
}

}  // namespace samordna::platform
