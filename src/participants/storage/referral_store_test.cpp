#include "participants/storage/referral_store.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <unordered_map>

#include "participants/storage/participation_store.hpp"
#include "platform/database/testing/test_database.hpp"

namespace samordna::storage {
namespace {

using core::ReferralState;

core::CivilDate date(std::string_view iso) { return *core::CivilDate::parse(iso); }

class ReferralStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Förbund, members, target groups and insatser as rows.
    auto& db = file_.db();
    db.execute(
        "INSERT INTO association (id, name, org_number, seat, formed_on) VALUES (1, 'F', '1', 'A', '2006-07-01'), "
        "(2, 'G', '2', 'B', '2006-07-01')");
    db.execute(
        "INSERT INTO member (id, association_id, name, party_kind, joined_on) VALUES (10, 1, 'FK', 'fk', "
        "'2006-07-01'), (11, 1, 'Lerum', 'kommun', '2006-07-01'), (20, 2, 'FK', 'fk', '2006-07-01')");
    db.execute("INSERT INTO target_group (id, association_id, name) VALUES (5, 1, 'Unga'), (6, 2, 'Unga')");
    db.execute(
        "INSERT INTO insats (id, association_id, name, description, kind, min_age, max_age, referral_required, "
        "lead_member_id, capacity, starts_on) VALUES (100, 1, 'Balder', '', 'individual', 16, 64, 1, 11, 10, "
        "'2026-01-01'), (101, 1, 'Team', '', 'individual', 16, 64, 1, 10, 10, '2026-01-01'), (200, 2, 'Annat', '', "
        "'individual', 16, 64, 1, 20, 10, '2026-01-01')");
  }

  static core::Person person(std::int64_t association, std::string key) {
    core::Person p;
    p.association_id = association;
    p.person_key = std::move(key);
    p.gender = core::Gender::man;
    p.birth_year = 1990;
    p.kommun_code = "1441";
    p.masked = "19900514-****";
    p.sealed_identity = "sealed(Sven Svensson)";
    return p;
  }

  static core::Referral referral(std::int64_t insats, std::int64_t person, std::int64_t referrer, std::string_view on) {
    core::Referral r;
    r.association_id = insats >= 200 ? 2 : 1;
    r.insats_id = insats;
    r.person_id = person;
    r.referring_member_id = insats >= 200 ? 20 : 10;
    r.referrer_user_id = referrer;
    r.referred_on = date(on);
    r.target_group_id = insats >= 200 ? 6 : 5;
    return r;
  }

  std::vector<std::int64_t> ids(const core::ReferralFilter& f) {
    std::vector<std::int64_t> out;
    for (const auto& r : store_.find_referrals(f)) out.push_back(r.id);
    return out;
  }

  testing::TestDatabase file_;
  ReferralStore store_{file_.db()};
};

TEST_F(ReferralStoreTest, ReferralRoundTripWithItsSealedReason) {
  auto p = store_.add_person(person(1, "key-1"));
  auto r = referral(100, p, 7, "2026-02-03");
  r.priority = 2;
  r.eligibility_problems = {"age", "kommun"};
  r.eligibility_overridden = true;
  auto id = store_.add_referral(r, "sealed(reason)");
  auto found = store_.find_referral(id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, id);
  EXPECT_EQ(found->association_id, 1);
  EXPECT_EQ(found->insats_id, 100);
  EXPECT_EQ(found->person_id, p);
  EXPECT_EQ(found->referring_member_id, 10);
  EXPECT_EQ(found->referrer_user_id, 7);
  EXPECT_EQ(found->referred_on, date("2026-02-03"));
  EXPECT_EQ(found->target_group_id, 5);
  EXPECT_EQ(found->priority, 2);
  EXPECT_EQ(found->state, ReferralState::received);
  EXPECT_FALSE(found->return_reason);
  EXPECT_EQ(found->eligibility_problems, (std::vector<std::string>{"age", "kommun"}));
  EXPECT_TRUE(found->eligibility_overridden);
  EXPECT_FALSE(found->decided_on);
  EXPECT_EQ(found->version, 1);
  EXPECT_EQ(store_.sealed_reason(id), "sealed(reason)");
  EXPECT_FALSE(store_.find_referral(id + 1));
  EXPECT_FALSE(store_.sealed_reason(id + 1));
}

TEST_F(ReferralStoreTest, AnAnonymousReferralHasNoPerson) {
  auto id = store_.add_referral(referral(100, 0, 7, "2026-02-03"), "");
  auto found = *store_.find_referral(id);
  EXPECT_EQ(found.person_id, 0);
  EXPECT_TRUE(found.eligibility_problems.empty());
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM referral WHERE person_id IS NULL"), 1);
}

TEST_F(ReferralStoreTest, SetStateIsGuardedByVersion) {
  auto id = store_.add_referral(referral(100, 0, 7, "2026-02-03"), "r");
  auto r = *store_.find_referral(id);
  r.state = ReferralState::returned;
  r.return_reason = core::ReturnReason::not_eligible;
  r.decided_on = date("2026-02-10");
  r.person_id = store_.add_person(person(1, "key-1"));
  EXPECT_FALSE(store_.set_state(r, 2));  // stale: nothing written
  EXPECT_EQ(store_.find_referral(id)->state, ReferralState::received);
  EXPECT_TRUE(store_.set_state(r, 1));
  auto found = *store_.find_referral(id);
  EXPECT_EQ(found.state, ReferralState::returned);
  EXPECT_EQ(found.return_reason, core::ReturnReason::not_eligible);
  EXPECT_EQ(found.decided_on, date("2026-02-10"));
  EXPECT_EQ(found.person_id, r.person_id);
  EXPECT_EQ(found.version, 2);
  EXPECT_FALSE(store_.set_state(r, 1));  // the same writer again: stale now
}

TEST_F(ReferralStoreTest, EventsInOrderOfRecording) {
  auto id = store_.add_referral(referral(100, 0, 7, "2026-02-03"), "r");
  auto other = store_.add_referral(referral(100, 0, 7, "2026-02-03"), "r");
  store_.add_event({0, id, 100, 7, ReferralState::received, ReferralState::queued, std::nullopt});
  store_.add_event({0, other, 150, 7, ReferralState::received, ReferralState::withdrawn, std::nullopt});
  store_.add_event({0, id, 200, 8, ReferralState::queued, ReferralState::returned, core::ReturnReason::no_contact});
  auto events = store_.events(id);
  ASSERT_EQ(events.size(), 2U);
  EXPECT_EQ(events[0].referral_id, id);
  EXPECT_EQ(events[0].at, 100);
  EXPECT_EQ(events[0].user_id, 7);
  EXPECT_EQ(events[0].from, ReferralState::received);
  EXPECT_EQ(events[0].to, ReferralState::queued);
  EXPECT_FALSE(events[0].reason);
  EXPECT_EQ(events[1].at, 200);
  EXPECT_EQ(events[1].to, ReferralState::returned);
  EXPECT_EQ(events[1].reason, core::ReturnReason::no_contact);
  EXPECT_LT(events[0].id, events[1].id);
  EXPECT_EQ(store_.events(other).size(), 1U);
  EXPECT_TRUE(store_.events(other + 1).empty());
}

TEST_F(ReferralStoreTest, FiltersByForbundInsatsPersonAndStateInDateOrder) {
  auto anna = store_.add_person(person(1, "anna"));
  auto bo = store_.add_person(person(1, "bo"));
  auto late = store_.add_referral(referral(100, anna, 7, "2026-03-01"), "");
  auto early = store_.add_referral(referral(101, bo, 8, "2026-01-15"), "");
  auto same_day = store_.add_referral(referral(100, bo, 7, "2026-03-01"), "");
  store_.add_referral(referral(200, 0, 7, "2026-01-01"), "");
  auto queued = *store_.find_referral(early);
  queued.state = ReferralState::queued;
  ASSERT_TRUE(store_.set_state(queued, 1));

  core::ReferralFilter f;
  f.association_id = 1;
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{early, late, same_day}));
  f.insats_id = 100;
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{late, same_day}));
  f.person_id = bo;
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{same_day}));

  core::ReferralFilter states;
  states.association_id = 1;
  states.states = {ReferralState::queued, ReferralState::started};
  EXPECT_EQ(ids(states), (std::vector<std::int64_t>{early}));
  states.states = {ReferralState::received};
  EXPECT_EQ(ids(states), (std::vector<std::int64_t>{late, same_day}));

  core::ReferralFilter other;
  other.association_id = 2;
  EXPECT_EQ(ids(other).size(), 1U);
}

TEST_F(ReferralStoreTest, TheScopeIsItsInsatserOrItsOwnReferrals) {
  auto a = store_.add_referral(referral(100, 0, 7, "2026-01-01"), "");
  auto b = store_.add_referral(referral(101, 0, 8, "2026-01-02"), "");
  auto c = store_.add_referral(referral(101, 0, 7, "2026-01-03"), "");

  core::ReferralFilter staff;  // a deltagaransvarig working in Balder
  staff.association_id = 1;
  staff.insatser = std::vector<std::int64_t>{100};
  EXPECT_EQ(ids(staff), (std::vector<std::int64_t>{a}));

  core::ReferralFilter remittent;  // a remittent sees the referrals they sent
  remittent.association_id = 1;
  remittent.referrer_user_id = 7;
  EXPECT_EQ(ids(remittent), (std::vector<std::int64_t>{a, c}));

  core::ReferralFilter both;  // both: the union
  both.association_id = 1;
  both.insatser = std::vector<std::int64_t>{101};
  both.referrer_user_id = 7;
  EXPECT_EQ(ids(both), (std::vector<std::int64_t>{a, b, c}));

  core::ReferralFilter none;  // an empty scope sees nothing
  none.association_id = 1;
  none.insatser = std::vector<std::int64_t>{};
  EXPECT_TRUE(ids(none).empty());

  core::ReferralFilter scoped_and_filtered;  // the scope narrows the other filters, never widens them
  scoped_and_filtered.association_id = 1;
  scoped_and_filtered.insats_id = 100;
  scoped_and_filtered.referrer_user_id = 8;
  EXPECT_TRUE(ids(scoped_and_filtered).empty());
  scoped_and_filtered.states = {ReferralState::received};
  scoped_and_filtered.insats_id = 101;
  EXPECT_EQ(ids(scoped_and_filtered), (std::vector<std::int64_t>{b}));
}

TEST_F(ReferralStoreTest, WaitingDaysOfReferralsStartedInThePeriod) {
  auto start = [&](std::int64_t insats, std::string_view referred, std::string_view decided, ReferralState state) {
    auto id = store_.add_referral(referral(insats, 0, 7, referred), "");
    auto r = *store_.find_referral(id);
    r.state = state;
    r.decided_on = date(decided);
    EXPECT_TRUE(store_.set_state(r, 1));
  };
  start(100, "2026-01-01", "2026-01-11", ReferralState::started);   // 10 days
  start(100, "2026-01-20", "2026-03-31", ReferralState::started);   // 70 days, the last day of the period
  start(100, "2026-01-01", "2026-01-05", ReferralState::returned);  // not started
  start(100, "2025-12-01", "2025-12-31", ReferralState::started);   // before the period
  start(101, "2026-01-01", "2026-02-01", ReferralState::started);   // another insats
  store_.add_referral(referral(100, 0, 7, "2026-01-02"), "");       // still waiting
  auto days = store_.waiting_days(100, date("2026-01-01"), date("2026-03-31"));
  std::sort(days.begin(), days.end());
  EXPECT_EQ(days, (std::vector<int>{10, 70}));
  EXPECT_TRUE(store_.waiting_days(100, date("2026-04-01"), date("2026-12-31")).empty());
}

TEST_F(ReferralStoreTest, PersonRoundTripByIdAndByKeyPerForbund) {
  auto p = person(1, "key-1");
  p.gender = core::Gender::woman;
  auto id = store_.add_person(p);
  auto found = store_.find_person(id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, id);
  EXPECT_EQ(found->association_id, 1);
  EXPECT_EQ(found->person_key, "key-1");
  EXPECT_EQ(found->gender, core::Gender::woman);
  EXPECT_EQ(found->birth_year, 1990);
  EXPECT_EQ(found->kommun_code, "1441");
  EXPECT_EQ(found->masked, "19900514-****");
  EXPECT_EQ(found->sealed_identity, "sealed(Sven Svensson)");
  EXPECT_FALSE(found->restricted);
  EXPECT_EQ(store_.find_person_by_key(1, "key-1")->id, id);
  EXPECT_FALSE(store_.find_person_by_key(2, "key-1"));  // keys are per förbund
  EXPECT_FALSE(store_.find_person(id + 1));
  auto elsewhere = store_.add_person(person(2, "key-1"));
  EXPECT_EQ(store_.find_person_by_key(2, "key-1")->id, elsewhere);
  EXPECT_THROW(store_.add_person(person(1, "key-1")), ConstraintError);
  // All of a förbund's at once (an import of many rows reads them once).
  auto second = store_.add_person(person(1, "key-2"));
  EXPECT_EQ(store_.person_ids_by_key(1),
            (std::unordered_map<std::string, std::int64_t>{{"key-1", id}, {"key-2", second}}));
  EXPECT_EQ(store_.person_ids_by_key(2), (std::unordered_map<std::string, std::int64_t>{{"key-1", elsewhere}}));
  EXPECT_TRUE(store_.person_ids_by_key(3).empty());
}

TEST_F(ReferralStoreTest, KommunRestrictionAndSealedIdentityAreSet) {
  auto id = store_.add_person(person(1, "key-1"));
  store_.set_kommun(id, "1489");
  store_.set_restricted(id, true);
  store_.set_sealed_identity(id, std::nullopt);
  auto found = *store_.find_person(id);
  EXPECT_EQ(found.kommun_code, "1489");
  EXPECT_TRUE(found.restricted);
  EXPECT_FALSE(found.sealed_identity);
  store_.set_restricted(id, false);
  store_.set_sealed_identity(id, "sealed(new)");
  found = *store_.find_person(id);
  EXPECT_FALSE(found.restricted);
  EXPECT_EQ(found.sealed_identity, "sealed(new)");
}

// A person with a referral, a participation with follow-up data, a consent and a joint plan.
class PersonRemovalTest : public ReferralStoreTest {
 protected:
  void SetUp() override {
    ReferralStoreTest::SetUp();
    person_ = store_.add_person(person(1, "key-1"));
    other_ = store_.add_person(person(1, "key-2"));
    referral_ = store_.add_referral(referral(100, person_, 7, "2026-01-01"), "sealed(reason)");
    other_referral_ = store_.add_referral(referral(100, other_, 7, "2026-01-01"), "sealed(other)");
    store_.set_return_note(referral_, "sealed(note)");
    store_.set_return_note(other_referral_, "sealed(other note)");
    core::Participation p;
    p.association_id = 1;
    p.insats_id = 100;
    p.person_id = person_;
    p.referral_id = referral_;
    p.gender = core::Gender::man;
    p.start_year = 2026;
    p.started_on = date("2026-01-10");
    p.at_start = core::StatusSnapshot{
        {core::SupportSource::sjukpenning}, 6, core::EducationLevel::upper_secondary, core::Occupation::other, 0};
    participation_ = participations_.add_participation(p);
    correction_ = participations_.add_correction({0, participation_, date("2026-02-01"), "sealed(correction)"});
    participations_.add_consent({0, participation_, core::ConsentPurpose::follow_up, std::nullopt, date("2026-01-10"),
                                 "Blankett 1", std::nullopt});
    core::JointPlan plan;
    plan.association_id = 1;
    plan.person_id = person_;
    plan.needs = "sealed(needs)";
    plan.overall_member_id = 10;
    plan.actions = {{0, "sealed(action)", 11, std::nullopt, std::nullopt}};
    ASSERT_TRUE(participations_.save_plan(plan, 0));
    core::JointPlan other_plan = plan;
    other_plan.person_id = other_;
    ASSERT_TRUE(participations_.save_plan(other_plan, 0));
  }

  ParticipationStore participations_{file_.db()};
  std::int64_t person_ = 0;
  std::int64_t other_ = 0;
  std::int64_t referral_ = 0;
  std::int64_t other_referral_ = 0;
  std::int64_t participation_ = 0;
  std::int64_t correction_ = 0;
};

TEST_F(PersonRemovalTest, RemovingAPersonKeepsTheCountsUnlinked) {
  store_.remove_person(person_);
  EXPECT_FALSE(store_.find_person(person_));
  EXPECT_FALSE(store_.find_person_by_key(1, "key-1"));
  EXPECT_FALSE(participations_.find_plan(person_));
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM joint_plan_action"), 1);  // the other person's

  auto participation = participations_.find_participation(participation_);
  ASSERT_TRUE(participation);              // still counted …
  EXPECT_FALSE(participation->person_id);  // … unlinked
  EXPECT_EQ(participation->started_on, date("2026-01-10"));
  EXPECT_FALSE(participation->at_start);  // the follow-up data was about the person
  EXPECT_EQ(participations_.count_active(100, date("2026-02-01")), 1);
  auto referral = store_.find_referral(referral_);
  ASSERT_TRUE(referral);
  EXPECT_EQ(referral->person_id, 0);
  EXPECT_EQ(referral->insats_id, 100);
  core::ReferralFilter of_person;
  of_person.association_id = 1;
  of_person.person_id = person_;
  EXPECT_TRUE(store_.find_referrals(of_person).empty());

  // The other person is untouched.
  EXPECT_TRUE(participations_.find_plan(other_));
  EXPECT_EQ(store_.find_referral(other_referral_)->person_id, other_);
  EXPECT_EQ(store_.sealed_reason(other_referral_), "sealed(other)");
  // The free texts about the person go with the link (protected identity).
  EXPECT_EQ(store_.sealed_reason(referral_), "");
  EXPECT_EQ(store_.sealed_return_note(referral_), "");
  EXPECT_EQ(store_.sealed_return_note(other_referral_), "sealed(other note)");
  // A correction's reason too; the correction's row (its day) stays for the audit event naming it.
  const auto corrections = participations_.corrections(participation_);
  ASSERT_EQ(corrections.size(), 1U);
  EXPECT_EQ(corrections[0].id, correction_);
  EXPECT_EQ(corrections[0].corrected_on, date("2026-02-01"));
  EXPECT_EQ(corrections[0].reason, "");
}

TEST_F(PersonRemovalTest, RemovingTheIdentityKeepsThePseudonymousRow) {
  store_.remove_identity_and_plan(person_, "random-unlinked");
  auto p = store_.find_person(person_);
  ASSERT_TRUE(p);  // the row stays: statistics count the person on its id
  EXPECT_FALSE(p->sealed_identity);
  EXPECT_EQ(p->masked, "");                     // the birth date is cut …
  EXPECT_EQ(p->birth_year, 1990);               // … to the year
  EXPECT_EQ(p->person_key, "random-unlinked");  // no link to the personnummer
  EXPECT_FALSE(store_.find_person_by_key(1, "key-1"));
  EXPECT_EQ(p->gender, core::Gender::man);
  EXPECT_EQ(p->kommun_code, "1441");
  EXPECT_EQ(file_.scalar("SELECT identity_removed FROM person WHERE id = $1", {person_}), 1);

  EXPECT_FALSE(participations_.find_plan(person_));
  EXPECT_EQ(store_.sealed_reason(referral_), "");
  EXPECT_EQ(store_.sealed_return_note(referral_), "");
  EXPECT_EQ(store_.sealed_return_note(other_referral_), "sealed(other note)");
  EXPECT_EQ(store_.find_referral(referral_)->person_id, person_);  // still linked by id
  EXPECT_EQ(participations_.participations_of_person(person_).size(), 1U);
  ASSERT_EQ(participations_.corrections(participation_).size(), 1U);
  EXPECT_EQ(participations_.corrections(participation_)[0].reason, "");  // free text about the person

  EXPECT_TRUE(participations_.find_plan(other_));
  EXPECT_EQ(store_.sealed_reason(other_referral_), "sealed(other)");
  EXPECT_EQ(store_.find_person(other_)->person_key, "key-2");
}

TEST_F(PersonRemovalTest, RetentionFactsPerPerson) {
  auto facts = store_.retention_facts(1);
  ASSERT_EQ(facts.size(), 2U);
  EXPECT_EQ(facts[0].person_id, person_);
  EXPECT_TRUE(facts[0].has_identity_or_plan);
  EXPECT_TRUE(facts[0].active);  // the participation runs and the referral waits
  EXPECT_FALSE(facts[0].last_activity);
  EXPECT_TRUE(store_.retention_facts(2).empty());

  // End the participation and decide the referral: the latest of the two is the last activity.
  auto p = *participations_.find_participation(participation_);
  p.ended_on = date("2026-05-31");
  p.exit_reason = core::ExitReason::completed;
  ASSERT_TRUE(participations_.save_participation(p, 1));
  auto r = *store_.find_referral(referral_);
  r.state = ReferralState::started;
  r.decided_on = date("2026-01-10");
  ASSERT_TRUE(store_.set_state(r, 1));
  facts = store_.retention_facts(1);
  EXPECT_FALSE(facts[0].active);
  EXPECT_EQ(facts[0].last_activity, date("2026-05-31"));

  // A referral decided later than the end counts instead.
  auto later = store_.add_referral(referral(101, person_, 7, "2026-06-01"), "");
  auto lr = *store_.find_referral(later);
  EXPECT_TRUE(store_.retention_facts(1)[0].active);  // it waits
  lr.state = ReferralState::withdrawn;
  lr.decided_on = date("2026-07-01");
  ASSERT_TRUE(store_.set_state(lr, 1));
  EXPECT_EQ(store_.retention_facts(1)[0].last_activity, date("2026-07-01"));

  // Once the identity and plan are removed there is nothing left to remove.
  store_.remove_identity_and_plan(person_, "random-unlinked");
  EXPECT_FALSE(store_.retention_facts(1)[0].has_identity_or_plan);
  // Until a correction made since leaves a reason (free text about the person) to remove again.
  participations_.add_correction({0, participation_, date("2026-08-01"), "sealed(later)"});
  EXPECT_TRUE(store_.retention_facts(1)[0].has_identity_or_plan);
  store_.remove_identity_and_plan(person_, "random-unlinked-2");
  EXPECT_FALSE(store_.retention_facts(1)[0].has_identity_or_plan);
}

TEST_F(PersonRemovalTest, APersonRemovedBeforeTheMarkIsDueAgain) {
  // Removed before migration 0010: identity and plan gone, the keyed hash left, identity_removed 0.
  store_.remove_identity_and_plan(person_, "random-unlinked");
  file_.db().execute("UPDATE person SET identity_removed = 0 WHERE id = $1", {person_});
  EXPECT_TRUE(store_.retention_facts(1)[0].has_identity_or_plan);
}

}  // namespace
}  // namespace samordna::storage
