#pragma once
// Reads the first worksheet of an XLSX workbook (Office Open XML, ECMA-376 part 1) with libzip and expat, one row
// at a time: shared and inline strings, numbers, booleans and cached formula results; a number in a date format
// becomes an ISO date. Bounded: each part's unpacked size is limited, the sheet is parsed as it is unpacked,
// and a document type declaration (entities) is refused.
#include <optional>
#include <string_view>

#include "kernel/civil_date.hpp"
#include "platform/spreadsheet/sheet_rows.hpp"

namespace samordna::platform {

// Errors (field "file"): format xls | not_xlsx | damaged; too_large.
core::Result<void> read_xlsx(std::string_view bytes, const RowVisitor& visit);

// Excel's serial day in the 1900 date system (1 = 1900-01-01, with Lotus's phantom 1900-02-29 at 60); the
// fraction (time of day) is dropped. nullopt before 1900-03-01 or after 9999-12-31.
std::optional<core::CivilDate> excel_serial_date(double serial);
// Whether a number format shows a date: a day or a year outside quoted text, brackets and escapes.
bool is_date_format(std::string_view format_code);
// A number as Excel stores it, in plain digits when it is a whole number below 10^15 ("1.98001011234E+11" is
// "198001011234"); other text is returned as it is.
std::string plain_number(std::string_view stored);

}  // namespace samordna::platform
