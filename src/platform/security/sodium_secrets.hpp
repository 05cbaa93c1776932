#pragma once
// libsodium implementations of the security ports: Argon2id password hashes, random tokens, token digests.
#include <string>

#include "kernel/secrets.hpp"

namespace samordna::security {

// Must be called once before any other function here (idempotent).
void init_sodium();

class Argon2PasswordHasher final : public core::PasswordHasher {
 public:
  [[nodiscard]] std::string hash(const std::string& password) const override;
  [[nodiscard]] bool verify(const std::string& stored_hash, const std::string& password) const override;
};

class SodiumSecrets final : public core::Secrets {
 public:
  std::string random_token() override;  // 32 random bytes, base64url without padding
  [[nodiscard]] std::string digest(const std::string& token) const override;  // BLAKE2b-256, hex
};

// A random password for generated accounts (20 characters from an unambiguous alphabet).
std::string generate_password();

}  // namespace samordna::security
