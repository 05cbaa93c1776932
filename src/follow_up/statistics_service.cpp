#include "follow_up/statistics_service.hpp"

#include <algorithm>
#include <deque>
#include <future>

#include "membership/domain/membership.hpp"
#include "membership/membership_service.hpp"

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
  std::vector<StatisticsQuery> resolved;
  for (const auto& q : queries) {
    auto ok = validate(q, association->formed_on, association->disclosure_threshold);
    if (!ok) return unexpected(ok.error());
    resolved.push_back(*ok);
  }
  // The facts, budgets and labels are read once for every query.
  const auto set = facts_of(*association, true);
  const auto names = kommun_names_for(queries);
  std::vector<StatisticsResult> results;
  for (const auto& q : resolved) {
    results.push_back(
        finish(pivot(set->facts, q.request, set->budgets, &keys_), q, !q.publish && exact_allowed, names));
  }
  return results;
}

Result<StatisticsResult> StatisticsService::run_national(const StatisticsQuery& query) {
  std::optional<CivilDate> first_formed;
  int least = kDefaultSuppressionThreshold;
  const auto associations = associations_.list_associations();
  for (const auto& a : associations) {
    first_formed = std::min(first_formed.value_or(a.formed_on), a.formed_on);
    least = std::max(least, a.disclosure_threshold);
  }
  auto resolved = validate(query, first_formed.value_or(clock_.today()), least);
  if (!resolved) return unexpected(resolved.error());
  // One förbund's facts at a time: those kept are used, the others are not kept (they would push out the
  // förbund whose staff are at work). Reading is most of the work, so the next two förbund are read on threads
  // of their own while one is added: at most three förbund's facts are in memory.
  PivotBuilder builder(resolved->request, &keys_);
  std::deque<std::future<std::shared_ptr<const FactSet>>> reading;
  std::size_t next = 0;
  const auto read_next = [&] {
    if (next == associations.size()) return;
    reading.push_back(std::async(std::launch::async, [this, &a = associations[next]] { return facts_of(a, false); }));
    ++next;
  };
  read_next();
  read_next();
  while (!reading.empty()) {
    const auto set = reading.front().get();
    reading.pop_front();
    read_next();
    builder.add(set->facts, set->budgets);
  }
  return finish(builder.finish(), *resolved, false, kommun_names_for({*resolved}));
}

std::shared_ptr<const FactSet> StatisticsService::facts_of(const Association& association, bool keep) {
  // The version first: facts read after it are at least as new, so a kept set is never older than its version.
  const auto version = statistics_.facts_version(association.id);
  return cache_.get(
      association.id, version,
      [&] {
        // Those the fact keeper kept at this version are one row; otherwise the joins. A pivot that keeps the facts
        // waits for them alone: read at once; the national view reads ahead instead.
        auto kept = statistics_.kept_facts(association.id, version);
        FactSet set = kept ? std::move(*kept) : read_fact_set(statistics_, association.id, keep);
        for (auto& f : set.facts) f.association = association.name;
        return set;
      },
      keep);
}

Result<StatisticsQuery> StatisticsService::validate(StatisticsQuery q, CivilDate first_day, int least) const {
  FieldErrors errors;
  if (auto ok = validate_pivot(q.request); !ok) {
    for (const auto& f : ok.error().fields) errors.add(f.field, f.code);
  }
  if (q.threshold == 0) q.threshold = least;
  if (q.threshold < least) errors.add("threshold", "too_low");
  if (q.request.from < first_day) errors.add("from", "before_data");
  if (q.request.to > *CivilDate::from_ymd(clock_.today().year(), 12, 31)) errors.add("to", "after_data");
  if (!errors.empty()) return unexpected(errors.error());
  return q;
}

std::map<std::string, std::string> StatisticsService::kommun_names_for(const std::vector<StatisticsQuery>& queries) {
  const bool needed = std::any_of(queries.begin(), queries.end(), [](const StatisticsQuery& q) {
    return q.request.rows == Dimension::kommun || q.request.columns == Dimension::kommun;
  });
  return needed ? statistics_.kommun_names() : std::map<std::string, std::string>{};
}

StatisticsResult StatisticsService::finish(Pivot p, const StatisticsQuery& q, bool exact,
                                           const std::map<std::string, std::string>& kommun_names) {
  StatisticsResult result;
  result.threshold = q.threshold;
  result.pivot = std::move(p);
  if (!exact) {
    result.suppression = suppress(result.pivot, q.threshold);
    result.pivot = apply(perturb(std::move(result.pivot), q.request.measure, q.threshold), *result.suppression);
  }
  if (q.request.rows == Dimension::kommun || q.request.columns == Dimension::kommun) result.labels = kommun_names;
  return result;
}

}  // namespace samordna::core
