#pragma once
// What the statistics engine reads: the facts of a förbund and its insatser's budgets.
#include <map>
#include <optional>
#include <vector>

#include "follow_up/domain/statistics.hpp"
#include "follow_up/fact_set.hpp"

namespace samordna::core {

class StatisticsRepository {
 public:
  virtual ~StatisticsRepository() = default;
  // `at_once`: the förbund's facts may be read on several threads at once (a single pivot waiting for them); the
  // national view, which reads the next förbund while it adds one, asks for them one query at a time.
  virtual std::vector<Fact> facts(std::int64_t association_id, bool at_once) = 0;
  // A number that changes whenever anything the förbund's facts or insats budgets are read from changes (in the
  // same transaction as the change), so that facts read at one version may be kept until it changes.
  virtual std::int64_t facts_version(std::int64_t association_id) = 0;
  virtual std::map<std::pair<std::int64_t, int>, Money> insats_budgets(std::int64_t association_id) = 0;
  // Kommun code → name, for labels.
  virtual std::map<std::string, std::string> kommun_names() = 0;

  // The förbund's facts and budgets as kept in the database at `version` (keep_facts), without the förbund's name;
  // nullopt when none are kept at that version.
  virtual std::optional<FactSet> kept_facts(std::int64_t association_id, std::int64_t version) = 0;
  // Keeps `set`, read at `version`, unless the förbund's facts have changed since: a change forgets them.
  virtual void keep_facts(std::int64_t association_id, std::int64_t version, const FactSet& set) = 0;
  // The förbund whose facts are not kept at their present version.
  virtual std::vector<std::int64_t> facts_not_kept() = 0;
};

// The förbund's facts and budgets read afresh, at least as new as a version read before (without its name).
inline FactSet read_fact_set(StatisticsRepository& statistics, std::int64_t association_id, bool at_once) {
  return FactSet{statistics.facts(association_id, at_once), statistics.insats_budgets(association_id)};
}

}  // namespace samordna::core
