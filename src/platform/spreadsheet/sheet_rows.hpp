#pragma once
// Rows read from a spreadsheet file (Swedish Excel CSV or XLSX), one at a time, so a file of any length is read
// in bounded memory. Cells are UTF-8 text; XLSX dates arrive as ISO dates (YYYY-MM-DD).
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/error.hpp"

namespace samordna::platform {

struct SheetRow {
  int number = 0;  // 1-based, as the spreadsheet program shows it (the header is row 1 when it comes first)
  std::vector<std::string> cells;
};

// Called for each row that is not blank, header first; returning false stops reading.
using RowVisitor = std::function<bool(const SheetRow&)>;

enum class SheetFormat { csv, xlsx };

// Errors (field "file"): encoding_unsupported (UTF-16, binary); quote_unclosed; xls (the old binary
// workbook: save it as .xlsx or CSV) | not_xlsx | damaged; too_large (more than the limits allow).
core::Result<void> read_sheet(std::string_view bytes, SheetFormat format, const RowVisitor& visit);

// The format of a file from its first bytes: a zip (XLSX) or text (CSV). An old .xls is refused by read_sheet.
SheetFormat sniff_format(std::string_view bytes);

}  // namespace samordna::platform
