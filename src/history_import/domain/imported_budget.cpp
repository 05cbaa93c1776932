#include "history_import/domain/imported_budget.hpp"

#include <charconv>

#include "history_import/domain/import_values.hpp"
#include "history_import/domain/imported_insats.hpp"

namespace samordna::core {

std::optional<int> parse_import_year(std::string_view text) {
  int year = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (ec != std::errc() || end != text.data() + text.size() || year < 1990 || year > 2100) return std::nullopt;
  return year;
}

std::optional<std::int64_t> parse_import_hundredths(std::string_view text) {
  // A number with at most two decimals, in hundredths.
  auto value = Money::parse_kronor(without_unit(text, {"%", "kr", "dagar", "dgr"}));
  if (!value || value->in_ore() < 0) return std::nullopt;
  return value->in_ore();
}

std::optional<ImportedBudgetRow> read_budget_row(int row, const std::vector<std::string>& cells,
                                                 const ColumnIndex& columns, std::vector<ImportProblem>& problems) {
  const auto before = problems.size();
  const auto problem = [&](ImportField field, std::string code) {
    problems.push_back({row, std::string(to_string(field)), std::move(code)});
  };
  const auto cell = [&](ImportField field) { return import_cell(cells, columns, field); };
  ImportedBudgetRow in;
  in.row = row;
  const auto year = cell(ImportField::budget_year);
  if (year.empty()) {
    problem(ImportField::budget_year, "required");
  } else if (auto parsed = parse_import_year(year)) {
    in.year = *parsed;
  } else {
    problem(ImportField::budget_year, "invalid");
  }
  if (const auto total = cell(ImportField::budget); !total.empty() && !(in.total = parse_import_kronor(total))) {
    problem(ImportField::budget, "invalid");
  }
  in.member = cell(ImportField::member);
  const auto value = cell(ImportField::key_value);
  if (!value.empty() && !(in.key_hundredths = parse_import_hundredths(value)))
    problem(ImportField::key_value, "invalid");
  if (!in.member.empty() && value.empty()) problem(ImportField::key_value, "required");
  if (in.member.empty() && !value.empty()) problem(ImportField::member, "required");
  if (problems.size() != before) return std::nullopt;
  return in;
}

}  // namespace samordna::core
