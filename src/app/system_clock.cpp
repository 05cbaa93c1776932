#include "app/system_clock.hpp"

#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <string>

namespace samordna::app {
namespace {

std::int64_t real_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace

core::CivilDate swedish_date(std::int64_t unix) {
  auto utc_day = core::CivilDate::from_days(int(unix / 86400));
  auto last_sunday = [](int year, int month) {
    auto last = core::CivilDate::from_ymd(year, month, 31)->days_since_epoch();
    int weekday = (last + 4) % 7;  // 1970-01-01 was a Thursday (4); 0 = Sunday
    return std::int64_t(last - weekday);
  };
  std::int64_t summer_start = last_sunday(utc_day.year(), 3) * 86400 + 3600;
  std::int64_t summer_end = last_sunday(utc_day.year(), 10) * 86400 + 3600;
  std::int64_t offset = (unix >= summer_start && unix < summer_end) ? 7200 : 3600;
  return core::CivilDate::from_days(int((unix + offset) / 86400));
}

bool SystemClock::test_clock_available() {
#ifdef SAMORDNA_TEST_CLOCK
  return true;
#else
  return false;
#endif
}

SystemClock::SystemClock() {
#ifdef SAMORDNA_TEST_CLOCK
  const char* value = std::getenv("SAMORDNA_TODAY");
  if (value == nullptr || *value == '\0') return;
  auto wanted = core::CivilDate::parse(value);
  if (!wanted) throw std::invalid_argument(std::string("SAMORDNA_TODAY is not a date (YYYY-MM-DD): ") + value);
  const std::int64_t now = real_now();
  offset_seconds_ = std::int64_t(wanted->days_since_epoch() - swedish_date(now).days_since_epoch()) * 86400;
#endif
}

std::int64_t SystemClock::now_unix() const { return real_now() + offset_seconds_; }

// The real Swedish date moved by whole days (not the date of the moved instant, which a change between winter
// and summer time would put on another day near midnight).
core::CivilDate SystemClock::today() const { return swedish_date(real_now()).add_days(int(offset_seconds_ / 86400)); }

}  // namespace samordna::app
