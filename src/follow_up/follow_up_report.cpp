#include "follow_up/follow_up_report.hpp"

namespace samordna::core {

std::optional<std::int64_t> percent_of(const std::optional<std::int64_t>& part,
                                       const std::optional<std::int64_t>& whole) {
  if (!part || !whole || *whole <= 0) return std::nullopt;
  return (*part * 200 + *whole) / (*whole * 2);
}

Result<FollowUpReport> FollowUpReportService::report(std::int64_t association_id, int year, int threshold) {
  auto in_year = finsam_.period(association_id, year);
  if (!in_year) return unexpected(in_year.error());
  const auto [from, to] = *in_year;
  using D = Dimension;
  using M = Measure;
  const std::vector<std::tuple<M, D, D>> keys{{M::participations, D::none, D::none},
                                              {M::active_persons, D::none, D::none},
                                              {M::ended, D::none, D::none},
                                              {M::in_work_or_studies, D::none, D::none},
                                              {M::left_support, D::none, D::none},
                                              {M::referrals, D::none, D::none},
                                              {M::returned_referrals, D::none, D::none},
                                              {M::median_wait_days, D::none, D::none},
                                              {M::p90_wait_days, D::none, D::none},
                                              {M::attendance, D::none, D::none},
                                              {M::cost_per_participation, D::none, D::none},
                                              {M::cost_per_person, D::none, D::none}};
  const std::vector<std::tuple<M, D, D>> breakdowns{
      {M::participations, D::quarter, D::gender},  {M::active_persons, D::kommun, D::gender},
      {M::active_persons, D::age_band, D::gender}, {M::referrals, D::referrer, D::none},
      {M::median_wait_days, D::insats, D::none},   {M::ended, D::insats, D::none},
      {M::in_work_or_studies, D::insats, D::none}, {M::cost_per_participation, D::insats, D::none}};
  // Uppföljning Finsam's two queries first, then the report's, over one read of the facts.
  std::vector<StatisticsQuery> queries = FinsamService::queries(*in_year, threshold, true);
  for (const auto& list : {&keys, &breakdowns}) {
    for (const auto& [m, rows, columns] : *list) queries.push_back({{m, rows, columns, from, to, {}}, threshold, true});
  }
  auto results = statistics_.run_all(association_id, queries, false);
  if (!results) return unexpected(FinsamService::on_year(results.error()));
  auto& all = *results;
  FollowUpReport r{associations_.find_association(association_id)->name,
                   year,
                   finsam_.assemble(association_id, year, std::move(all[0]), std::move(all[1])),
                   {},
                   {}};
  std::size_t i = 2;
  for (const auto& [m, rows, columns] : keys) r.key_figures.push_back({m, rows, columns, std::move(all[i++])});
  for (const auto& [m, rows, columns] : breakdowns) r.figures.push_back({m, rows, columns, std::move(all[i++])});
  return r;
}

}  // namespace samordna::core
