// ParticipantService::take_responsibility in memory: "mine" is taken by someone who works in the insats, let go
// only by the one who has it, never on an ended participation; audited, and refusals write nothing.
#include <gtest/gtest.h>

#include "kernel/testing/results.hpp"
#include "participants/participant_service.hpp"
#include "participants/testing/world.hpp"

namespace samordna::core {
namespace {

using testing::code_of;
using testing::day;
using testing::field_code_of;
using W = testing::ParticipantsWorld;

class ParticipantResponsibilityTest : public ::testing::Test {
 protected:
  testing::ParticipantsWorld w;
  ParticipantService service{w.insatser,   w.associations, w.persons, w.referrals, w.participations, w.vault,
                             w.agreements, w.transactions, w.audit,   w.events,    w.clock};
  Actor worker{30, "deltagaransvarig", "10.0.0.2"};
  Actor colleague{31, "kollega", "10.0.0.3"};
  PersonalScope balder;
  std::int64_t id = 0;

  void SetUp() override {
    balder.insatser = {w.balder};
    w.insatser.set_insats_staff(w.balder, {30, 31});
    Participation p;
    p.association_id = W::kInsjoriket;
    p.insats_id = w.balder;
    p.started_on = day("2026-11-01");
    p.start_year = 2026;
    id = w.participations.add_participation(p);
  }
};

TEST_F(ParticipantResponsibilityTest, TakenByStaffLetGoByTheOneWhoHasIt) {
  auto taken = service.take_responsibility(worker, balder, W::kInsjoriket, id, true, 1);
  ASSERT_TRUE(taken) << code_of(taken);
  EXPECT_EQ(taken->responsible_user_id, 30);
  EXPECT_EQ(taken->version, 2);
  EXPECT_EQ(w.events.events.back().entity, "participation");
  EXPECT_EQ(field_code_of(service.take_responsibility(colleague, balder, W::kInsjoriket, id, false, 2)),
            "not_responsible");
  // A colleague may take it over.
  auto over = service.take_responsibility(colleague, balder, W::kInsjoriket, id, true, 2);
  ASSERT_TRUE(over);
  EXPECT_EQ(over->responsible_user_id, 31);
  auto released = service.take_responsibility(colleague, balder, W::kInsjoriket, id, false, 3);
  ASSERT_TRUE(released);
  EXPECT_FALSE(released->responsible_user_id);
}

TEST_F(ParticipantResponsibilityTest, RefusalsWriteNothing) {
  Actor outsider{40, "annan", "10.0.0.4"};
  EXPECT_EQ(field_code_of(service.take_responsibility(outsider, balder, W::kInsjoriket, id, true, 1)), "not_staff");
  EXPECT_EQ(code_of(service.take_responsibility(worker, balder, W::kInsjoriket, id, true, 7)), "version_conflict");
  PersonalScope elsewhere;
  elsewhere.insatser = {w.ist};
  EXPECT_EQ(code_of(service.take_responsibility(worker, elsewhere, W::kInsjoriket, id, true, 1)), "not_found");
  auto p = *w.participations.find_participation(id);
  p.ended_on = day("2026-11-20");
  p.exit_reason = ExitReason::work;
  ASSERT_TRUE(w.participations.save_participation(p, 1));
  EXPECT_EQ(field_code_of(service.take_responsibility(worker, balder, W::kInsjoriket, id, true, 2)), "already_ended");
  EXPECT_TRUE(w.events.events.empty());
  EXPECT_FALSE(w.participations.find_participation(id)->responsible_user_id);
}

TEST_F(ParticipantResponsibilityTest, AColleagueSetsWhoIsResponsibleAmongThoseWhoSeeTheInsats) {
  PersonalScope sees_balder;
  sees_balder.insatser = {w.balder};
  auto set = service.assign_responsibility(worker, balder, W::kInsjoriket, id, 31, sees_balder, 1);
  ASSERT_TRUE(set) << code_of(set);
  EXPECT_EQ(set->responsible_user_id, 31);
  EXPECT_EQ(w.events.events.back().actor.user_id, 30);  // audited as done by the one who set it
  // Set to someone else, or to no one, whoever had it.
  auto back = service.assign_responsibility(worker, balder, W::kInsjoriket, id, 30, sees_balder, 2);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->responsible_user_id, 30);
  auto none = service.assign_responsibility(colleague, balder, W::kInsjoriket, id, std::nullopt, PersonalScope{}, 3);
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->responsible_user_id);
  const auto events = w.events.events.size();

  // Responsibility grants nothing: not someone outside the insats's staff, nor staff without personal access
  // (an insatsansvarig, or a deltagaransvarig the controller has not confirmed).
  EXPECT_EQ(field_code_of(service.assign_responsibility(worker, balder, W::kInsjoriket, id, 40, sees_balder, 4)),
            "not_staff");
  EXPECT_EQ(field_code_of(service.assign_responsibility(worker, balder, W::kInsjoriket, id, 31, PersonalScope{}, 4)),
            "no_personal_access");
  EXPECT_EQ(code_of(service.assign_responsibility(worker, balder, W::kInsjoriket, id, 31, sees_balder, 3)),
            "version_conflict");
  PersonalScope elsewhere;
  elsewhere.insatser = {w.ist};
  EXPECT_EQ(code_of(service.assign_responsibility(worker, elsewhere, W::kInsjoriket, id, 31, sees_balder, 4)),
            "not_found");
  EXPECT_EQ(w.events.events.size(), events);
  EXPECT_FALSE(w.participations.find_participation(id)->responsible_user_id);
}

}  // namespace
}  // namespace samordna::core
