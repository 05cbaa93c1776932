#include "kernel/csv.hpp"

namespace samordna::core {

std::optional<CsvTable> parse_csv(std::string_view text, int* error_line) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<CsvRow> rows;
  CsvRow row{1, {}};
  std::string field;
  int line = 1;
  bool quoted = false;
  bool any = false;
  int quote_start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"') {
      quoted = true;
      quote_start = line;
      any = true;
    } else if (c == ',') {
      row.fields.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;
    } else if (c == '\n') {
      if (any || !field.empty()) {
        row.fields.push_back(std::move(field));
        rows.push_back(std::move(row));
      }
      field.clear();
      any = false;
      row = CsvRow{++line, {}};
    } else {
      field += c;
    }
  }
  if (quoted) {
    if (error_line) *error_line = quote_start;
    return std::nullopt;
  }
  if (any || !field.empty()) {
    row.fields.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  CsvTable table;
  if (!rows.empty()) {
    table.header = std::move(rows.front().fields);
    table.rows.assign(std::make_move_iterator(rows.begin() + 1), std::make_move_iterator(rows.end()));
  }
  return table;
}

}  // namespace samordna::core
