#pragma once
// Statistics for a förbund: the pivot for a measure, with disclosure control (suppression and cell-key
// perturbation, suppression.hpp) for everyone but the staff who may see personal data (and for everyone when the
// figures are marked for publication).
#include <map>
#include <string>

#include "follow_up/domain/suppression.hpp"
#include "follow_up/fact_cache.hpp"
#include "follow_up/ports.hpp"
#include "kernel/civil_date.hpp"
#include "kernel/clock.hpp"
#include "membership/ports.hpp"

namespace samordna::core {

struct StatisticsQuery {
  PivotRequest request;
  int threshold = 0;     // 0: the förbund's disclosure threshold; a caller may raise it, never lower it
  bool publish = false;  // figures leaving the förbund's staff: always protected
};

struct StatisticsResult {
  Pivot pivot;  // hidden figures already removed
  std::optional<Suppression> suppression;
  int threshold = kDefaultSuppressionThreshold;  // the one applied
  std::map<std::string, std::string> labels;     // key → a readable label (kommun names); others as they are
};

// One figure of a report: a measure's pivot with what it was asked for.
struct Figure {
  Measure measure;
  Dimension rows;
  Dimension columns;
  StatisticsResult result;
};

class StatisticsService {
 public:
  // Each förbund's facts are kept between queries, up to `cache_bytes` in all, while unchanged.
  StatisticsService(StatisticsRepository& statistics, AssociationRepository& associations, const Clock& clock,
                    const RecordKeys& keys, std::size_t cache_bytes = kDefaultFactCacheBytes)
      : statistics_(statistics), associations_(associations), clock_(clock), keys_(keys), cache_(cache_bytes) {}

  // Field errors: to before_from; columns same_as_rows; threshold too_low (below the förbund's disclosure
  // threshold); from before_data (before the förbund was formed); to after_data (after the end of the current
  // year).
  Result<StatisticsResult> run(std::int64_t association_id, const StatisticsQuery& query, bool exact_allowed);
  // Several queries over one read of the förbund's facts (reports with many figures).
  Result<std::vector<StatisticsResult>> run_all(std::int64_t association_id,
                                                const std::vector<StatisticsQuery>& queries, bool exact_allowed);
  // The national view for the installation: every förbund's facts in one pivot, always suppressed. People
  // are pseudonymised per förbund, so someone in two förbund counts twice among unique persons. Field
  // errors as run, with from before_data meaning before the first förbund was formed and the least threshold
  // the highest of the förbund's.
  Result<StatisticsResult> run_national(const StatisticsQuery& query);

 private:
  // The query with its threshold resolved (0 → `least`), or field errors.
  Result<StatisticsQuery> validate(StatisticsQuery query, CivilDate first_day, int least) const;
  // The förbund's facts (named by it) and budgets: those kept when nothing has changed since, else read afresh
  // (and kept when `keep`).
  std::shared_ptr<const FactSet> facts_of(const Association& association, bool keep);
  // Kommun code → name, read once, when a query has kommun rows or columns.
  std::map<std::string, std::string> kommun_names_for(const std::vector<StatisticsQuery>& queries);
  // Suppression unless exact, and kommun names as labels.
  StatisticsResult finish(Pivot pivot, const StatisticsQuery& query, bool exact,
                          const std::map<std::string, std::string>& kommun_names);
  StatisticsRepository& statistics_;
  AssociationRepository& associations_;
  const Clock& clock_;
  const RecordKeys& keys_;
  FactCache cache_;
};

}  // namespace samordna::core
