// ReferralService in memory: a referral that repeats an open referral or an ongoing participation of the person in
// the same insats is flagged by the check and needs confirmDuplicate; a remittent learns only of their own
// referrals, the insats's staff of every referral and participation in it.
#include <gtest/gtest.h>

#include "kernel/testing/results.hpp"
#include "participants/participant_service.hpp"
#include "participants/referral_service.hpp"
#include "participants/testing/world.hpp"

namespace samordna::core {
namespace {

using testing::day;
using testing::field_code_of;
using testing::field_of;
using W = testing::ParticipantsWorld;

class ReferralDuplicatesTest : public ::testing::Test {
 protected:
  testing::ParticipantsWorld w;
  ReferralService service{w.insatser, w.associations, w.persons,      w.referrals, w.participations,
                          w.vault,    w.agreements,   w.transactions, w.audit,     w.clock};
  ParticipantService participants{w.insatser,   w.associations, w.persons, w.referrals, w.participations, w.vault,
                                  w.agreements, w.transactions, w.audit,   w.events,    w.clock};
  Actor remittent{20, "remittent", "10.0.0.1"};
  Actor other_remittent{21, "remittent2", "10.0.0.3"};
  Actor worker{30, "deltagaransvarig", "10.0.0.2"};
  PersonalScope own{{}, 20};
  PersonalScope others_own{{}, 21};
  PersonalScope balder_staff;

  void SetUp() override { balder_staff.insatser = {w.balder}; }

  ReferralInput input(std::int64_t insats = 0, const char* on = "2026-11-02") {
    ReferralInput in;
    in.association_id = W::kInsjoriket;
    in.insats_id = insats == 0 ? w.balder : insats;
    in.referring_member_id = W::kFk;
    in.referred_on = day(on);
    in.personnummer = testing::kAnna;
    in.name = "Anna Andersson";
    in.kommun_code = "1489";
    in.target_group_id = w.group;
    in.reason = "Behöver stöd";
    return in;
  }
  static std::string kinds(const Result<Eligibility>& e) {
    std::string out;
    if (!e) return "error";
    for (const auto& d : e->duplicates) out += (out.empty() ? "" : ",") + d.kind + "@" + d.since.iso();
    return out;
  }
};

TEST_F(ReferralDuplicatesTest, AnOpenReferralIsFlaggedAndASecondNeedsConfirmation) {
  EXPECT_EQ(kinds(service.check(input(), own)), "");
  ASSERT_TRUE(service.create(remittent, input(0, "2026-11-01"), own));
  EXPECT_EQ(kinds(service.check(input(), own)), "referral@2026-11-01");
  auto again = service.create(remittent, input(), own);
  EXPECT_EQ(field_of(again), "duplicate");
  EXPECT_EQ(field_code_of(again), "open_referral");
  EXPECT_EQ(w.referrals.referrals.size(), 1U);  // nothing written
  auto confirmed = input();
  confirmed.confirm_duplicate = true;
  EXPECT_TRUE(service.create(remittent, confirmed, own));
  // Another insats is not a duplicate.
  EXPECT_EQ(kinds(service.check(input(w.ist), own)), "");
}

TEST_F(ReferralDuplicatesTest, ARemittentLearnsOnlyOfTheirOwnReferralsAndOfNoParticipation) {
  ASSERT_TRUE(service.create(remittent, input(0, "2026-11-01"), own));
  // Another remittent is not told that someone else has referred the person.
  EXPECT_EQ(kinds(service.check(input(), others_own)), "");
  EXPECT_TRUE(service.create(other_remittent, input(), others_own));
  // The insats's staff see both referrals.
  EXPECT_EQ(kinds(service.check(input(), balder_staff)), "referral@2026-11-01,referral@2026-11-02");
  // An empty scope (the demo, imports) sees nothing.
  EXPECT_EQ(kinds(service.check(input(), {})), "");
}

TEST_F(ReferralDuplicatesTest, AnOngoingParticipationIsShownToTheInsatsStaffOnly) {
  auto r = service.create(remittent, input(0, "2026-10-01"), own);
  ASSERT_TRUE(r);
  auto p = participants.start(worker, balder_staff, W::kInsjoriket, r->id, {day("2026-10-05"), {}, {}}, r->version);
  ASSERT_TRUE(p) << field_of(p);
  // Without consent the participation is anonymous: nothing links it to the person.
  EXPECT_EQ(kinds(service.check(input(), balder_staff)), "");

  auto r2 = service.create(remittent, input(w.ist, "2026-10-01"), own);
  ASSERT_TRUE(r2);
  PersonalScope ist_staff;
  ist_staff.insatser = {w.ist};
  Consent c;
  c.purpose = ConsentPurpose::follow_up;
  c.given_on = day("2026-10-05");
  c.form_reference = "Samtycke 1";
  ASSERT_TRUE(participants.start(worker, ist_staff, W::kInsjoriket, r2->id, {day("2026-10-05"), c, {}}, r2->version));
  EXPECT_EQ(kinds(service.check(input(w.ist), ist_staff)), "participation@2026-10-05");
  EXPECT_EQ(field_code_of(service.create(worker, input(w.ist), ist_staff)), "participating");
  EXPECT_EQ(kinds(service.check(input(w.ist), own)), "");  // the remittent is not told
  auto protected_input = input(w.ist);
  protected_input.protected_identity = true;
  EXPECT_EQ(kinds(service.check(protected_input, ist_staff)), "");
}

}  // namespace
}  // namespace samordna::core
