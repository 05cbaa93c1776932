#pragma once
// Money as integer öre (1 kr = 100 öre). No floating point anywhere money is computed.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace samordna::core {

class Money {
 public:
  constexpr Money() = default;
  static constexpr Money ore(std::int64_t ore) { return Money(ore); }
  static constexpr Money kronor(std::int64_t kr) { return Money(kr * 100); }
  static constexpr Money tkr(std::int64_t thousands) { return Money(thousands * 100'000); }
  // Parses "1 234,50", "1234.5", "-12" (kronor, at most two decimals, spaces/NBSP as group separators).
  static std::optional<Money> parse_kronor(std::string_view text);

  [[nodiscard]] constexpr std::int64_t in_ore() const { return ore_; }
  friend constexpr Money operator+(Money a, Money b) { return Money(a.ore_ + b.ore_); }
  friend constexpr Money operator-(Money a, Money b) { return Money(a.ore_ - b.ore_); }
  friend constexpr bool operator==(Money, Money) = default;
  friend constexpr auto operator<=>(Money, Money) = default;

 private:
  explicit constexpr Money(std::int64_t ore) : ore_(ore) {}
  std::int64_t ore_ = 0;
};

// total / count rounded half away from zero to whole öre (a cost per participant, say); count > 0.
Money divide_rounded(Money total, std::int64_t count);

// Swedish display formats; the group separator is U+00A0 (no-break space), minus is ASCII.
std::string format_kr(Money m);    // "1 234 567,50 kr"
std::string format_tkr(Money m);   // "644 tkr" (rounded half away from zero to whole tkr)
std::string format_mnkr(Money m);  // "14,1 mnkr" (one decimal)

}  // namespace samordna::core
