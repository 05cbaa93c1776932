#include "follow_up/member_value.hpp"

#include "membership/membership_service.hpp"

namespace samordna::core {

Result<MemberValue> MemberValueService::report(std::int64_t member_id, CivilDate from, CivilDate to, int threshold) {
  auto member = associations_.find_member(member_id);
  if (!member) return unexpected(not_found());
  if (member->kind != PartyKind::kommun) return unexpected(Error::invalid("member", "not_kommun"));
  MemberValue v{*member, from, to, {}, {}, {}, {}, {}, {}, {}, {}};
  const std::int64_t association = member->association_id;
  auto query = [&](Measure m, Dimension rows, Dimension columns, bool residents) {
    StatisticsQuery q{{m, rows, columns, from, to, {}}, threshold, true};
    if (residents) q.request.filters[Dimension::kommun] = member->area_code;
    return q;
  };
  const std::vector<std::tuple<Measure, Dimension, Dimension>> figures{
      {Measure::participations, Dimension::insats, Dimension::gender},
      {Measure::unique_persons, Dimension::intensity, Dimension::none},
      {Measure::referrals, Dimension::referrer, Dimension::none},
      {Measure::median_wait_days, Dimension::insats, Dimension::none},
      {Measure::ended, Dimension::none, Dimension::none},
      {Measure::in_work_or_studies, Dimension::none, Dimension::none},
      {Measure::left_support, Dimension::none, Dimension::none}};
  std::vector<StatisticsQuery> queries;
  for (const auto& [measure, rows, columns] : figures) queries.push_back(query(measure, rows, columns, true));
  queries.push_back(query(Measure::unique_persons, Dimension::none, Dimension::none, true));
  queries.push_back(query(Measure::unique_persons, Dimension::none, Dimension::none, false));
  auto results = statistics_.run_all(association, queries, false);
  if (!results) return unexpected(results.error());
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const auto& [measure, rows, columns] = figures[i];
    v.figures.push_back({measure, rows, columns, std::move((*results)[i])});
  }
  v.persons = (*results)[figures.size()].pivot.total;
  v.all_persons = (*results)[figures.size() + 1].pivot.total;
  auto budgets = finance_.budgets(association);
  if (!budgets) return unexpected(budgets.error());
  for (const auto& b : *budgets) {
    if (b.budget.year < from.year() || b.budget.year > to.year()) continue;
    for (const auto& c : b.calculation.contributions) {
      if (c.party != Party::kommun) continue;
      v.all_contributions = v.all_contributions + c.amount;
      if (c.member_id == member_id) v.contributions = v.contributions + c.amount;
    }
  }
  if (v.persons && *v.persons > 0) v.cost_per_person = divide_rounded(v.contributions, *v.persons);
  if (v.all_persons && *v.all_persons > 0) {
    v.all_cost_per_person = divide_rounded(v.all_contributions, *v.all_persons);
  }
  if (member->notice && member->notice->in_force()) return v;  // notice already given: no what-if
  if (auto w = finance_.withdrawal_what_if(member_id, clock_.today())) v.withdrawal = std::move(*w);
  return v;
}

}  // namespace samordna::core
