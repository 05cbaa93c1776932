#include "follow_up/fact_keeper.hpp"

namespace samordna::core {

int FactKeeper::keep_changed(const std::function<bool()>& stopping) {
  int kept = 0;
  for (const auto association_id : statistics_.facts_not_kept()) {
    if (stopping && stopping()) break;
    // The version first: the facts read after it are at least as new; kept at it only if nothing changed since.
    const auto version = statistics_.facts_version(association_id);
    statistics_.keep_facts(association_id, version, read_fact_set(statistics_, association_id, false));
    ++kept;
  }
  return kept;
}

}  // namespace samordna::core
