#pragma once
// Delimited text as Swedish Excel saves it: semicolons (or commas, or tabs), quoted fields with doubled quotes,
// line breaks inside quotes, CRLF or LF. The delimiter is the first of ; , or tab in the header line outside
// quotes, semicolon preferred when the line has several (Swedish decimals use the comma).
#include <string_view>

#include "platform/spreadsheet/sheet_rows.hpp"

namespace samordna::platform {

char detect_delimiter(std::string_view first_line);

// `text` is UTF-8. Errors (field "file"): quote_unclosed (its row in `row_of_error` when given); too_many_columns
// (a row of more than Excel's 16 384 cells, which could only be meant to exhaust memory).
core::Result<void> read_delimited(std::string_view text, const RowVisitor& visit, int* row_of_error = nullptr);

}  // namespace samordna::platform
