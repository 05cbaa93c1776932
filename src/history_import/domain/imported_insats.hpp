#pragma once
// One row of a förbund's sheet of insatser read as an insats and, when the row names a year, its budget for
// that year (a sheet lists an insats once per budget year). Parties and kommuner are kept as written: the
// import resolves them against the förbund's members.
#include <optional>
#include <string>
#include <vector>

#include "history_import/domain/imported_participation.hpp"
#include "kernel/civil_date.hpp"
#include "kernel/money.hpp"
#include "participants/domain/insats.hpp"

namespace samordna::core {

struct ImportedInsats {
  int row = 0;
  std::string name;
  InsatsKind kind = InsatsKind::individual;
  std::string lead_party;                        // empty when not given
  std::vector<std::string> cooperating_parties;  // a cell lists them separated by commas
  std::vector<std::string> kommuner;
  std::optional<int> capacity;
  std::optional<CivilDate> starts_on;
  std::optional<CivilDate> ends_on;
  std::optional<int> budget_year;
  std::optional<Money> budget;
};

// Problems (field: code): insats required | too_long; kind invalid; capacity invalid (a whole number
// 0–100 000); startsOn invalid; endsOn invalid | before_start; budgetYear invalid (1990–2100) | required (a
// budget without its year); budget invalid (kronor, not negative) | required (a year without its budget). A
// row that only adds a budget year to an insats named before may leave the rest blank: the import asks for the
// huvudman and the start where an insats is new.
std::optional<ImportedInsats> read_insats_row(int row, const std::vector<std::string>& cells,
                                              const ColumnIndex& columns, std::vector<ImportProblem>& problems);

// individuell, individinriktad, individual; strukturell, strukturövergripande, structural (any case).
std::optional<InsatsKind> parse_import_insats_kind(std::string_view text);
// Kronor as Excel shows them: "1 250 000", "1 250 000,50", "1250000 kr", "950 000:-". Not negative.
std::optional<Money> parse_import_kronor(std::string_view text);
// The names in a cell, split at commas and semicolons, each without surrounding space; blanks dropped.
std::vector<std::string> split_import_list(std::string_view text);

}  // namespace samordna::core
