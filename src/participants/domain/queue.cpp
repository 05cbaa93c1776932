#include "participants/domain/queue.hpp"

#include <algorithm>

namespace samordna::core {

std::vector<QueuePosition> queue_positions(std::vector<QueueEntry> entries, CivilDate today,
                                           const QueueForecast& forecast) {
  std::sort(entries.begin(), entries.end(), [](const QueueEntry& a, const QueueEntry& b) {
    if (a.priority != b.priority) return a.priority > b.priority;
    if (a.referred_on != b.referred_on) return a.referred_on < b.referred_on;
    return a.referral_id < b.referral_id;
  });
  const int free = std::max(0, forecast.capacity - forecast.active);
  std::vector<QueuePosition> out;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    QueuePosition p;
    p.referral_id = entries[i].referral_id;
    p.position = int(i) + 1;
    p.days_waited = std::max(0, days_between(entries[i].referred_on, today));
    if (p.position <= free) {
      p.expected_start = today;
    } else if (forecast.recent_starts > 0) {
      const std::int64_t ahead = p.position - free;
      const std::int64_t days = (ahead * forecast.window_days + forecast.recent_starts - 1) / forecast.recent_starts;
      p.expected_start = today.add_days(int(days));
    }
    out.push_back(p);
  }
  return out;
}

std::optional<int> nearest_rank(const std::vector<int>& sorted, int percent) {
  if (sorted.empty()) return std::nullopt;
  const std::size_t n = sorted.size();
  std::size_t rank = (n * std::size_t(percent) + 99) / 100;  // ceil(p/100 × n)
  rank = std::clamp<std::size_t>(rank, 1, n);
  return sorted[rank - 1];
}

WaitStats wait_stats(std::vector<int> waiting_days) {
  std::sort(waiting_days.begin(), waiting_days.end());
  return {int(waiting_days.size()), nearest_rank(waiting_days, 50), nearest_rank(waiting_days, 90)};
}

}  // namespace samordna::core
