#pragma once
// Consent (samtycke) per participation and purpose: follow-up, or information exchange with a named party.
// Written consent has a form reference; it can be withdrawn. Without follow-up consent a participation is
// anonymous from then on: only its gender and start year remain.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/civil_date.hpp"
#include "kernel/error.hpp"

namespace samordna::core {

enum class ConsentPurpose { follow_up, information_exchange };
std::string_view to_string(ConsentPurpose purpose);
std::optional<ConsentPurpose> parse_consent_purpose(std::string_view text);

struct Consent {
  std::int64_t id = 0;
  std::int64_t participation_id = 0;
  ConsentPurpose purpose = ConsentPurpose::follow_up;
  std::optional<std::int64_t> party_member_id;  // information exchange: with whom
  CivilDate given_on;
  std::string form_reference;
  std::optional<CivilDate> withdrawn_on;
};

bool consent_active(const Consent& consent, CivilDate day);
// Whether any follow-up consent of the participation is active on the day.
bool has_follow_up_consent(const std::vector<Consent>& consents, CivilDate day);

// Field errors: partyMemberId required (information exchange) | not_allowed (follow-up); formReference
// required; givenOn required.
Result<void> validate_consent(const Consent& consent);

}  // namespace samordna::core
