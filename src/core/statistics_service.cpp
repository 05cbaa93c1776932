#include "core/statistics_service.hpp"

#include "core/membership.hpp"
#include "core/membership_service.hpp"

namespace samordna::core {

Result<StatisticsResult> StatisticsService::run(std::int64_t association_id, const StatisticsQuery& q,
                                                bool exact_allowed) {
  auto association = associations_.find_association(association_id);
  if (!association) return unexpected(not_found());
  FieldErrors errors;
  if (auto ok = validate_pivot(q.request); !ok) {
    for (const auto& f : ok.error().fields) errors.add(f.field, f.code);
  }
  if (auto ok = validate_threshold(q.threshold); !ok) errors.add("threshold", "too_low");
  if (q.request.from < association->formed_on) errors.add("from", "before_data");
  if (q.request.to > *CivilDate::from_ymd(clock_.today().year(), 12, 31)) errors.add("to", "after_data");
  if (!errors.empty()) return unexpected(errors.error());

  StatisticsResult result;
  result.threshold = q.threshold;
  result.pivot = pivot(statistics_.facts(association_id), q.request, statistics_.insats_budgets(association_id));
  if (q.publish || !exact_allowed) {
    result.suppression = suppress(result.pivot, q.threshold);
    result.pivot = apply(std::move(result.pivot), *result.suppression);
  }
  if (q.request.rows == Dimension::kommun || q.request.columns == Dimension::kommun)
    result.labels = statistics_.kommun_names();
  return result;
}

}  // namespace samordna::core
