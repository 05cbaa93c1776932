#pragma once
// A civil (calendar) date without time zone: what a decision, a membership or a referral is dated by.
#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace samordna::core {

class CivilDate {
 public:
  constexpr CivilDate() = default;
  // Returns nullopt unless year/month/day form a real date in 1800..9999.
  static std::optional<CivilDate> from_ymd(int year, int month, int day);
  // Strict ISO 8601 `YYYY-MM-DD`.
  static std::optional<CivilDate> parse(std::string_view iso);
  static CivilDate from_days(int days_since_epoch);

  [[nodiscard]] int year() const { return int(ymd_.year()); }
  [[nodiscard]] int month() const { return int(unsigned(ymd_.month())); }
  [[nodiscard]] int day() const { return int(unsigned(ymd_.day())); }
  [[nodiscard]] int days_since_epoch() const;
  [[nodiscard]] CivilDate add_days(int days) const { return from_days(days_since_epoch() + days); }
  [[nodiscard]] std::string iso() const;

  friend bool operator==(const CivilDate& a, const CivilDate& b) { return a.ymd_ == b.ymd_; }
  friend auto operator<=>(const CivilDate& a, const CivilDate& b) {
    return a.days_since_epoch() <=> b.days_since_epoch();
  }

 private:
  explicit constexpr CivilDate(std::chrono::year_month_day ymd) : ymd_(ymd) {}
  std::chrono::year_month_day ymd_{std::chrono::year{1970}, std::chrono::January, std::chrono::day{1}};
};

// Whole days from `from` to `to` (negative when `to` is earlier).
int days_between(CivilDate from, CivilDate to);
// Completed years of age on `on` for someone born on `birth`.
int age_on(CivilDate birth, CivilDate on);

}  // namespace samordna::core
