#pragma once
// The identity vault over libsodium: HMAC-SHA-256 pseudonyms of personnummer (per förbund), and
// secretbox-sealed texts (random nonce, authenticated; base64 in the database).
#include "participants/domain/person.hpp"
#include "platform/security/keyring.hpp"

namespace samordna::security {

class SodiumVault final : public core::IdentityVault {
 public:
  explicit SodiumVault(const Keyring& keys) : pseudonym_key_(keys.pseudonym_key), identity_key_(keys.identity_key) {}
  [[nodiscard]] std::string pseudonym(std::int64_t association_id, const std::string& personnummer) const override;
  [[nodiscard]] std::string unlinked_pseudonym() const override;
  [[nodiscard]] std::string seal(const std::string& plaintext) const override;
  [[nodiscard]] std::optional<std::string> open(const std::string& sealed) const override;

 private:
  std::string pseudonym_key_;
  std::string identity_key_;
};

}  // namespace samordna::security
