#include "report/csv_writer.hpp"

namespace samordna::report {

CsvWriter::CsvWriter(std::string& out, bool byte_order_mark) : out_(out) {
  if (byte_order_mark) out_ += "\xEF\xBB\xBF";
}

std::string CsvWriter::cell(std::string_view text) {
  std::string value(text);
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' || value[0] == '\t' ||
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
