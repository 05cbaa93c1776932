#pragma once
// One row of a förbund's sheet of its own budgets: the year, the year's total (the members' contributions in
// all), and, where the förbundsordning splits the kommun quarter by a value per member (ohälsotal, a fixed
// share or an amount), a member with its value. A sheet lists a year once, or once per member; a later row of
// the year may leave the total blank. Members are kept as written: the import resolves them.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "history_import/domain/imported_participation.hpp"
#include "kernel/money.hpp"

namespace samordna::core {

struct ImportedBudgetRow {
  int row = 0;
  int year = 0;
  std::optional<Money> total;
  std::string member;                          // empty when the row names none
  std::optional<std::int64_t> key_hundredths;  // the value in hundredths: 27,3 days → 2730; 12,5 % → 1250; kr → öre
};

// Problems (field: code): budgetYear required | invalid (1990–2100); budget invalid (kronor, not negative);
// keyValue invalid (a number with at most two decimals, not negative, "%", "kr" or "dagar" after it) |
// required (a member without its value); member required (a value without its member).
std::optional<ImportedBudgetRow> read_budget_row(int row, const std::vector<std::string>& cells,
                                                 const ColumnIndex& columns, std::vector<ImportProblem>& problems);

// A budget year's cell: a whole year 1990–2100, or nullopt.
std::optional<int> parse_import_year(std::string_view text);

// "27,3", "12,5 %", "1 250 000 kr", "27,30 dagar" → hundredths; nullopt when it is no such number.
std::optional<std::int64_t> parse_import_hundredths(std::string_view text);

}  // namespace samordna::core
