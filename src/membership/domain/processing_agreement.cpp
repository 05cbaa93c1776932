#include "membership/domain/processing_agreement.hpp"

#include <algorithm>

#include "membership/domain/membership.hpp"

namespace samordna::core {

Result<void> validate_agreement(const ProcessingAgreement& a, const std::vector<Member>& members, CivilDate today) {
  FieldErrors errors;
  if (std::none_of(members.begin(), members.end(),
                   [&](const Member& m) { return m.id == a.member_id && m.association_id == a.association_id; })) {
    errors.add("memberId", "unknown");
  }
  if (a.document_reference.empty()) errors.add("documentReference", "required");
  if (a.valid_to && *a.valid_to < a.valid_from) errors.add("validTo", "before_from");
  if (a.signed_on > a.valid_from) errors.add("signedOn", "after_from");
  if (a.signed_on > today) errors.add("signedOn", "future");
  return errors.result();
}

bool agreement_in_force(const std::vector<ProcessingAgreement>& agreements, std::int64_t member_id, CivilDate day) {
  return std::any_of(agreements.begin(), agreements.end(), [&](const ProcessingAgreement& a) {
    return a.member_id == member_id && a.valid_from <= day && (!a.valid_to || day <= *a.valid_to);
  });
}

}  // namespace samordna::core
