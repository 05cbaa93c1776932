#pragma once
#include <optional>

#include "follow_up/ports.hpp"
#include "platform/database/database.hpp"

namespace samordna::storage {

// Reads the facts for the statistics engine in three queries (participations, referrals, attendance); asked to,
// at once on threads of their own, a large förbund's participations in two halves. Keeps them, too, in one row per
// förbund.
class StatisticsStore final : public core::StatisticsRepository {
 public:
  // split_above: a förbund with more participations has them read in two halves at once.
  explicit StatisticsStore(Database& db, std::int64_t split_above = 2000) : db_(db), split_above_(split_above) {}
  std::vector<core::Fact> facts(std::int64_t association_id, bool at_once) override;
  // Counted by triggers on every table facts() and insats_budgets() read (migration 0023).
  std::int64_t facts_version(std::int64_t association_id) override;
  std::map<std::pair<std::int64_t, int>, core::Money> insats_budgets(std::int64_t association_id) override;
  std::map<std::string, std::string> kommun_names() override;
  // In statistics_kept_facts (migration 0028), as kept_facts_text.hpp's text (kept_facts.cpp).
  std::optional<core::FactSet> kept_facts(std::int64_t association_id, std::int64_t version) override;
  void keep_facts(std::int64_t association_id, std::int64_t version, const core::FactSet& set) override;
  std::vector<std::int64_t> facts_not_kept() override;

 private:
  struct IdRange {
    std::int64_t first = 0;
    std::int64_t last = 0;
  };
  // The förbund's participations, all of them or those with an id in the range; `at_once`: on PostgreSQL their
  // start and end data are read beside them, on a thread of their own.
  void participation_facts(std::int64_t association_id, std::optional<IdRange> ids, std::vector<core::Fact>& out,
                           bool at_once);
  void referral_facts(std::int64_t association_id, std::vector<core::Fact>& out);
  void attendance_facts(std::int64_t association_id, std::vector<core::Fact>& out);
  Database& db_;
  std::int64_t split_above_;
};

}  // namespace samordna::storage
