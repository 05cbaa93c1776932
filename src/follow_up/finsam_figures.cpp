#include "follow_up/finsam_figures.hpp"

#include "membership/membership_service.hpp"

namespace samordna::core {

std::vector<FinsamFunds> funds_by_party(const BudgetView& budget) {
  std::vector<FinsamFunds> out;
  for (auto kind : {PartyKind::fk, PartyKind::af, PartyKind::region, PartyKind::kommun}) out.push_back({kind, {}, {}});
  for (const auto& c : budget.calculation.contributions) {
    auto& f = out[std::size_t(c.kind)];
    f.budgeted = f.budgeted + c.amount;
    auto paid = budget.payments.find(c.member_id);
    if (paid != budget.payments.end() && paid->second.status == PaymentStatus::paid) f.received = f.received + c.amount;
  }
  return out;
}

Result<std::pair<CivilDate, CivilDate>> FinsamService::period(std::int64_t association_id, int year) {
  auto association = associations_.find_association(association_id);
  if (!association) return unexpected(not_found());
  auto first = CivilDate::from_ymd(year, 1, 1);
  auto last = CivilDate::from_ymd(year, 12, 31);
  if (!first || !last) return unexpected(Error::invalid("year", "invalid"));
  if (year == association->formed_on.year()) first = association->formed_on;  // formed during the year
  return std::pair{*first, *last};
}

std::vector<StatisticsQuery> FinsamService::queries(std::pair<CivilDate, CivilDate> period, int threshold,
                                                    bool publish) {
  auto query = [&](Measure m, const char* kind) {
    StatisticsQuery q{{m, Dimension::insats, Dimension::gender, period.first, period.second, {}}, threshold, publish};
    q.request.filters[Dimension::insats_kind] = kind;
    return q;
  };
  return {query(Measure::active_persons, "individual"), query(Measure::attendance, "structural")};
}

Error FinsamService::on_year(Error e) {
  for (auto& f : e.fields) {
    if (f.field == "from" || f.field == "to") f.field = "year";
  }
  return e;
}

Result<FinsamFigures> FinsamService::figures(std::int64_t association_id, int year, int threshold, bool publish,
                                             bool exact_allowed) {
  auto in_year = period(association_id, year);
  if (!in_year) return unexpected(in_year.error());
  auto results = statistics_.run_all(association_id, queries(*in_year, threshold, publish), exact_allowed);
  if (!results) return unexpected(on_year(results.error()));
  return assemble(association_id, year, std::move((*results)[0]), std::move((*results)[1]));
}

FinsamFigures FinsamService::assemble(std::int64_t association_id, int year, StatisticsResult individual,
                                      StatisticsResult structural) {
  FinsamFigures figures;
  figures.year = year;
  figures.individual = std::move(individual);
  figures.structural = std::move(structural);
  if (auto budget = finance_.budget(association_id, year)) {
    figures.funds = funds_by_party(*budget);
    for (const auto& f : figures.funds) {
      figures.budgeted = figures.budgeted + f.budgeted;
      figures.received = figures.received + f.received;
    }
  }
  if (auto equity = finance_.equity(association_id)) {
    for (const auto& e : *equity) {
      if (e.year == year) figures.equity = e;
    }
  }
  return figures;
}

}  // namespace samordna::core
