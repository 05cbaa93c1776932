#pragma once
// Which column of a förbund's spreadsheet holds which part of a participation (the column mapping). A mapping
// names columns by their header text, so the one a förbund saved fits next year's file with the same headers.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/error.hpp"

namespace samordna::core {

enum class ImportField { personnummer, name, insats, started_on, ended_on, exit_reason, kommun, consent };

std::string_view to_string(ImportField field);  // personnummer, name, insats, startedOn, endedOn, exitReason, …
std::optional<ImportField> parse_import_field(std::string_view text);
const std::vector<ImportField>& all_import_fields();
// A file without these columns cannot be imported.
bool import_field_required(ImportField field);

struct ColumnMapping {
  std::map<ImportField, std::string> headers;  // field → the header of its column
};

// Field → the column's position in the file.
using ColumnIndex = std::map<ImportField, std::size_t>;

// A first guess from the headers förbund use (case and spaces ignored; Swedish and English words).
ColumnMapping guess_mapping(const std::vector<std::string>& header);

// Errors ("mapping.<field>"): required (a required field has no column) | missing_column (no column has that
// header) | duplicate (two fields read the same column).
Result<ColumnIndex> resolve_mapping(const ColumnMapping& mapping, const std::vector<std::string>& header);

// Lower case, spaces trimmed and runs of space made one, for comparing what people type.
std::string folded(std::string_view text);

}  // namespace samordna::core
