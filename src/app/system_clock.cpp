#include "app/system_clock.hpp"

#include <chrono>

namespace samordna::app {

std::int64_t SystemClock::now_unix() const {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

core::CivilDate SystemClock::today() const {
  // Sweden is UTC+1 (CET) or UTC+2 (CEST, last Sunday of March to last Sunday of October, 01:00 UTC).
  std::int64_t now = now_unix();
  auto utc_day = core::CivilDate::from_days(int(now / 86400));
  auto last_sunday = [](int year, int month) {
    auto last = core::CivilDate::from_ymd(year, month, 31)->days_since_epoch();
    int weekday = (last + 4) % 7;  // 1970-01-01 was a Thursday (4); 0 = Sunday
    return std::int64_t(last - weekday);
  };
  std::int64_t summer_start = last_sunday(utc_day.year(), 3) * 86400 + 3600;
  std::int64_t summer_end = last_sunday(utc_day.year(), 10) * 86400 + 3600;
  std::int64_t offset = (now >= summer_start && now < summer_end) ? 7200 : 3600;
  return core::CivilDate::from_days(int((now + offset) / 86400));
}

}  // namespace samordna::app
