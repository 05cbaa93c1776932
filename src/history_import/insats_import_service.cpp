#include "history_import/insats_import_service.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "history_import/domain/imported_insats.hpp"
#include "history_import/domain/member_names.hpp"

namespace samordna::core {

// One insats of the sheet: new, or one the förbund has, with the budget years the sheet gives it.
struct PlannedInsats {
  int first_row = 0;
  Insats insats;
  bool existing = false;
  std::set<int> years_from_file;
  int new_years = 0;
  std::map<ImportField, std::string> said;  // what the first row says of the insats itself, resolved
};

struct InsatsImportPlan {
  std::vector<PlannedInsats> insatser;
  std::map<std::string, std::size_t> by_name;  // folded name → index
};

namespace {

// The insats rules' fields, as the sheet's columns.
std::string import_field_of(const std::string& insats_field) {
  if (insats_field == "name") return "insats";
  if (insats_field == "leadMemberId") return "leadParty";
  if (insats_field == "cooperatingMemberIds") return "cooperatingParties";
  if (insats_field == "kommunCodes") return "kommuner";
  if (insats_field.rfind("budget", 0) == 0) return "budget";
  return insats_field;  // kind, capacity, startsOn, endsOn
}

}  // namespace

Result<ImportReport> InsatsImportService::read(std::int64_t association_id, const RowSource& rows,
                                               const std::optional<ColumnMapping>& mapping,
                                               std::optional<std::int64_t> staffed_by, InsatsImportPlan& plan) {
  ImportReport report;
  const auto members = associations_.list_members(association_id);
  const MemberNames names(members);
  std::map<std::string, Insats> existing;
  for (auto& insats : insatser_.list_insatser(association_id)) existing.emplace(folded(insats.name), insats);

  // Insatser whose first row had a problem: their later rows (often only a year and a budget) are not taken for
  // the first, so one mistake is reported once, not again as a missing huvudman and start on every next row.
  std::set<std::string> broken;
  const auto examine_row = [&](int row, const std::vector<std::string>& cells, const ColumnIndex& columns,
                               std::vector<ImportProblem>& problems) {
    const auto problem = [&](ImportField field, const char* code) {
      problems.push_back({row, std::string(to_string(field)), code});
    };
    auto in = read_insats_row(row, cells, columns, problems);
    if (!in) return;
    const auto member = [&](ImportField field, const std::string& text) -> std::int64_t {
      const auto id = names.find(text);
      if (id <= 0) problem(field, id == 0 ? "unknown" : "ambiguous");
      return std::max<std::int64_t>(id, 0);
    };
    const auto lead = in->lead_party.empty() ? 0 : member(ImportField::lead_party, in->lead_party);
    std::vector<std::int64_t> cooperating;
    for (const auto& text : in->cooperating_parties)
      cooperating.push_back(member(ImportField::cooperating_parties, text));
    std::vector<std::string> kommun_codes;
    for (const auto& text : in->kommuner) {
      const auto id = member(ImportField::kommuner, text);
      const auto at = std::find_if(members.begin(), members.end(), [&](const Member& m) { return m.id == id; });
      if (at == members.end()) continue;
      if (at->kind != PartyKind::kommun) {
        problem(ImportField::kommuner, "not_kommun");
      } else {
        kommun_codes.push_back(at->area_code);
      }
    }
    if (!problems.empty()) return;
    // What the row says of the insats itself, as resolved values (so "Ale" and "1440" agree).
    const auto joined = [](auto values) {
      std::sort(values.begin(), values.end());
      std::string out;
      for (const auto& v : values) out += (out.empty() ? "" : ",") + std::string(v);
      return out;
    };
    std::vector<std::string> cooperating_ids;
    for (auto id : cooperating) cooperating_ids.push_back(std::to_string(id));
    const std::map<ImportField, std::string> said{
        {ImportField::insats_kind, std::string(to_string(in->kind))},
        {ImportField::lead_party, std::to_string(lead)},
        {ImportField::cooperating_parties, joined(cooperating_ids)},
        {ImportField::kommuner, joined(kommun_codes)},
        {ImportField::capacity, in->capacity ? std::to_string(*in->capacity) : ""},
        {ImportField::starts_on, in->starts_on ? in->starts_on->iso() : ""},
        {ImportField::ends_on, in->ends_on ? in->ends_on->iso() : ""}};
    const auto given = [&](ImportField field) { return !import_cell(cells, columns, field).empty(); };

    const auto key = folded(in->name);
    auto found = plan.by_name.find(key);
    if (found == plan.by_name.end() && broken.contains(key)) return;
    if (found == plan.by_name.end()) {
      PlannedInsats planned;
      planned.first_row = row;
      planned.said = said;
      if (auto saved = existing.find(key); saved != existing.end()) {
        // An insats the förbund has gains budget years; the rest of the row only has to name the same one.
        if (given(ImportField::lead_party) && saved->second.lead_member_id != lead) {
          problem(ImportField::insats, "exists");
          return;
        }
        planned.insats = saved->second;
        planned.existing = true;
      } else {
        if (!given(ImportField::lead_party)) problem(ImportField::lead_party, "required");
        if (!in->starts_on) problem(ImportField::starts_on, "required");
        if (!problems.empty()) return;
        auto& insats = planned.insats;
        insats.association_id = association_id;
        insats.name = in->name;
        insats.kind = in->kind;
        insats.referral_required = in->kind == InsatsKind::individual;
        insats.lead_member_id = lead;
        insats.cooperating_member_ids = cooperating;
        insats.kommun_codes = kommun_codes;
        insats.capacity = in->capacity.value_or(0);
        insats.starts_on = *in->starts_on;
        insats.ends_on = in->ends_on;
      }
      found = plan.by_name.emplace(key, plan.insatser.size()).first;
      plan.insatser.push_back(std::move(planned));
    } else {
      // A later row of the same insats (its next budget year) may leave the insats's own cells blank, but
      // must not say something else.
      const auto& first = plan.insatser[found->second].said;
      for (const auto& [field, value] : said) {
        if (given(field) && value != first.at(field)) problem(field, "conflicts");
      }
      if (!problems.empty()) return;
    }
    auto& planned = plan.insatser[found->second];
    if (!in->budget_year) return;
    const auto year = *in->budget_year;
    if (!planned.years_from_file.insert(year).second) {
      problem(ImportField::budget_year, "duplicate");
      return;
    }
    if (auto saved = planned.insats.budget.find(year); saved != planned.insats.budget.end()) {
      if (saved->second != *in->budget) problem(ImportField::budget, "differs_from_saved");
      return;
    }
    planned.insats.budget[year] = *in->budget;
    ++planned.new_years;
  };
  const auto examine = [&](int row, const std::vector<std::string>& cells, const ColumnIndex& columns,
                           std::vector<ImportProblem>& problems) {
    examine_row(row, cells, columns, problems);
    const auto key = folded(import_cell(cells, columns, ImportField::insats));
    if (!problems.empty() && !plan.by_name.contains(key)) broken.insert(key);
  };
  auto read = read_sheet(ImportKind::insatser, association_id, rows, mapping, imports_, clock_.today(), max_rows_,
                         report, examine);
  if (!read) return unexpected(read.error());

  // What the insatser come to, with the insats rules checked against each whole (all its budget years).
  std::set<std::int64_t> staffed;
  if (staffed_by) {
    for (auto id : insatser_.staffed_insatser(*staffed_by)) staffed.insert(id);
  }
  const auto target_groups = insatser_.target_groups(association_id);
  std::vector<ImportProblem> problems;
  for (const auto& planned : plan.insatser) {
    if (planned.existing) {
      if (planned.new_years > 0 && staffed_by && !staffed.contains(planned.insats.id)) {
        problems.push_back({planned.first_row, "insats", "not_staffed"});
      }
      if (planned.new_years == 0) ++report.already_imported;
    } else {
      if (auto ok = validate_insats(planned.insats, members, target_groups); !ok) {
        for (const auto& f : ok.error().fields)
          problems.push_back({planned.first_row, import_field_of(f.field), f.code});
      }
      ++report.to_import;
    }
    report.budget_years += planned.new_years;
  }
  note_problems(report, problems);
  std::stable_sort(report.problems.begin(), report.problems.end(),
                   [](const ImportProblem& a, const ImportProblem& b) { return a.row < b.row; });
  return report;
}

Result<ImportReport> InsatsImportService::check(std::int64_t association_id, const RowSource& rows,
                                                const std::optional<ColumnMapping>& mapping) {
  InsatsImportPlan plan;
  return read(association_id, rows, mapping, std::nullopt, plan);
}

namespace {
struct Refused {
  Error error;
};
}  // namespace

Result<ImportReport> InsatsImportService::run(const Actor& actor, std::int64_t association_id, const RowSource& rows,
                                              const std::optional<ColumnMapping>& mapping,
                                              std::optional<std::int64_t> staffed_by) {
  InsatsImportPlan plan;
  auto report = read(association_id, rows, mapping, staffed_by, plan);
  if (!report || report->problem_count > 0 || (report->to_import == 0 && report->budget_years == 0)) return report;
  try {
    transactions_.run([&] {
      // Each insats through the catalogue's own use cases, so it is checked and audited as one made by hand;
      // what another user did meanwhile (a name taken, a newer version) refuses the whole import.
      for (const auto& planned : plan.insatser) {
        if (planned.existing && planned.new_years == 0) continue;
        auto saved = planned.existing
                         ? insats_service_.update(actor, planned.insats, planned.insats.version, staffed_by)
                         : insats_service_.create(actor, planned.insats, staffed_by);
        if (!saved) throw Refused{saved.error()};
      }
      audit_.record(actor, association_id, "import", "insats", "",
                    {{"rows", std::to_string(report->rows)},
                     {"imported", std::to_string(report->to_import)},
                     {"budgetYears", std::to_string(report->budget_years)},
                     {"alreadyImported", std::to_string(report->already_imported)}});
    });
  } catch (const Refused& refused) {
    return unexpected(refused.error);
  }
  report->imported = true;
  return report;
}

}  // namespace samordna::core
