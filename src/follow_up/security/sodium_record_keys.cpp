#include "follow_up/security/sodium_record_keys.hpp"

#include <sodium.h>

#include <array>

namespace samordna::security {
namespace {
const unsigned char* bytes(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }
}  // namespace

SodiumRecordKeys::SodiumRecordKeys(const Keyring& keys) : key_(crypto_generichash_KEYBYTES, '\0') {
  static constexpr std::string_view kPurpose = "samordna cell-key record keys v1";
  crypto_generichash(reinterpret_cast<unsigned char*>(key_.data()), key_.size(), bytes(kPurpose), kPurpose.size(),
                     bytes(keys.pseudonym_key), keys.pseudonym_key.size());
}

std::uint64_t SodiumRecordKeys::key(std::string_view record) const {
  std::array<unsigned char, 8> out{};
  crypto_generichash(out.data(), out.size(), bytes(record), record.size(), bytes(key_), key_.size());
  std::uint64_t value = 0;
  for (unsigned char b : out) value = (value << 8U) | b;
  return value;
}

}  // namespace samordna::security
