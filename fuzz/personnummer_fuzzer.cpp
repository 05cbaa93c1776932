// Personnummer::parse on any bytes: never crashes, and what it accepts is canonical (12 digits that parse to
// themselves), whatever form it came in.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kernel/personnummer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto today = *samordna::core::CivilDate::parse("2026-12-01");
  auto parsed = samordna::core::Personnummer::parse(input, today);
  if (!parsed) {
    if (parsed.error().fields.empty()) std::abort();  // a refusal always names the field and its code
    return 0;
  }
  const std::string& canonical = parsed->canonical();
  if (canonical.size() != 12) std::abort();
  for (char c : canonical) {
    if (c < '0' || c > '9') std::abort();
  }
  auto again = samordna::core::Personnummer::parse(canonical, today);
  if (!again || again->canonical() != canonical) std::abort();
  return 0;
}
