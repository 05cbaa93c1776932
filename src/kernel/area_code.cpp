#include "kernel/area_code.hpp"

#include <algorithm>
#include <array>

namespace samordna::core {
namespace {
constexpr std::array<std::string_view, 21> kLan{"01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13",
                                                "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"};
bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
}  // namespace

bool is_lan_code(std::string_view code) {
  return code.size() == 2 && std::find(kLan.begin(), kLan.end(), code) != kLan.end();
}

bool is_kommun_code(std::string_view code) {
  return code.size() == 4 && all_digits(code) && is_lan_code(code.substr(0, 2)) && code.substr(2) != "00";
}

}  // namespace samordna::core
