#include "participants/domain/consent.hpp"

#include <algorithm>

#include "membership/domain/membership.hpp"

namespace samordna::core {

std::string_view to_string(ConsentPurpose p) {
  return p == ConsentPurpose::follow_up ? "follow_up" : "information_exchange";
}

std::optional<ConsentPurpose> parse_consent_purpose(std::string_view text) {
  if (text == "follow_up") return ConsentPurpose::follow_up;
  if (text == "information_exchange") return ConsentPurpose::information_exchange;
  return std::nullopt;
}

bool consent_active(const Consent& c, CivilDate day) {
  return c.given_on <= day && (!c.withdrawn_on || day < *c.withdrawn_on);
}

bool has_follow_up_consent(const std::vector<Consent>& consents, CivilDate day) {
  return std::any_of(consents.begin(), consents.end(), [&](const Consent& c) {
    return c.purpose == ConsentPurpose::follow_up && consent_active(c, day);
  });
}

Result<void> validate_consent(const Consent& c) {
  FieldErrors errors;
  if (c.purpose == ConsentPurpose::information_exchange && !c.party_member_id) {
    errors.add("partyMemberId", "required");
  }
  if (c.purpose == ConsentPurpose::follow_up && c.party_member_id) errors.add("partyMemberId", "not_allowed");
  if (c.form_reference.empty()) errors.add("formReference", "required");
  return errors.result();
}

}  // namespace samordna::core
