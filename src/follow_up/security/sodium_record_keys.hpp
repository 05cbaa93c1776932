#pragma once
// The cell-key method's record keys (core/cell_key.hpp) over libsodium: a record's key is keyed BLAKE2b of its
// name ("person:17"), under a key derived from the pseudonym key in the key file. Without the key file nobody
// can tell a record's key, so nobody can tell which noise a figure carries; with it, the same record always
// has the same key, so the same figure always gets the same noise.
#include "follow_up/domain/cell_key.hpp"
#include "platform/security/keyring.hpp"

namespace samordna::security {

class SodiumRecordKeys final : public core::RecordKeys {
 public:
  explicit SodiumRecordKeys(const Keyring& keys);
  [[nodiscard]] std::uint64_t key(std::string_view record) const override;

 private:
  std::string key_;  // 32 bytes
};

}  // namespace samordna::security
