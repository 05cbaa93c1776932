#pragma once
// CSV for Swedish Excel: UTF-8 byte-order mark, ';' between cells, CRLF after each row, cells quoted when
// they hold ';', '"', CR or LF, and a leading ' on cells starting with = + - @ TAB or CR so that a
// spreadsheet never runs them as formulas. Rows are appended to a string the caller can stream out.
#include <string>
#include <string_view>
#include <vector>

namespace samordna::report {

class CsvWriter {
 public:
  explicit CsvWriter(std::string& out, bool byte_order_mark = true);
  void row(const std::vector<std::string>& cells);
  static std::string cell(std::string_view text);

 private:
  std::string& out_;
};

}  // namespace samordna::report
