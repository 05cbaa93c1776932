#include "history_import/domain/imported_insats.hpp"

#include <charconv>

#include "history_import/domain/import_values.hpp"

namespace samordna::core {
namespace {

std::optional<int> whole_number(std::string_view text, int low, int high) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < low || value > high) return std::nullopt;
  return value;
}

}  // namespace

std::optional<InsatsKind> parse_import_insats_kind(std::string_view text) {
  const auto word = folded(text);
  if (word == "individuell" || word == "individinriktad" || word == "individ" || word == "individual") {
    return InsatsKind::individual;
  }
  if (word == "strukturell" || word == "strukturövergripande" || word == "struktur" || word == "structural") {
    return InsatsKind::structural;
  }
  return std::nullopt;
}

std::optional<Money> parse_import_kronor(std::string_view text) {
  auto money = Money::parse_kronor(without_unit(text, {":-", "kr", "SEK", "sek"}));
  if (!money || money->in_ore() < 0) return std::nullopt;
  return money;
}

std::vector<std::string> split_import_list(std::string_view text) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from <= text.size()) {
    auto to = text.find_first_of(",;", from);
    if (to == std::string_view::npos) to = text.size();
    if (auto part = trimmed_cell(text.substr(from, to - from)); !part.empty()) out.emplace_back(part);
    from = to + 1;
  }
  return out;
}

std::optional<ImportedInsats> read_insats_row(int row, const std::vector<std::string>& cells,
                                              const ColumnIndex& columns, std::vector<ImportProblem>& problems) {
  const auto before = problems.size();
  const auto problem = [&](ImportField field, std::string code) {
    problems.push_back({row, std::string(to_string(field)), std::move(code)});
  };
  const auto cell = [&](ImportField field) { return import_cell(cells, columns, field); };
  ImportedInsats in;
  in.row = row;
  in.name = cell(ImportField::insats);
  if (in.name.empty()) problem(ImportField::insats, "required");
  if (in.name.size() > 200) problem(ImportField::insats, "too_long");
  if (const auto kind = cell(ImportField::insats_kind); !kind.empty()) {
    if (auto parsed = parse_import_insats_kind(kind)) {
      in.kind = *parsed;
    } else {
      problem(ImportField::insats_kind, "invalid");
    }
  }
  in.lead_party = cell(ImportField::lead_party);
  in.cooperating_parties = split_import_list(cell(ImportField::cooperating_parties));
  in.kommuner = split_import_list(cell(ImportField::kommuner));
  if (const auto capacity = cell(ImportField::capacity); !capacity.empty()) {
    if (!(in.capacity = whole_number(capacity, 0, 100'000))) problem(ImportField::capacity, "invalid");
  }
  if (const auto start = cell(ImportField::starts_on); !start.empty() && !(in.starts_on = parse_import_date(start))) {
    problem(ImportField::starts_on, "invalid");
  }
  if (const auto end = cell(ImportField::ends_on); !end.empty()) {
    if (!(in.ends_on = parse_import_date(end))) {
      problem(ImportField::ends_on, "invalid");
    } else if (in.starts_on && *in.ends_on < *in.starts_on) {
      problem(ImportField::ends_on, "before_start");
    }
  }
  const auto year = cell(ImportField::budget_year);
  const auto budget = cell(ImportField::budget);
  if (!year.empty() && !(in.budget_year = whole_number(year, 1990, 2100))) problem(ImportField::budget_year, "invalid");
  if (!budget.empty() && !(in.budget = parse_import_kronor(budget))) problem(ImportField::budget, "invalid");
  if (!year.empty() && budget.empty()) problem(ImportField::budget, "required");
  if (year.empty() && !budget.empty()) problem(ImportField::budget_year, "required");
  if (problems.size() != before) return std::nullopt;
  return in;
}

}  // namespace samordna::core
