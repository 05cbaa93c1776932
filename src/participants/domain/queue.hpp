#pragma once
// Queue maths for an insats: the order of the waiting referrals, each one's position and days waited, an
// expected start estimated from free places and recent throughput, and waiting-time statistics.
#include <cstdint>
#include <optional>
#include <vector>

#include "kernel/civil_date.hpp"

namespace samordna::core {

struct QueueEntry {
  std::int64_t referral_id = 0;
  CivilDate referred_on;
  int priority = 0;
};

struct QueueForecast {
  int capacity = 0;       // concurrent places
  int active = 0;         // participations running today
  int recent_starts = 0;  // participations started in the last `window_days`
  int window_days = 180;
};

struct QueuePosition {
  std::int64_t referral_id = 0;
  int position = 0;  // 1 = next
  int days_waited = 0;
  std::optional<CivilDate> expected_start;  // nullopt: no free place and no recent starts to go by
};

// Priority first (higher first), then referral date, then registration order (id). The first `free`
// places (capacity − active) can start today; after that each further place takes window_days /
// recent_starts days (rounded up).
std::vector<QueuePosition> queue_positions(std::vector<QueueEntry> entries, CivilDate today,
                                           const QueueForecast& forecast);

struct WaitStats {
  int count = 0;
  std::optional<int> median;  // nearest-rank: the value at rank ceil(p × n)
  std::optional<int> p90;
};

// Days from referral to start, for the referrals started in a period.
WaitStats wait_stats(std::vector<int> waiting_days);

// The nearest-rank percentile (0 < p ≤ 100) of sorted values; nullopt when empty.
std::optional<int> nearest_rank(const std::vector<int>& sorted, int percent);

}  // namespace samordna::core
