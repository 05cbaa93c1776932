#pragma once
// The statistics port in memory (facts and insats budgets per förbund, kommun names), counting its reads, and
// seeded record keys, for testing the follow-up services without a database.
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "follow_up/ports.hpp"

namespace samordna::core::testing {

struct MemoryStatistics : StatisticsRepository {
  std::map<std::int64_t, std::vector<Fact>> facts_of;  // association id → facts
  std::map<std::int64_t, std::map<std::pair<std::int64_t, int>, Money>> budgets_of;
  std::map<std::string, std::string> names{{"1440", "Ale"}, {"1489", "Alingsås"}, {"1441", "Lerum"}};
  std::map<std::int64_t, std::int64_t> version_of;  // a test that changes facts_of or budgets_of counts it here
  int fact_reads = 0;
  std::mutex reading;

  std::vector<Fact> facts(std::int64_t association_id, bool /*at_once*/) override {
    std::lock_guard lock(reading);  // the national view reads förbund on threads of their own
    ++fact_reads;
    auto it = facts_of.find(association_id);
    return it == facts_of.end() ? std::vector<Fact>{} : it->second;
  }
  std::int64_t facts_version(std::int64_t association_id) override {
    auto it = version_of.find(association_id);
    return it == version_of.end() ? 0 : it->second;
  }
  std::map<std::pair<std::int64_t, int>, Money> insats_budgets(std::int64_t association_id) override {
    auto it = budgets_of.find(association_id);
    return it == budgets_of.end() ? std::map<std::pair<std::int64_t, int>, Money>{} : it->second;
  }
  std::map<std::string, std::string> kommun_names() override { return names; }

  // Kept facts, as the database keeps them: forgotten when the version a test counts has moved past them.
  std::map<std::int64_t, std::pair<std::int64_t, FactSet>> kept;  // association id → version, set
  int kept_reads = 0;

  std::optional<FactSet> kept_facts(std::int64_t association_id, std::int64_t version) override {
    std::lock_guard lock(reading);
    ++kept_reads;
    auto it = kept.find(association_id);
    if (it == kept.end() || it->second.first != version) return std::nullopt;
    return it->second.second;
  }
  void keep_facts(std::int64_t association_id, std::int64_t version, const FactSet& set) override {
    std::lock_guard lock(reading);
    if (facts_version(association_id) == version) kept[association_id] = {version, set};
  }
  std::vector<std::int64_t> facts_not_kept() override {
    std::vector<std::int64_t> out;
    for (const auto& [id, facts] : facts_of) {
      auto it = kept.find(id);
      if (it == kept.end() || it->second.first != facts_version(id)) out.push_back(id);
    }
    return out;
  }
};

// A record's key from a seeded mix of its name: stable within a test, unlike the real keyed hash.
class SeededKeys final : public RecordKeys {
 public:
  explicit SeededKeys(std::uint64_t seed = 17) : seed_(seed) {}
  [[nodiscard]] std::uint64_t key(std::string_view record) const override {
    std::uint64_t x = seed_ ^ std::hash<std::string_view>{}(record);
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27U)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31U);
  }

 private:
  std::uint64_t seed_;
};

}  // namespace samordna::core::testing
