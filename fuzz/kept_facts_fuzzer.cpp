// decode_kept_facts on any bytes: never crashes, and what it accepts is whole: written again and read back, it
// gives the same text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "follow_up/storage/kept_facts_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  auto set = samordna::storage::decode_kept_facts(input);
  if (!set) return 0;
  const auto text = samordna::storage::encode_kept_facts(*set);
  auto again = samordna::storage::decode_kept_facts(text);
  if (!again || samordna::storage::encode_kept_facts(*again) != text) std::abort();
  return 0;
}
