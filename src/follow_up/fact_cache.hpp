#pragma once
// The facts of the förbund most recently asked for, kept in memory with the version they were read at
// (StatisticsRepository::facts_version), so that a pivot reads the database only when something it is made from
// has changed. Up to a memory budget; the least recently used are let go first. Safe to use from many threads:
// a set handed out stays valid while its holder keeps it, even when the cache lets it go.
// Facts must not be read inside a write transaction: read there, they would be kept with a version that a
// rollback takes back and a later change could count again (no code reads statistics inside one).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "follow_up/fact_set.hpp"

namespace samordna::core {

// The memory a set takes, near enough for a budget: the facts, their texts longer than a string keeps inline,
// and the budgets.
std::size_t approximate_bytes(const FactSet& set);

inline constexpr std::size_t kDefaultFactCacheBytes = std::size_t(32) << 20U;

class FactCache {
 public:
  explicit FactCache(std::size_t budget_bytes = kDefaultFactCacheBytes) : budget_(budget_bytes) {}

  // The set of `association_id` at `version`: the one kept when it was read at that version, otherwise `read()`'s,
  // kept in its place when `keep` (a set larger than the whole budget is never kept).
  std::shared_ptr<const FactSet> get(std::int64_t association_id, std::int64_t version,
                                     const std::function<FactSet()>& read, bool keep = true);

  [[nodiscard]] std::size_t bytes() const;
  [[nodiscard]] std::size_t size() const;

 private:
  struct Entry {
    std::int64_t version = 0;
    std::shared_ptr<const FactSet> set;
    std::size_t bytes = 0;
    std::list<std::int64_t>::iterator recent;
  };
  void forget(std::unordered_map<std::int64_t, Entry>::iterator it);

  mutable std::mutex mutex_;
  std::size_t budget_;
  std::size_t used_ = 0;
  std::list<std::int64_t> recent_;  // association ids, the most recently used first
  std::unordered_map<std::int64_t, Entry> entries_;
};

}  // namespace samordna::core
