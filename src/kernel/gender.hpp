#pragma once
// Gender as recorded in follow-up (kvinna/man), the two categories FK's Uppföljning Finsam counts.
#include <optional>
#include <string_view>

namespace samordna::core {

enum class Gender { woman, man };

constexpr std::string_view to_string(Gender g) { return g == Gender::woman ? "woman" : "man"; }
constexpr std::optional<Gender> parse_gender(std::string_view s) {
  if (s == "woman") return Gender::woman;
  if (s == "man") return Gender::man;
  return std::nullopt;
}

}  // namespace samordna::core
