#pragma once
// Processing agreements (personuppgiftsbiträdesavtal, PUB-avtal). Participants' personal data belongs to the
// controller (personuppgiftsansvarig) of the insats they take part in: its lead party (huvudman), a member of
// the förbund. Samordna, run by the förbund, processes it on that party's behalf, which the party must have
// agreed to in writing. No person may be registered in an insats whose lead party has no agreement in force on
// the day. The förbund's own registers (users, board, audit) are the förbund's and need none.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kernel/civil_date.hpp"
#include "kernel/error.hpp"
#include "membership/domain/association.hpp"

namespace samordna::core {

struct ProcessingAgreement {
  std::int64_t id = 0;
  std::int64_t association_id = 0;
  std::int64_t member_id = 0;  // the controller: the party the förbund processes for
  CivilDate signed_on;
  CivilDate valid_from;
  std::optional<CivilDate> valid_to;  // last day, inclusive; none: until further notice
  std::string document_reference;     // the diary number or archive reference of the signed agreement
  std::int64_t version = 1;
};

// Field errors: memberId unknown (not a member of the förbund); documentReference required; validTo
// before_from; signedOn after_from (an agreement is signed before it applies) | future.
Result<void> validate_agreement(const ProcessingAgreement& agreement, const std::vector<Member>& members,
                                CivilDate today);

// Whether an agreement with the member is in force on the day.
bool agreement_in_force(const std::vector<ProcessingAgreement>& agreements, std::int64_t member_id, CivilDate day);

}  // namespace samordna::core
