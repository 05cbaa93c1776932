#pragma once
// Finds or adds the pseudonymous person for a personnummer in a förbund, keeping the sealed identity
// current (unless the person has a protected identity, when nothing identifying is stored).
#include <optional>
#include <string>

#include "kernel/personnummer.hpp"
#include "participants/ports.hpp"

namespace samordna::core {

struct PersonInput {
  std::int64_t association_id = 0;
  Personnummer personnummer;
  std::string name;
  std::string kommun_code;
  bool protected_identity = false;
};

// Whether the person with this personnummer has their processing restricted (GDPR art. 18): then nothing new
// is recorded for them.
bool is_restricted(PersonRepository& persons, const IdentityVault& vault, std::int64_t association_id,
                   const Personnummer& personnummer);

// Returns the person's id, or nullopt for a protected identity (the referral or participation is then
// anonymous from the start).
std::optional<std::int64_t> register_person(PersonRepository& persons, const IdentityVault& vault,
                                            const PersonInput& input);

}  // namespace samordna::core
