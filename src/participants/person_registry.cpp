#include "participants/person_registry.hpp"

namespace samordna::core {

bool is_restricted(PersonRepository& persons, const IdentityVault& vault, std::int64_t association_id,
                   const Personnummer& personnummer) {
  auto person = persons.find_person_by_key(association_id, vault.pseudonym(association_id, personnummer.canonical()));
  return person && person->restricted;
}

std::optional<std::int64_t> register_person(PersonRepository& persons, const IdentityVault& vault,
                                            const PersonInput& in) {
  const std::string key = vault.pseudonym(in.association_id, in.personnummer.canonical());
  auto existing = persons.find_person_by_key(in.association_id, key);
  if (in.protected_identity) {
    if (existing) persons.remove_person(existing->id);  // protected identity removes what was stored
    return std::nullopt;
  }
  const std::string sealed = vault.seal(encode_identity({in.personnummer.canonical(), in.name}));
  if (existing) {
    persons.set_sealed_identity(existing->id, sealed);
    return existing->id;
  }
  Person p;
  p.association_id = in.association_id;
  p.person_key = key;
  p.gender = in.personnummer.legal_gender();
  p.birth_year = in.personnummer.birth_date().year();
  p.kommun_code = in.kommun_code;
  p.sealed_identity = sealed;
  p.masked = in.personnummer.masked();
  return persons.add_person(p);
}

}  // namespace samordna::core
