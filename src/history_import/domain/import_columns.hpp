#pragma once
// Which column of a förbund's spreadsheet holds which part of a participation, of an insats with its budget, or
// of the förbund's budget of a year (the column mapping). A mapping names columns by their header text, so the one a
// förbund saved fits next year's file with the same headers.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/error.hpp"

namespace samordna::core {

// What a sheet holds: participations (one row each), insatser (one row per insats and budget year), or the
// förbund's own budgets (one row per year, or per year and member when the split key needs a value per member).
enum class ImportKind { participations, insatser, budgets };

std::string_view to_string(ImportKind kind);  // participations, insatser, budgets
std::optional<ImportKind> parse_import_kind(std::string_view text);

enum class ImportField {
  // participations
  personnummer,
  name,
  insats,  // also the insats's name in a sheet of insatser
  started_on,
  ended_on,
  exit_reason,
  kommun,
  consent,
  // insatser
  insats_kind,
  lead_party,
  cooperating_parties,
  kommuner,
  capacity,
  starts_on,
  ends_on,
  budget_year,  // also the year of a sheet of budgets
  budget,       // also the förbund's total of the year
  // budgets
  member,
  key_value,
};

std::string_view to_string(ImportField field);  // personnummer, name, insats, startedOn, endedOn, exitReason, …
std::optional<ImportField> parse_import_field(std::string_view text);
// The fields of a kind of sheet, in the order a form shows them.
const std::vector<ImportField>& all_import_fields(ImportKind kind);
// A file without these columns cannot be imported.
bool import_field_required(ImportKind kind, ImportField field);

struct ColumnMapping {
  std::map<ImportField, std::string> headers;  // field → the header of its column
};

// Field → the column's position in the file.
using ColumnIndex = std::map<ImportField, std::size_t>;

// A first guess from the headers förbund use (case and spaces ignored; Swedish and English words).
ColumnMapping guess_mapping(ImportKind kind, const std::vector<std::string>& header);

// Errors ("mapping.<field>"): required (a required field has no column) | missing_column (no column has that
// header) | duplicate (two fields read the same column). Fields of another kind are left out.
Result<ColumnIndex> resolve_mapping(ImportKind kind, const ColumnMapping& mapping,
                                    const std::vector<std::string>& header);

// Lower case, spaces trimmed and runs of space made one, for comparing what people type.
std::string folded(std::string_view text);

}  // namespace samordna::core
