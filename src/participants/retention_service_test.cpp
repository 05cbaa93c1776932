// RetentionService in memory: identities and joint plans are removed the day after the förbund's retention
// period since the last activity ends, never while a participation runs or a referral waits; the pseudonymous
// counts stay, each removal is audited, and a dry run writes nothing.
#include "participants/retention_service.hpp"

#include <gtest/gtest.h>

#include "kernel/testing/results.hpp"
#include "participants/testing/world.hpp"

namespace samordna::core {
namespace {

using testing::code_of;
using testing::day;
using W = testing::ParticipantsWorld;

class RetentionServiceTest : public ::testing::Test {
 protected:
  testing::ParticipantsWorld w;
  RetentionService service{w.associations, w.persons, w.vault, w.transactions, w.audit};
  Actor system{0, "system", ""};

  std::int64_t person(std::int64_t association_id, const std::string& personnummer, const std::string& name) {
    Person p;
    p.association_id = association_id;
    p.person_key = w.vault.pseudonym(association_id, personnummer);
    p.birth_year = 1990;
    p.kommun_code = "1489";
    p.masked = personnummer.substr(0, 8) + "-****";
    p.sealed_identity = w.vault.seal(encode_identity({personnummer, name}));
    return w.persons.add_person(p);
  }
  std::int64_t took_part(std::int64_t person_id, std::int64_t insats, const char* from, std::optional<const char*> to) {
    Participation p;
    p.association_id = W::kInsjoriket;
    p.insats_id = insats;
    p.person_id = person_id;
    p.started_on = day(from);
    p.start_year = p.started_on.year();
    if (to) {
      p.ended_on = day(*to);
      p.exit_reason = ExitReason::completed;
    }
    return w.participations.add_participation(p);
  }
  void plan_for(std::int64_t person_id) {
    JointPlan plan;
    plan.association_id = W::kInsjoriket;
    plan.person_id = person_id;
    plan.needs = w.vault.seal("Behov");
    plan.overall_member_id = W::kAlingsas;
    w.participations.save_plan(plan, 0);
  }
  std::int64_t referral(std::int64_t person_id, ReferralState state, std::optional<const char*> decided) {
    Referral r;
    r.association_id = W::kInsjoriket;
    r.insats_id = w.ist;
    r.person_id = person_id;
    r.referred_on = day("2024-01-10");
    const auto id = w.referrals.add_referral(r, w.vault.seal("Skäl"));
    r = *w.referrals.find_referral(id);
    r.state = state;
    if (decided) r.decided_on = day(*decided);
    w.referrals.set_state(r, 1);
    return id;
  }
  bool identity_kept(std::int64_t person_id) { return w.persons.find_person(person_id)->sealed_identity.has_value(); }
};

TEST_F(RetentionServiceTest, RemovesTheIdentityAndPlanTheDayAfterTwoYearsAndKeepsTheCounts) {
  const auto due = person(W::kInsjoriket, "199001012385", "Anna Andersson");
  const auto participation = took_part(due, w.balder, "2024-01-15", "2024-11-21");
  plan_for(due);
  const auto reason = referral(due, ReferralState::started, "2024-01-15");
  const auto tomorrow = person(W::kInsjoriket, "198506152472", "Bertil Berg");
  took_part(tomorrow, w.balder, "2024-01-15", "2024-11-22");

  auto report = service.run(system, W::kInsjoriket, day("2026-11-22"));
  ASSERT_TRUE(report) << code_of(report);
  EXPECT_EQ(report->checked, 2);
  EXPECT_EQ(report->removed, 1);

  auto removed = *w.persons.find_person(due);
  EXPECT_FALSE(removed.sealed_identity);
  EXPECT_EQ(removed.masked, "");
  EXPECT_NE(removed.person_key, w.vault.pseudonym(W::kInsjoriket, "199001012385"));
  EXPECT_EQ(removed.birth_year, 1990);  // the pseudonymous statistics stay
  EXPECT_FALSE(w.participations.find_plan(due));
  EXPECT_EQ(w.referrals.sealed_reason(reason), "");
  EXPECT_EQ(w.participations.find_participation(participation)->person_id, due);
  EXPECT_TRUE(identity_kept(tomorrow));

  ASSERT_EQ(w.events.events.size(), 1U);
  const auto& e = w.events.events[0];
  EXPECT_EQ(e.action, "delete");
  EXPECT_EQ(e.entity_id, std::to_string(due));
  bool retention = false;
  for (const auto& f : e.fields) retention |= f.name == "reason" && f.value == "retention";
  EXPECT_TRUE(retention);

  // Nothing is left to remove the next day but the person due then.
  auto next = service.run(system, W::kInsjoriket, day("2026-11-23"));
  ASSERT_TRUE(next);
  EXPECT_EQ(next->removed, 1);
  EXPECT_FALSE(identity_kept(tomorrow));
  EXPECT_EQ(w.events.events.size(), 2U);
}

TEST_F(RetentionServiceTest, KeepsPeopleWithARunningParticipationOrAWaitingReferral) {
  const auto running = person(W::kInsjoriket, "199001012385", "Anna Andersson");
  took_part(running, w.balder, "2020-01-15", "2020-06-30");
  took_part(running, w.ist, "2021-01-15", std::nullopt);
  const auto waiting = person(W::kInsjoriket, "198506152472", "Bertil Berg");
  took_part(waiting, w.balder, "2020-01-15", "2020-06-30");
  referral(waiting, ReferralState::queued, std::nullopt);
  const auto returned = person(W::kInsjoriket, "199503201239", "Curt Carlsson");
  referral(returned, ReferralState::returned, "2024-02-01");

  auto report = service.run(system, W::kInsjoriket, day("2026-11-22"));
  ASSERT_TRUE(report);
  EXPECT_EQ(report->checked, 3);
  EXPECT_EQ(report->removed, 1);
  EXPECT_TRUE(identity_kept(running));
  EXPECT_TRUE(identity_kept(waiting));
  EXPECT_FALSE(identity_kept(returned));
}

TEST_F(RetentionServiceTest, FollowsTheForbundsOwnRetentionPeriod) {
  auto insjoriket = *w.associations.find_association(W::kInsjoriket);
  insjoriket.retention_years = 5;
  ASSERT_TRUE(w.associations.update_association(insjoriket, insjoriket.version));
  const auto p = person(W::kInsjoriket, "199001012385", "Anna Andersson");
  took_part(p, w.balder, "2020-01-15", "2022-06-30");
  EXPECT_EQ(service.run(system, W::kInsjoriket, day("2026-11-22"))->removed, 0);
  EXPECT_EQ(service.run(system, W::kInsjoriket, day("2027-07-01"))->removed, 1);
  EXPECT_FALSE(identity_kept(p));
}

TEST_F(RetentionServiceTest, ADryRunCountsWithoutRemovingOrAuditing) {
  const auto p = person(W::kInsjoriket, "199001012385", "Anna Andersson");
  took_part(p, w.balder, "2020-01-15", "2020-06-30");
  auto report = service.run(system, W::kInsjoriket, day("2026-11-22"), true);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->removed, 1);
  EXPECT_TRUE(identity_kept(p));
  EXPECT_TRUE(w.events.events.empty());
}

TEST_F(RetentionServiceTest, WorksOnOneForbundAndNeverRemovesTwice) {
  const auto here = person(W::kInsjoriket, "199001012385", "Anna Andersson");
  took_part(here, w.balder, "2020-01-15", "2020-06-30");
  const auto there = person(W::kLerum, "199001012385", "Anna Andersson");
  Participation l;
  l.association_id = W::kLerum;
  l.insats_id = w.lerum_insats;
  l.person_id = there;
  l.started_on = day("2020-01-15");
  l.ended_on = day("2020-06-30");
  w.participations.add_participation(l);

  EXPECT_EQ(service.run(system, W::kInsjoriket, day("2026-11-22"))->removed, 1);
  EXPECT_TRUE(identity_kept(there));
  auto again = service.run(system, W::kInsjoriket, day("2026-11-22"));
  ASSERT_TRUE(again);
  EXPECT_EQ(again->checked, 1);
  EXPECT_EQ(again->removed, 0);
  EXPECT_EQ(w.events.events.size(), 1U);
  EXPECT_EQ(code_of(service.run(system, 99, day("2026-11-22"))), "not_found");
}

}  // namespace
}  // namespace samordna::core
