#pragma once
// Ports for randomness and hashing: unguessable tokens with their stored digests, and password hashes.
#include <string>

namespace samordna::core {

class Secrets {
 public:
  virtual ~Secrets() = default;
  virtual std::string random_token() = 0;                                        // unguessable, URL-safe
  [[nodiscard]] virtual std::string digest(const std::string& token) const = 0;  // what is stored
};

class PasswordHasher {
 public:
  virtual ~PasswordHasher() = default;
  [[nodiscard]] virtual std::string hash(const std::string& password) const = 0;
  [[nodiscard]] virtual bool verify(const std::string& stored_hash, const std::string& password) const = 0;
};

}  // namespace samordna::core
