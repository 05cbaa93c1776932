#pragma once
// Notice of withdrawal (27 § Finsam): when membership ends and which years' fees are still owed.
#include <string>
#include <vector>

#include "kernel/error.hpp"
#include "membership/domain/association.hpp"
#include "membership/domain/charter.hpp"

namespace samordna::core {

// The last day of membership after notice on `given_on`.
// calendar_years: 31 December of the year of notice plus `years` (notice during 2020, three years:
// member until 2023-12-31). from_date: the day before the same date `years` later (29 Feb → 28 Feb).
CivilDate membership_end(const NoticeRule& rule, CivilDate given_on);

// The years after the year of notice up to and including the year membership ends (2021–2023 above).
std::vector<int> fee_years(CivilDate given_on, CivilDate ends_on);

struct NoticeRequest {
  CivilDate given_on;
  std::string decided_by;
  std::string reference;
};

// A new notice for the member under the charter in force on the day. Field errors: partyKind
// cannot_give_notice; notice already_given; givenOn before_joined; decidedBy required; charter missing.
Result<Notice> give_notice(const Member& member, const std::vector<Charter>& charters, const NoticeRequest& request);

// Revokes the member's notice in force. Field errors: notice none; revokedOn before_notice|after_end.
Result<Notice> revoke_notice(const Member& member, CivilDate revoked_on, const std::string& reference);

}  // namespace samordna::core
