#pragma once
// A participant (deltagare), pseudonymised: the personnummer is never stored in plain text. A keyed hash of
// it (per förbund) identifies the same person across insatser for counting unique people; name and
// personnummer are kept sealed (encrypted) only while consent allows, and shown only on an explicit,
// logged action. A protected identity (skyddad identitet) removes the stored identity at once.
#include <cstdint>
#include <optional>
#include <string>

#include "kernel/gender.hpp"

namespace samordna::core {

struct Identity {
  std::string personnummer;  // canonical YYYYMMDDNNNC
  std::string name;
};

struct Person {
  std::int64_t id = 0;
  std::int64_t association_id = 0;
  std::string person_key;  // keyed hash of the personnummer; the same person gives the same key
  Gender gender = Gender::woman;
  int birth_year = 0;
  std::string kommun_code;  // residence
  std::optional<std::string> sealed_identity;
  std::string masked;       // "19121212-****", kept for lists (the birth date alone)
  bool restricted = false;  // processing restricted (GDPR art. 18): stored, but nothing new is recorded
};

// Seals and opens personal texts, and makes the pseudonymous key. Keys live outside the database.
class IdentityVault {
 public:
  virtual ~IdentityVault() = default;
  [[nodiscard]] virtual std::string pseudonym(std::int64_t association_id, const std::string& personnummer) const = 0;
  // A random key of the same shape as a pseudonym, unlinked from any personnummer: what a removed identity keeps.
  [[nodiscard]] virtual std::string unlinked_pseudonym() const = 0;
  [[nodiscard]] virtual std::string seal(const std::string& plaintext) const = 0;
  // nullopt when the text was not sealed with this installation's key or was altered.
  [[nodiscard]] virtual std::optional<std::string> open(const std::string& sealed) const = 0;
};

std::string encode_identity(const Identity& identity);
std::optional<Identity> decode_identity(const std::string& text);
// The person's identity, opened; nullopt when none is stored (removed, protected) or it cannot be opened.
std::optional<Identity> open_identity(const IdentityVault& vault, const Person& person);

}  // namespace samordna::core
