#pragma once
// Ports of the history import: the uploaded file's rows, and what the import keeps (the column mapping per
// förbund and kind of sheet, and which anonymous rows were already imported).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "history_import/domain/import_columns.hpp"
#include "kernel/error.hpp"

namespace samordna::core {

// Called with each non-blank row (the header first) and its number as the spreadsheet shows it; false stops.
using ImportRowVisitor = std::function<bool(int row, const std::vector<std::string>& cells)>;

// The rows of an uploaded spreadsheet, read one at a time (the http layer reads CSV or XLSX).
class RowSource {
 public:
  virtual ~RowSource() = default;
  // Errors: field "file" (encoding_unsupported, quote_unclosed, xls, not_xlsx, damaged, too_large).
  virtual Result<void> read(const ImportRowVisitor& visit) const = 0;
};

class ImportRepository {
 public:
  virtual ~ImportRepository() = default;
  virtual std::optional<ColumnMapping> mapping(std::int64_t association_id, ImportKind kind) = 0;
  // Replaces the förbund's mapping of that kind of sheet (only the fields of the kind are kept).
  virtual void save_mapping(std::int64_t association_id, ImportKind kind, const ColumnMapping& mapping) = 0;
  // Anonymous participations keep nothing of the person, so an import remembers the rows it made them from by
  // a key of what the participation holds (insats, dates, exit reason, gender) and its repetition in the file.
  // Every key in the förbund's ledger, read once per import (not one question per row).
  virtual std::unordered_set<std::string> row_keys(std::int64_t association_id) = 0;
  virtual void add_row(std::int64_t association_id, const std::string& row_key, std::int64_t participation_id) = 0;
};

}  // namespace samordna::core
