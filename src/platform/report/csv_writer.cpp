#include "platform/report/csv_writer.hpp"

#include <algorithm>

namespace samordna::report {

CsvWriter::CsvWriter(std::string& out, bool byte_order_mark) : out_(out) {
  if (byte_order_mark) out_ += "\xEF\xBB\xBF";
}

namespace {

// "-1234,50": a negative amount is data, not a formula.
bool is_number(std::string_view s) {
  if (s.size() < 2 || s[0] != '-') return false;
  bool comma = false;
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (s[i] == ',' && !comma && i > 1 && i + 1 < s.size()) {
      comma = true;
    } else if (s[i] < '0' || s[i] > '9') {
      return false;
    }
  }
  return true;
}

// Appends the cell as written to a spreadsheet: the common cell (no quote, no formula start) is one append.
void append_cell(std::string& out, std::string_view value) {
  const bool formula = !value.empty() && !is_number(value) &&
                       (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' || value[0] == '\t' ||
                        value[0] == '\r');
  // A plain loop: find_first_of calls memchr over the set for every character.
  const bool quoted =
      std::any_of(value.begin(), value.end(), [](char c) { return c == ';' || c == '"' || c == '\r' || c == '\n'; });
  if (!formula && !quoted) {
    out.append(value);
    return;
  }
  if (quoted) out += '"';
  if (formula) out += '\'';
  if (!quoted) {
    out.append(value);
    return;
  }
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

std::string CsvWriter::cell(std::string_view text) {
  std::string out;
  append_cell(out, text);
  return out;
}

void CsvWriter::field(std::string_view text) {
  if (row_started_) out_ += ';';
  row_started_ = true;
  append_cell(out_, text);
}

void CsvWriter::end_row() {
  out_ += "\r\n";
  row_started_ = false;
}

void CsvWriter::row(const std::vector<std::string>& cells) {
  for (const auto& c : cells) field(c);
  end_row();
}

}  // namespace samordna::report
