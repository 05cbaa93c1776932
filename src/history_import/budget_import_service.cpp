#include "history_import/budget_import_service.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "history_import/domain/imported_budget.hpp"
#include "history_import/domain/member_names.hpp"

namespace samordna::core {

// One year of the sheet: its total, and the value each member named has.
struct PlannedYear {
  int first_row = 0;
  std::optional<Money> total;
  int total_row = 0;
  std::map<std::int64_t, std::int64_t> values;  // member id → hundredths
  std::map<std::int64_t, int> rows;             // member id → its row
  StoredBudget budget;                          // what is saved, once the year is whole
  bool is_new = false;
  bool broken = false;  // a row of the year has a problem: the year is not checked as a whole
};

struct BudgetImportPlan {
  std::map<int, PlannedYear> years;
};

namespace {

// The key input of a member, as the budget page would enter it for the split key.
KeyInput key_input(SplitKeyKind kind, std::int64_t member_id, std::int64_t hundredths) {
  KeyInput in;
  in.member_id = member_id;
  if (kind == SplitKeyKind::population_sickness) in.sickness_rate = hundredths;
  if (kind == SplitKeyKind::fixed_percent) in.percent_bp = hundredths;
  if (kind == SplitKeyKind::manual) in.amount = Money::ore(hundredths);
  return in;
}

auto comparable(const std::vector<KeyInput>& inputs) {
  std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t>> out;
  for (const auto& k : inputs) {
    out.emplace_back(k.member_id, k.sickness_rate.value_or(-1), k.percent_bp.value_or(-1),
                     k.amount ? k.amount->in_ore() : -1);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// A rule of the budget (calculate_contributions, the charter) as a problem of the sheet: on the member's row
// when it names one, else on the year's first row.
ImportProblem problem_of(const FieldError& error, const PlannedYear& year) {
  const auto& field = error.field;
  if (field.rfind("keyInputs.", 0) == 0) {
    const auto rest = field.substr(10);
    std::int64_t member_id = 0;
    try {
      member_id = std::stoll(rest);
    } catch (const std::exception&) {
    }
    if (auto row = year.rows.find(member_id); row != year.rows.end()) {
      return {row->second, error.code == "member_not_in_year" ? "member" : "keyValue",
              error.code == "member_not_in_year" ? "not_in_year" : error.code};
    }
    return {year.first_row, "keyValue", "member_missing"};  // a member the key needs, without a row
  }
  if (field == "keyInputs") return {year.first_row, "keyValue", error.code};
  if (field == "totalOre") return {year.total_row, "budget", "invalid"};
  if (field == "charter") return {year.first_row, "budgetYear", "no_charter"};
  if (field.rfind("population.", 0) == 0) return {year.first_row, "budgetYear", "population_missing"};
  return {year.first_row, "budgetYear", error.code};  // members: missing_fk and the like
}

}  // namespace

Result<ImportReport> BudgetImportService::read(std::int64_t association_id, const RowSource& rows,
                                               const std::optional<ColumnMapping>& mapping, BudgetImportPlan& plan) {
  if (!associations_.find_association(association_id)) return unexpected(not_found());
  ImportReport report;
  const MemberNames names(associations_.list_members(association_id));
  const auto examine_row = [&](int row, const std::vector<std::string>& cells, const ColumnIndex& columns,
                               std::vector<ImportProblem>& problems) -> PlannedYear* {
    auto in = read_budget_row(row, cells, columns, problems);
    if (!in) return nullptr;
    auto [at, first] = plan.years.try_emplace(in->year);
    auto& year = at->second;
    if (first) year.first_row = row;
    if (in->total) {
      if (year.total && *year.total != *in->total) {
        problems.push_back({row, "budget", "conflicts"});
      } else if (!year.total) {
        year.total = in->total;
        year.total_row = row;
      }
    }
    if (in->member.empty()) return &year;
    const auto id = names.find(in->member);
    if (id <= 0) {
      problems.push_back({row, "member", id == 0 ? "unknown" : "ambiguous"});
    } else if (!year.values.emplace(id, *in->key_hundredths).second) {
      problems.push_back({row, "member", "duplicate"});
    } else {
      year.rows[id] = row;
    }
    return &year;
  };
  const auto examine = [&](int row, const std::vector<std::string>& cells, const ColumnIndex& columns,
                           std::vector<ImportProblem>& problems) {
    auto* year = examine_row(row, cells, columns, problems);
    if (problems.empty()) return;
    if (!year) {  // the row could not be read: its year, when it names one, is not checked as a whole either
      const auto number = parse_import_year(import_cell(cells, columns, ImportField::budget_year));
      if (!number) return;
      auto [at, added] = plan.years.try_emplace(*number);
      if (added) at->second.first_row = row;
      year = &at->second;
    }
    year->broken = true;
  };
  auto read = read_sheet(ImportKind::budgets, association_id, rows, mapping, imports_, clock_.today(), max_rows_,
                         report, examine);
  if (!read) return unexpected(read.error());

  // Each year whole: its split key from the förbundsordning in force, the budget it makes, checked by the
  // budget's own rules, and compared with the year the förbund may already have.
  const auto charters = charters_.list_charters(association_id);
  std::vector<ImportProblem> problems;
  for (auto& [number, year] : plan.years) {
    if (year.broken) continue;  // its rows' problems are reported; the rest would follow from them
    if (!year.total) {
      problems.push_back({year.first_row, "budget", "required"});
      continue;
    }
    const Charter* charter = charter_for_year(charters, number);
    if (!charter) {
      problems.push_back({year.first_row, "budgetYear", "no_charter"});
      continue;
    }
    const auto kind = charter->split_key.kind;
    if (kind == SplitKeyKind::population && !year.values.empty()) {
      problems.push_back({year.rows.begin()->second, "keyValue", "not_used"});
      continue;
    }
    year.budget.association_id = association_id;
    year.budget.year = number;
    year.budget.total = *year.total;
    for (const auto& [member_id, hundredths] : year.values) {
      year.budget.key_inputs.push_back(key_input(kind, member_id, hundredths));
    }
    if (auto saved = budgets_.find_budget(association_id, number)) {
      if (saved->total != year.budget.total || comparable(saved->key_inputs) != comparable(year.budget.key_inputs)) {
        problems.push_back({year.total_row, "budget", "differs_from_saved"});
      } else {
        ++report.already_imported;
      }
      continue;
    }
    if (auto preview = finance_.preview_budget(year.budget); !preview) {
      for (const auto& f : preview.error().fields) problems.push_back(problem_of(f, year));
      if (preview.error().fields.empty()) problems.push_back({year.first_row, "budgetYear", preview.error().code});
      continue;
    }
    year.is_new = true;
    ++report.to_import;
  }
  note_problems(report, problems);
  std::stable_sort(report.problems.begin(), report.problems.end(),
                   [](const ImportProblem& a, const ImportProblem& b) { return a.row < b.row; });
  return report;
}

Result<ImportReport> BudgetImportService::check(std::int64_t association_id, const RowSource& rows,
                                                const std::optional<ColumnMapping>& mapping) {
  BudgetImportPlan plan;
  return read(association_id, rows, mapping, plan);
}

namespace {
struct Refused {
  Error error;
};
}  // namespace

Result<ImportReport> BudgetImportService::run(const Actor& actor, std::int64_t association_id, const RowSource& rows,
                                              const std::optional<ColumnMapping>& mapping) {
  BudgetImportPlan plan;
  auto report = read(association_id, rows, mapping, plan);
  if (!report || report->problem_count > 0 || report->to_import == 0) return report;
  try {
    transactions_.run([&] {
      // Each year through the budget's own use case, so it is checked and audited as one entered by hand; a
      // year someone saved meanwhile (version 0 expected) refuses the whole import.
      for (const auto& [number, year] : plan.years) {
        if (!year.is_new) continue;
        auto saved = finance_.save_budget(actor, year.budget, 0);
        if (!saved) throw Refused{saved.error()};
      }
      audit_.record(actor, association_id, "import", "budget", "",
                    {{"rows", std::to_string(report->rows)},
                     {"imported", std::to_string(report->to_import)},
                     {"alreadyImported", std::to_string(report->already_imported)}});
    });
  } catch (const Refused& refused) {
    return unexpected(refused.error);
  }
  report->imported = true;
  return report;
}

}  // namespace samordna::core
