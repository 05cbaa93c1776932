#pragma once
// Official codes: län (county, two digits) and kommun (municipality, four digits whose first two are its län).
#include <string_view>

namespace samordna::core {

// True for the 21 current län codes (01, 03–10, 12–14, 17–25).
bool is_lan_code(std::string_view code);
// True for four digits whose first two form a län code and whose last two are not 00.
bool is_kommun_code(std::string_view code);

}  // namespace samordna::core
