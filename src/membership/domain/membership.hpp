#pragma once
// Membership rules (5 § and 27 § Finsam): a förbund needs FK, AF, at least one region and at least one
// kommun; FK and AF cannot give notice; a new member must be well formed and not duplicate a party.
#include <string>
#include <vector>

#include "kernel/error.hpp"
#include "membership/domain/association.hpp"

namespace samordna::core {

// Codes of what is missing among the members on the day: missing_fk, missing_af, missing_region,
// missing_kommun (empty when the membership is valid).
std::vector<std::string> membership_issues(const std::vector<Member>& members, CivilDate on);

bool can_give_notice(PartyKind kind);

struct KnownAreas {
  std::vector<std::string> region_codes;
  std::vector<std::string> kommun_codes;
};

// Checks a member about to be added. Field errors: name required; partyKind duplicate_party (a second FK
// or AF); code required|invalid|unknown|duplicate; joinedOn before_formed.
Result<void> validate_new_member(const Member& member, const Association& association,
                                 const std::vector<Member>& existing, const KnownAreas& known);

// Checks an association's own fields: name required, orgNumber invalid (NNNNNN-NNNN), seat required.
Result<void> validate_association(const Association& association);

}  // namespace samordna::core
