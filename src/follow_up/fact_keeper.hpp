#pragma once
// Keeps each förbund's statistics facts in the database at their present version, so that a förbund's first
// pivot after a start, on any server of the installation or its replica, and the national view read one row
// instead of the joins over its participations. A change forgets a förbund's kept facts at once (in the database,
// in the changing transaction); until the keeper's next pass its pivots read them afresh, as they did before.
#include <functional>

#include "follow_up/ports.hpp"

namespace samordna::core {

class FactKeeper {
 public:
  // `statistics` writes: the primary database, never a replica.
  explicit FactKeeper(StatisticsRepository& statistics) : statistics_(statistics) {}

  // Reads and keeps the facts of each förbund whose kept facts are missing or older than its present version;
  // returns how many förbund it kept. `stopping`, when given, is asked before each förbund: true ends the pass.
  int keep_changed(const std::function<bool()>& stopping = {});

 private:
  StatisticsRepository& statistics_;
};

}  // namespace samordna::core
