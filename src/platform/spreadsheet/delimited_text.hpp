#pragma once
// Delimited text as Swedish Excel saves it: semicolons (or commas, or tabs), quoted fields with doubled quotes,
// line breaks inside quotes, CRLF or LF. The delimiter is the first of ; , or tab in the header line outside
// quotes, semicolon preferred when the line has several (Swedish decimals use the comma).
#include <string_view>

#include "platform/spreadsheet/sheet_rows.hpp"

namespace samordna::platform {

char detect_delimiter(std::string_view first_line);

// `text` is UTF-8. Error: field "file", code quote_unclosed (row number in `row_of_error` when given).
core::Result<void> read_delimited(std::string_view text, const RowVisitor& visit, int* row_of_error = nullptr);

}  // namespace samordna::platform
