#pragma once
#include "follow_up/ports.hpp"
#include "platform/database/database.hpp"

namespace samordna::storage {

// Reads the facts for the statistics engine in three queries (participations, referrals, attendance).
class StatisticsStore final : public core::StatisticsRepository {
 public:
  explicit StatisticsStore(Database& db) : db_(db) {}
  std::vector<core::Fact> facts(std::int64_t association_id) override;
  // Counted by triggers on every table facts() and insats_budgets() read (migration 0023).
  std::int64_t facts_version(std::int64_t association_id) override;
  std::map<std::pair<std::int64_t, int>, core::Money> insats_budgets(std::int64_t association_id) override;
  std::map<std::string, std::string> kommun_names() override;

 private:
  Database& db_;
};

}  // namespace samordna::storage
