#pragma once
// The uploaded file as the import's RowSource: CSV or XLSX, told apart by its first bytes, read anew on each pass.
#include <string_view>

#include "history_import/ports.hpp"
#include "platform/spreadsheet/sheet_rows.hpp"

namespace samordna::http {

class SheetSource final : public core::RowSource {
 public:
  explicit SheetSource(std::string_view bytes) : bytes_(bytes), format_(platform::sniff_format(bytes)) {}
  core::Result<void> read(const core::ImportRowVisitor& visit) const override {
    return platform::read_sheet(bytes_, format_,
                                [&](const platform::SheetRow& row) { return visit(row.number, row.cells); });
  }

 private:
  std::string_view bytes_;
  platform::SheetFormat format_;
};

}  // namespace samordna::http
