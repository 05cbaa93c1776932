#pragma once
// What the statistics engine reads: the facts of a förbund and its insatser's budgets.
#include <map>
#include <vector>

#include "follow_up/domain/statistics.hpp"

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
};

}  // namespace samordna::core
