#include "platform/report/csv_writer.hpp"

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

}  // namespace

std::string CsvWriter::cell(std::string_view text) {
  std::string value(text);
  if (!value.empty() && !is_number(value) &&
      (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' || value[0] == '\t' ||
       value[0] == '\r')) {
    value.insert(value.begin(), '\'');
  }
  if (value.find_first_of(";\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

void CsvWriter::row(const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out_ += ';';
    out_ += cell(cells[i]);
  }
  out_ += "\r\n";
}

}  // namespace samordna::report
