#pragma once
// A referral (remiss) of a person to an insats and its states: received → queued → started (it becomes a
// participation) | returned to the referrer (with a reason) | withdrawn. Every transition is an event with
// time and user, so counts and waiting times can be reported later.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/civil_date.hpp"
#include "kernel/error.hpp"

namespace samordna::core {

enum class ReferralState { received, queued, started, returned, withdrawn };
std::string_view to_string(ReferralState state);
std::optional<ReferralState> parse_referral_state(std::string_view text);
const std::vector<ReferralState>& all_referral_states();

enum class ReturnReason { too_complex, not_eligible, declined, no_contact, other };
std::string_view to_string(ReturnReason reason);
std::optional<ReturnReason> parse_return_reason(std::string_view text);

// Whether a referral may go from one state to the other (started, returned and withdrawn are final).
bool transition_allowed(ReferralState from, ReferralState to);

struct Referral {
  std::int64_t id = 0;
  std::int64_t association_id = 0;
  std::int64_t insats_id = 0;
  std::int64_t person_id = 0;            // 0: anonymous (protected identity)
  std::int64_t referring_member_id = 0;  // the party that refers (FK, AF, region, a kommun)
  std::int64_t referrer_user_id = 0;     // the case worker who registered it
  CivilDate referred_on;
  std::int64_t target_group_id = 0;
  int priority = 0;  // higher first in the queue
  ReferralState state = ReferralState::received;
  std::optional<ReturnReason> return_reason;
  std::vector<std::string> eligibility_problems;  // as found on the referral date
  bool eligibility_overridden = false;
  std::optional<CivilDate> decided_on;  // the day it left the queue (started, returned, withdrawn)
  std::int64_t version = 1;
};

struct ReferralEvent {
  std::int64_t id = 0;
  std::int64_t referral_id = 0;
  std::int64_t at = 0;
  std::int64_t user_id = 0;
  ReferralState from = ReferralState::received;
  ReferralState to = ReferralState::received;
  std::optional<ReturnReason> reason;
};

// Checks a transition. Field errors: state invalid_transition; reason required (returned) | not_allowed.
// explanation required ("Annat skäl" is explained) | not_allowed (only "Annat skäl" takes one).
Result<void> validate_transition(const Referral& referral, ReferralState to, std::optional<ReturnReason> reason,
                                 bool explained = false);

}  // namespace samordna::core
