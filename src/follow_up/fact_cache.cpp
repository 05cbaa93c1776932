#include "follow_up/fact_cache.hpp"

#include <string>

namespace samordna::core {
namespace {

std::size_t heap_bytes(const std::string& text) {
  return text.capacity() > 15 ? text.capacity() + 1 : 0;  // longer texts than libstdc++ keeps inline
}

}  // namespace

std::size_t approximate_bytes(const FactSet& set) {
  std::size_t bytes = sizeof(FactSet) + set.facts.capacity() * sizeof(Fact);
  for (const auto& f : set.facts) {
    for (const auto* text : {&f.association, &f.insats_name, &f.insats_kind, &f.gender, &f.kommun, &f.referrer,
                             &f.target_group, &f.age_band, &f.reason, &f.person}) {
      bytes += heap_bytes(*text);
    }
  }
  // A map node: the value and about four pointers' worth of tree.
  bytes += set.budgets.size() * (sizeof(std::pair<const std::pair<std::int64_t, int>, Money>) + 4 * sizeof(void*));
  return bytes;
}

std::shared_ptr<const FactSet> FactCache::get(std::int64_t association_id, std::int64_t version,
                                              const std::function<FactSet()>& read, bool keep) {
  {
    std::lock_guard lock(mutex_);
    if (auto it = entries_.find(association_id); it != entries_.end()) {
      if (it->second.version == version) {
        recent_.splice(recent_.begin(), recent_, it->second.recent);
        return it->second.set;
      }
      // An older set is of no more use; a newer one stays for the callers after this one, whose version (read
      // from a snapshot a little behind, or a lagging replica) is older than it.
      if (it->second.version < version) forget(it);
    }
  }
  // Read without the lock, so that other förbund are served meanwhile (two readers of one förbund may both read).
  FactSet read_set = read();
  if (keep) read_set.facts.shrink_to_fit();  // kept for long: no room to grow into
  auto set = std::make_shared<const FactSet>(std::move(read_set));
  if (!keep) return set;
  const std::size_t bytes = approximate_bytes(*set);
  if (bytes > budget_) return set;
  std::lock_guard lock(mutex_);
  if (auto it = entries_.find(association_id); it != entries_.end()) {
    if (it->second.version > version) return set;  // a newer read was kept meanwhile
    forget(it);
  }
  while (used_ + bytes > budget_ && !recent_.empty()) forget(entries_.find(recent_.back()));
  recent_.push_front(association_id);
  entries_.emplace(association_id, Entry{version, set, bytes, recent_.begin()});
  used_ += bytes;
  return set;
}

void FactCache::forget(std::unordered_map<std::int64_t, Entry>::iterator it) {
  used_ -= it->second.bytes;
  recent_.erase(it->second.recent);
  entries_.erase(it);
}

std::size_t FactCache::bytes() const {
  std::lock_guard lock(mutex_);
  return used_;
}

std::size_t FactCache::size() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace samordna::core
