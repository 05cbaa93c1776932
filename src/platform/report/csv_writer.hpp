#pragma once
// CSV for Swedish Excel: UTF-8 byte-order mark, ';' between cells, CRLF after each row, cells quoted when
// they hold ';', '"', CR or LF, and a leading ' on cells starting with = + - @ TAB or CR so that a
// spreadsheet never runs them as formulas. Rows are appended to a string the caller can stream out, cell by
// cell (field, then end_row) or a whole row at once; nothing is copied on the way but the cell itself.
#include <string>
#include <string_view>
#include <vector>

namespace samordna::report {

class CsvWriter {
 public:
  explicit CsvWriter(std::string& out, bool byte_order_mark = true);
  void row(const std::vector<std::string>& cells);
  // One cell of the row being written; end_row closes it.
  void field(std::string_view text);
  void end_row();
  static std::string cell(std::string_view text);

 private:
  std::string& out_;
  bool row_started_ = false;
};

}  // namespace samordna::report
