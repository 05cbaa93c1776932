#include "kernel/civil_date.hpp"

#include <charconv>

namespace samordna::core {
namespace {
std::optional<int> digits(std::string_view s) {
  int value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}
}  // namespace

std::optional<CivilDate> CivilDate::from_ymd(int year, int month, int day) {
  if (year < 1800 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{unsigned(month)},
                                  std::chrono::day{unsigned(day)}};
  if (!ymd.ok()) return std::nullopt;
  return CivilDate(ymd);
}

std::optional<CivilDate> CivilDate::parse(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  auto y = digits(iso.substr(0, 4));
  auto m = digits(iso.substr(5, 2));
  auto d = digits(iso.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  return from_ymd(*y, *m, *d);
}

CivilDate CivilDate::from_days(int days_since_epoch) {
  return CivilDate(std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days_since_epoch}}});
}

int CivilDate::days_since_epoch() const { return int(std::chrono::sys_days{ymd_}.time_since_epoch().count()); }

std::string CivilDate::iso() const {
  std::string out(10, '0');
  auto put = [&out](std::size_t at, int value, std::size_t width) {
    for (std::size_t i = 0; i < width; ++i) {
      out[at + width - 1 - i] = char('0' + value % 10);
      value /= 10;
    }
  };
  put(0, year(), 4);
  out[4] = '-';
  put(5, month(), 2);
  out[7] = '-';
  put(8, day(), 2);
  return out;
}

int days_between(CivilDate from, CivilDate to) { return to.days_since_epoch() - from.days_since_epoch(); }

int age_on(CivilDate birth, CivilDate on) {
  int age = on.year() - birth.year();
  if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day())) --age;
  return age;
}

}  // namespace samordna::core
