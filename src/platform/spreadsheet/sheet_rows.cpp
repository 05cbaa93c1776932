#include "platform/spreadsheet/sheet_rows.hpp"

#include "platform/spreadsheet/delimited_text.hpp"
#include "platform/spreadsheet/text_encoding.hpp"
#include "platform/spreadsheet/xlsx_workbook.hpp"

namespace samordna::platform {

SheetFormat sniff_format(std::string_view bytes) {
  return bytes.substr(0, 2) == "PK" || bytes.substr(0, 4) == "\xD0\xCF\x11\xE0" ? SheetFormat::xlsx : SheetFormat::csv;
}

core::Result<void> read_sheet(std::string_view bytes, SheetFormat format, const RowVisitor& visit) {
  if (format == SheetFormat::xlsx) return read_xlsx(bytes, visit);
  auto text = decode_spreadsheet_text(bytes);
  if (!text) return core::unexpected(core::Error::invalid("file", "encoding_unsupported"));
  return read_delimited(text->text, visit);
}

}  // namespace samordna::platform
