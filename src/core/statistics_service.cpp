#include "core/statistics_service.hpp"

#include "core/membership.hpp"
#include "core/membership_service.hpp"

namespace samordna::core {

Result<StatisticsResult> StatisticsService::run(std::int64_t association_id, const StatisticsQuery& query,
                                                bool exact_allowed) {
  auto results = run_all(association_id, {query}, exact_allowed);
  if (!results) return unexpected(results.error());
  return std::move(results->front());
}

Result<std::vector<StatisticsResult>> StatisticsService::run_all(std::int64_t association_id,
                                                                 const std::vector<StatisticsQuery>& queries,
                                                                 bool exact_allowed) {
  auto association = associations_.find_association(association_id);
  if (!association) return unexpected(not_found());
  for (const auto& q : queries) {
    FieldErrors errors;
    if (auto ok = validate_pivot(q.request); !ok) {
      for (const auto& f : ok.error().fields) errors.add(f.field, f.code);
    }
    if (auto ok = validate_threshold(q.threshold); !ok) errors.add("threshold", "too_low");
    if (q.request.from < association->formed_on) errors.add("from", "before_data");
    if (q.request.to > *CivilDate::from_ymd(clock_.today().year(), 12, 31)) errors.add("to", "after_data");
    if (!errors.empty()) return unexpected(errors.error());
  }
  // The facts, budgets and labels are read once for every query.
  const auto facts = statistics_.facts(association_id);
  const auto budgets = statistics_.insats_budgets(association_id);
  std::optional<std::map<std::string, std::string>> kommun_names;
  std::vector<StatisticsResult> results;
  for (const auto& q : queries) {
    StatisticsResult result;
    result.threshold = q.threshold;
    result.pivot = pivot(facts, q.request, budgets);
    if (q.publish || !exact_allowed) {
      result.suppression = suppress(result.pivot, q.threshold);
      result.pivot = apply(std::move(result.pivot), *result.suppression);
    }
    if (q.request.rows == Dimension::kommun || q.request.columns == Dimension::kommun) {
      if (!kommun_names) kommun_names = statistics_.kommun_names();
      result.labels = *kommun_names;
    }
    results.push_back(std::move(result));
  }
  return results;
}

}  // namespace samordna::core
