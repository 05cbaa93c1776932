#include "participants/domain/queue.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

TEST(Queue, OrderedByPriorityThenReferralDateThenRegistration) {
  std::vector<QueueEntry> entries{
      {1, d("2026-03-01"), 0}, {2, d("2026-01-15"), 0}, {3, d("2026-06-01"), 1}, {4, d("2026-01-15"), 0}};
  auto q = queue_positions(entries, d("2026-11-22"), {4, 4, 0, 180});
  ASSERT_EQ(q.size(), 4U);
  EXPECT_EQ(q[0].referral_id, 3);  // prioritised
  EXPECT_EQ(q[1].referral_id, 2);
  EXPECT_EQ(q[2].referral_id, 4);  // same date as 2, registered later
  EXPECT_EQ(q[3].referral_id, 1);
  EXPECT_EQ(q[1].position, 2);
  EXPECT_EQ(q[1].days_waited, 311);
  EXPECT_FALSE(q[0].expected_start);  // full and nobody started lately: no estimate
}

TEST(Queue, ExpectedStartFromFreePlacesAndThroughput) {
  std::vector<QueueEntry> entries;
  for (int i = 1; i <= 5; ++i) entries.push_back({i, d("2026-01-01").add_days(i), 0});
  // 12 places, 10 taken: two can start today; 6 started in the last 180 days: one place per 30 days.
  auto q = queue_positions(entries, d("2026-11-22"), {12, 10, 6, 180});
  EXPECT_EQ(q[0].expected_start, d("2026-11-22"));
  EXPECT_EQ(q[1].expected_start, d("2026-11-22"));
  EXPECT_EQ(q[2].expected_start, d("2026-12-22"));
  EXPECT_EQ(q[4].expected_start, d("2027-02-20"));
  // 7 starts: 180/7 = 25.7 days a place, rounded up.
  EXPECT_EQ(queue_positions(entries, d("2026-11-22"), {12, 12, 7, 180})[0].expected_start, d("2026-12-18"));
}

TEST(Queue, WaitStatisticsByNearestRank) {
  EXPECT_EQ(wait_stats({}).median, std::nullopt);
  auto w = wait_stats({300, 240, 365, 250, 330, 280, 310, 260, 350, 290});
  EXPECT_EQ(w.count, 10);
  EXPECT_EQ(w.median, 290);  // rank ceil(0.5 × 10) = 5 of 240 250 260 280 290 300 310 330 350 365
  EXPECT_EQ(w.p90, 350);     // rank 9
  EXPECT_EQ(wait_stats({42}).p90, 42);
  EXPECT_EQ(nearest_rank({1, 2, 3}, 100), 3);
}

}  // namespace
}  // namespace samordna::core
