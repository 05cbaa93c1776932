#include "participants/domain/referral.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace samordna::core {
namespace {

TEST(Referral, EveryAllowedAndForbiddenTransition) {
  using S = ReferralState;
  // from → the states it may go to; everything else is forbidden.
  const std::map<S, std::set<S>> allowed{{S::received, {S::queued, S::started, S::returned, S::withdrawn}},
                                         {S::queued, {S::started, S::returned, S::withdrawn}},
                                         {S::started, {}},
                                         {S::returned, {}},
                                         {S::withdrawn, {}}};
  int checked = 0;
  for (auto from : all_referral_states()) {
    for (auto to : all_referral_states()) {
      EXPECT_EQ(transition_allowed(from, to), allowed.at(from).count(to) > 0)
          << to_string(from) << " → " << to_string(to);
      ++checked;
    }
  }
  EXPECT_EQ(checked, 25);
}

TEST(Referral, ReturningNeedsAReason) {
  Referral r;
  r.state = ReferralState::queued;
  EXPECT_TRUE(validate_transition(r, ReferralState::returned, ReturnReason::too_complex));
  EXPECT_EQ(validate_transition(r, ReferralState::returned, std::nullopt).error().fields[0].field, "reason");
  EXPECT_EQ(validate_transition(r, ReferralState::withdrawn, ReturnReason::declined).error().fields[0].code,
            "not_allowed");
  r.state = ReferralState::started;
  EXPECT_EQ(validate_transition(r, ReferralState::queued, std::nullopt).error().fields[0].code, "invalid_transition");
}

TEST(Referral, AnnatSkalIsExplainedAndOnlyIt) {
  Referral r;
  r.state = ReferralState::queued;
  EXPECT_TRUE(validate_transition(r, ReferralState::returned, ReturnReason::other, true));
  auto unexplained = validate_transition(r, ReferralState::returned, ReturnReason::other, false);
  ASSERT_FALSE(unexplained);
  EXPECT_EQ(unexplained.error().fields[0].field, "explanation");
  EXPECT_EQ(unexplained.error().fields[0].code, "required");
  auto explained = validate_transition(r, ReferralState::returned, ReturnReason::declined, true);
  ASSERT_FALSE(explained);
  EXPECT_EQ(explained.error().fields[0].code, "not_allowed");
  EXPECT_EQ(validate_transition(r, ReferralState::withdrawn, std::nullopt, true).error().fields[0].field,
            "explanation");
}

TEST(Referral, NamesRoundTrip) {
  for (auto s : all_referral_states()) EXPECT_EQ(parse_referral_state(to_string(s)), s);
  for (auto r : {ReturnReason::too_complex, ReturnReason::not_eligible, ReturnReason::declined,
                 ReturnReason::no_contact, ReturnReason::other}) {
    EXPECT_EQ(parse_return_reason(to_string(r)), r);
  }
  EXPECT_FALSE(parse_referral_state("accepted"));
}

}  // namespace
}  // namespace samordna::core
