#include "participants/domain/referral.hpp"

#include "membership/domain/membership.hpp"

namespace samordna::core {

std::string_view to_string(ReferralState s) {
  switch (s) {
    case ReferralState::received: return "received";
    case ReferralState::queued: return "queued";
    case ReferralState::started: return "started";
    case ReferralState::returned: return "returned";
    case ReferralState::withdrawn: return "withdrawn";
  }
  return "received";
}

const std::vector<ReferralState>& all_referral_states() {
  static const std::vector<ReferralState> states{ReferralState::received, ReferralState::queued, ReferralState::started,
                                                 ReferralState::returned, ReferralState::withdrawn};
  return states;
}

std::optional<ReferralState> parse_referral_state(std::string_view text) {
  for (auto s : all_referral_states()) {
    if (to_string(s) == text) return s;
  }
  return std::nullopt;
}

std::string_view to_string(ReturnReason r) {
  switch (r) {
    case ReturnReason::too_complex: return "too_complex";
    case ReturnReason::not_eligible: return "not_eligible";
    case ReturnReason::declined: return "declined";
    case ReturnReason::no_contact: return "no_contact";
    case ReturnReason::other: return "other";
  }
  return "other";
}

std::optional<ReturnReason> parse_return_reason(std::string_view text) {
  for (auto r : {ReturnReason::too_complex, ReturnReason::not_eligible, ReturnReason::declined,
                 ReturnReason::no_contact, ReturnReason::other}) {
    if (to_string(r) == text) return r;
  }
  return std::nullopt;
}

bool transition_allowed(ReferralState from, ReferralState to) {
  switch (from) {
    case ReferralState::received:
      return to == ReferralState::queued || to == ReferralState::started || to == ReferralState::returned ||
             to == ReferralState::withdrawn;
    case ReferralState::queued:
      return to == ReferralState::started || to == ReferralState::returned || to == ReferralState::withdrawn;
    case ReferralState::started:
    case ReferralState::returned:
    case ReferralState::withdrawn: return false;
  }
  return false;
}

Result<void> validate_transition(const Referral& referral, ReferralState to, std::optional<ReturnReason> reason,
                                 bool explained) {
  FieldErrors errors;
  if (!transition_allowed(referral.state, to)) errors.add("state", "invalid_transition");
  if (to == ReferralState::returned && !reason) errors.add("reason", "required");
  if (to != ReferralState::returned && reason) errors.add("reason", "not_allowed");
  const bool other = to == ReferralState::returned && reason == ReturnReason::other;
  if (other && !explained) errors.add("explanation", "required");
  if (!other && explained) errors.add("explanation", "not_allowed");
  return errors.result();
}

}  // namespace samordna::core
