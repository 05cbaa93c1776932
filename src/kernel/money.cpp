#include "kernel/money.hpp"

#include <cstdlib>

namespace samordna::core {
namespace {
constexpr std::string_view kNbsp = "\u00a0";

std::string group_thousands(std::uint64_t value) {
  std::string digits = std::to_string(value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += kNbsp;
    out += digits[i];
  }
  return out;
}

// value / divisor rounded half away from zero.
std::int64_t round_div(std::int64_t value, std::int64_t divisor) {
  std::int64_t q = value / divisor;
  std::int64_t r = value % divisor;
  if (std::llabs(r) * 2 >= divisor) q += value < 0 ? -1 : 1;
  return q;
}

std::string sign(std::int64_t v) { return v < 0 ? "-" : ""; }
std::uint64_t magnitude(std::int64_t v) { return v < 0 ? std::uint64_t(0) - std::uint64_t(v) : std::uint64_t(v); }
}  // namespace

std::optional<Money> Money::parse_kronor(std::string_view text) {
  std::string cleaned;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 2) == kNbsp) {
      ++i;
      continue;
    }
    if (text[i] != ' ') cleaned += text[i];
  }
  if (cleaned.empty()) return std::nullopt;
  bool negative = cleaned.front() == '-';
  if (negative) cleaned.erase(0, 1);
  if (cleaned.empty()) return std::nullopt;
  std::int64_t whole = 0;
  std::int64_t fraction = 0;
  int fraction_digits = -1;
  for (char c : cleaned) {
    if (c == ',' || c == '.') {
      if (fraction_digits >= 0) return std::nullopt;
      fraction_digits = 0;
    } else if (c >= '0' && c <= '9') {
      if (fraction_digits >= 0) {
        if (++fraction_digits > 2) return std::nullopt;
        fraction = fraction * 10 + (c - '0');
      } else {
        if (whole > 90'000'000'000'000) return std::nullopt;
        whole = whole * 10 + (c - '0');
      }
    } else {
      return std::nullopt;
    }
  }
  if (fraction_digits == 0 || (cleaned.front() == ',' || cleaned.front() == '.')) return std::nullopt;
  if (fraction_digits == 1) fraction *= 10;
  std::int64_t ore = whole * 100 + fraction;
  return Money::ore(negative ? -ore : ore);
}

Money divide_rounded(Money total, std::int64_t count) { return Money::ore(round_div(total.in_ore(), count)); }

std::string format_kr(Money m) {
  std::int64_t v = m.in_ore();
  std::uint64_t mag = magnitude(v);
  std::uint64_t cents = mag % 100;
  return sign(v) + group_thousands(mag / 100) + "," + (cents < 10 ? "0" : "") + std::to_string(cents) + " kr";
}

std::string format_tkr(Money m) {
  std::int64_t t = round_div(m.in_ore(), 100'000);
  return sign(t) + group_thousands(magnitude(t)) + " tkr";
}

std::string format_mnkr(Money m) {
  std::int64_t tenths = round_div(m.in_ore(), 10'000'000);
  std::uint64_t mag = magnitude(tenths);
  return sign(tenths) + group_thousands(mag / 10) + "," + std::to_string(mag % 10) + " mnkr";
}

}  // namespace samordna::core
