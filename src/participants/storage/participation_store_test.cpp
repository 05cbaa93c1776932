#include "participants/storage/participation_store.hpp"

#include <gtest/gtest.h>

#include "platform/database/testing/test_database.hpp"

namespace samordna::storage {
namespace {

core::CivilDate date(std::string_view iso) { return *core::CivilDate::parse(iso); }

class ParticipationStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Förbund, members, an insats and persons as rows.
    auto& db = file_.db();
    db.execute(
        "INSERT INTO association (id, name, org_number, seat, formed_on) VALUES (1, 'F', '1', 'A', '2006-07-01')");
    db.execute(
        "INSERT INTO member (id, association_id, name, party_kind, joined_on) VALUES (10, 1, 'FK', 'fk', "
        "'2006-07-01'), (11, 1, 'Lerum', 'kommun', '2006-07-01')");
    db.execute(
        "INSERT INTO insats (id, association_id, name, description, kind, min_age, max_age, referral_required, "
        "lead_member_id, capacity, starts_on) VALUES (100, 1, 'Balder', '', 'individual', 16, 64, 1, 11, 10, "
        "'2026-01-01'), (101, 1, 'Team', '', 'individual', 16, 64, 1, 10, 10, '2026-01-01')");
    db.execute(
        "INSERT INTO person (id, association_id, person_key, gender, birth_year, kommun_code, masked) VALUES "
        "(1, 1, 'k1', 'woman', 1990, '1441', ''), (2, 1, 'k2', 'man', 1985, '1441', '')");
  }

  static core::Participation participation(std::int64_t insats, std::optional<std::int64_t> person,
                                           std::string_view started, std::optional<std::string_view> ended = {}) {
    core::Participation p;
    p.association_id = 1;
    p.insats_id = insats;
    p.person_id = person;
    p.gender = core::Gender::woman;
    p.started_on = date(started);
    p.start_year = p.started_on.year();
    if (ended) p.ended_on = date(*ended);
    return p;
  }

  testing::TestDatabase file_;
  ParticipationStore store_{file_.db()};
};

TEST_F(ParticipationStoreTest, ParticipationRoundTripWithFollowUpData) {
  auto p = participation(100, 1, "2026-02-01", "2026-06-30");
  p.gender = core::Gender::man;
  p.exit_reason = core::ExitReason::work;
  p.at_start = core::StatusSnapshot{{core::SupportSource::forsorjningsstod, core::SupportSource::a_kassa},
                                    18,
                                    core::EducationLevel::pre_upper_secondary,
                                    core::Occupation::job_seeking,
                                    0};
  p.at_end = core::StatusSnapshot{
      {core::SupportSource::none}, std::nullopt, core::EducationLevel::upper_secondary, core::Occupation::work, 75};
  auto id = store_.add_participation(p);
  auto found = store_.find_participation(id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, id);
  EXPECT_EQ(found->association_id, 1);
  EXPECT_EQ(found->insats_id, 100);
  EXPECT_EQ(found->person_id, 1);
  EXPECT_FALSE(found->referral_id);
  EXPECT_EQ(found->gender, core::Gender::man);
  EXPECT_EQ(found->start_year, 2026);
  EXPECT_EQ(found->started_on, date("2026-02-01"));
  EXPECT_EQ(found->ended_on, date("2026-06-30"));
  EXPECT_EQ(found->exit_reason, core::ExitReason::work);
  EXPECT_EQ(found->version, 1);
  ASSERT_TRUE(found->at_start);
  EXPECT_EQ(found->at_start->support,
            (std::vector<core::SupportSource>{core::SupportSource::forsorjningsstod, core::SupportSource::a_kassa}));
  EXPECT_EQ(found->at_start->months_on_support, 18);
  EXPECT_EQ(found->at_start->education, core::EducationLevel::pre_upper_secondary);
  EXPECT_EQ(found->at_start->occupation, core::Occupation::job_seeking);
  EXPECT_EQ(found->at_start->extent_percent, 0);
  ASSERT_TRUE(found->at_end);
  EXPECT_EQ(found->at_end->support, std::vector<core::SupportSource>{core::SupportSource::none});
  EXPECT_FALSE(found->at_end->months_on_support);
  EXPECT_EQ(found->at_end->occupation, core::Occupation::work);
  EXPECT_EQ(found->at_end->extent_percent, 75);
  EXPECT_FALSE(store_.find_participation(id + 1));
}

TEST_F(ParticipationStoreTest, AnAnonymousParticipationWithoutFollowUpData) {
  auto found = *store_.find_participation(store_.add_participation(participation(100, std::nullopt, "2026-02-01")));
  EXPECT_FALSE(found.person_id);
  EXPECT_FALSE(found.referral_id);
  EXPECT_FALSE(found.ended_on);
  EXPECT_FALSE(found.exit_reason);
  EXPECT_FALSE(found.at_start);
  EXPECT_FALSE(found.at_end);
}

TEST_F(ParticipationStoreTest, CorrectionsKeepTheirSealedReasonsInOrder) {
  const auto one = store_.add_participation(participation(100, std::nullopt, "2026-02-01"));
  const auto two = store_.add_participation(participation(100, std::nullopt, "2026-02-02"));
  const auto first = store_.add_correction({0, one, date("2026-03-01"), "sealed(first)"});
  store_.add_correction({0, two, date("2026-03-02"), "sealed(other)"});
  const auto second = store_.add_correction({0, one, date("2026-03-03"), "sealed(second)"});
  const auto notes = store_.corrections(one);
  ASSERT_EQ(notes.size(), 2U);
  EXPECT_EQ(notes[0].id, first);
  EXPECT_EQ(notes[0].participation_id, one);
  EXPECT_EQ(notes[0].corrected_on, date("2026-03-01"));
  EXPECT_EQ(notes[0].reason, "sealed(first)");
  EXPECT_EQ(notes[1].id, second);
  EXPECT_EQ(notes[1].reason, "sealed(second)");
  EXPECT_TRUE(store_.corrections(one + two + 100).empty());
}

TEST_F(ParticipationStoreTest, AParticipationIsWrittenWholeOrNotAtAll) {
  auto p = participation(100, 1, "2026-02-01");
  p.at_start = core::StatusSnapshot{{}, std::nullopt, core::EducationLevel::unknown, core::Occupation::other, 101};
  EXPECT_THROW(store_.add_participation(p), ConstraintError);
  EXPECT_TRUE(store_.participations_of_person(1).empty());
}

TEST_F(ParticipationStoreTest, ParticipationsOfAPersonByStart) {
  auto later = store_.add_participation(participation(100, 1, "2026-03-01"));
  auto earlier = store_.add_participation(participation(101, 1, "2026-01-15", "2026-02-28"));
  auto same_day = store_.add_participation(participation(101, 1, "2026-03-01"));
  store_.add_participation(participation(100, 2, "2026-01-01"));
  store_.add_participation(participation(100, std::nullopt, "2026-01-01"));
  std::vector<std::int64_t> ids;
  for (const auto& p : store_.participations_of_person(1)) ids.push_back(p.id);
  EXPECT_EQ(ids, (std::vector<std::int64_t>{earlier, later, same_day}));
  EXPECT_EQ(store_.participations_of_person(2).size(), 1U);
  EXPECT_TRUE(store_.participations_of_person(3).empty());
}

TEST_F(ParticipationStoreTest, OngoingParticipationsOfAnInsatsByStart) {
  auto later = store_.add_participation(participation(100, 1, "2026-03-01"));
  store_.add_participation(participation(100, 2, "2026-01-10", "2026-01-31"));  // ended
  auto anonymous = store_.add_participation(participation(100, std::nullopt, "2026-02-01"));
  store_.add_participation(participation(101, 2, "2026-01-01"));  // another insats
  std::vector<std::int64_t> ids;
  for (const auto& p : store_.ongoing_participations(100)) ids.push_back(p.id);
  EXPECT_EQ(ids, (std::vector<std::int64_t>{anonymous, later}));
  EXPECT_TRUE(store_.ongoing_participations(102).empty());
}

TEST_F(ParticipationStoreTest, CountsActiveOnADayAndStartedInAPeriod) {
  store_.add_participation(participation(100, 1, "2026-01-10", "2026-01-31"));
  store_.add_participation(participation(100, 2, "2026-02-01"));
  store_.add_participation(participation(100, std::nullopt, "2026-01-31", "2026-01-31"));
  store_.add_participation(participation(101, 1, "2026-01-01"));
  EXPECT_EQ(store_.count_active(100, date("2026-01-09")), 0);
  EXPECT_EQ(store_.count_active(100, date("2026-01-10")), 1);  // the first day counts
  EXPECT_EQ(store_.count_active(100, date("2026-01-31")), 2);  // and the last
  EXPECT_EQ(store_.count_active(100, date("2026-02-01")), 1);
  EXPECT_EQ(store_.count_active(100, date("2030-01-01")), 1);  // not ended
  EXPECT_EQ(store_.count_started(100, date("2026-01-01"), date("2026-01-31")), 2);
  EXPECT_EQ(store_.count_started(100, date("2026-01-31"), date("2026-02-01")), 2);  // both ends inclusive
  EXPECT_EQ(store_.count_started(100, date("2026-02-02"), date("2026-12-31")), 0);
  EXPECT_EQ(store_.count_started(101, date("2026-01-01"), date("2026-12-31")), 1);
}

TEST_F(ParticipationStoreTest, SaveIsGuardedByVersionAndReplacesTheFollowUpData) {
  auto p = participation(100, 1, "2026-02-01");
  p.at_start = core::StatusSnapshot{
      {core::SupportSource::sjukpenning}, 6, core::EducationLevel::upper_secondary, core::Occupation::other, 25};
  auto id = store_.add_participation(p);
  auto ended = *store_.find_participation(id);
  ended.ended_on = date("2026-08-31");
  ended.exit_reason = core::ExitReason::studies;
  ended.at_start.reset();  // e.g. consent withdrawn: the follow-up data goes
  ended.at_end = core::StatusSnapshot{
      {core::SupportSource::none}, std::nullopt, core::EducationLevel::upper_secondary, core::Occupation::studies, 100};
  EXPECT_FALSE(store_.save_participation(ended, 2));  // stale: nothing written
  auto kept = *store_.find_participation(id);
  EXPECT_FALSE(kept.ended_on);
  EXPECT_TRUE(kept.at_start);
  EXPECT_FALSE(kept.at_end);

  EXPECT_TRUE(store_.save_participation(ended, 1));
  auto found = *store_.find_participation(id);
  EXPECT_EQ(found.ended_on, date("2026-08-31"));
  EXPECT_EQ(found.exit_reason, core::ExitReason::studies);
  EXPECT_FALSE(found.at_start);
  ASSERT_TRUE(found.at_end);
  EXPECT_EQ(found.at_end->occupation, core::Occupation::studies);
  EXPECT_EQ(found.version, 2);
  EXPECT_FALSE(store_.save_participation(ended, 1));  // the same writer again: stale now

  // Unlinking the person (anonymisation) is a save too.
  found.person_id.reset();
  EXPECT_TRUE(store_.save_participation(found, 2));
  EXPECT_FALSE(store_.find_participation(id)->person_id);
  EXPECT_TRUE(store_.participations_of_person(1).empty());
  // A correction of the start date is a save too, the start year following it.
  auto corrected = *store_.find_participation(id);
  corrected.started_on = date("2025-12-15");
  corrected.start_year = 2025;
  EXPECT_TRUE(store_.save_participation(corrected, 3));
  EXPECT_EQ(store_.find_participation(id)->started_on, date("2025-12-15"));
  EXPECT_EQ(store_.find_participation(id)->start_year, 2025);
}

TEST_F(ParticipationStoreTest, WhoIsResponsibleIsSetAtTheVersionOnly) {
  file_.db().execute(
      "INSERT INTO app_user (id, username, display_name, password_hash, disabled, created_at) VALUES (7, 'k', 'K', "
      "'h', 0, 1)");
  auto id = store_.add_participation(participation(100, 1, "2026-02-01"));
  EXPECT_THROW(store_.set_responsible(id, 8, 1), ConstraintError);  // no such user
  EXPECT_FALSE(store_.find_participation(id)->responsible_user_id);
  EXPECT_FALSE(store_.set_responsible(id, 7, 2));  // stale
  EXPECT_TRUE(store_.set_responsible(id, 7, 1));
  EXPECT_EQ(store_.find_participation(id)->responsible_user_id, 7);
  EXPECT_EQ(store_.find_participation(id)->version, 2);
  EXPECT_TRUE(store_.set_responsible(id, std::nullopt, 2));
  EXPECT_FALSE(store_.find_participation(id)->responsible_user_id);
}

TEST_F(ParticipationStoreTest, ConsentsOfAParticipationInOrderAndWithdrawn) {
  auto id = store_.add_participation(participation(100, 1, "2026-02-01"));
  auto other = store_.add_participation(participation(101, 1, "2026-02-01"));
  auto follow_up = store_.add_consent(
      {0, id, core::ConsentPurpose::follow_up, std::nullopt, date("2026-02-01"), "Blankett A", std::nullopt});
  auto exchange = store_.add_consent(
      {0, id, core::ConsentPurpose::information_exchange, 11, date("2026-02-02"), "Blankett B", std::nullopt});
  store_.add_consent(
      {0, other, core::ConsentPurpose::follow_up, std::nullopt, date("2026-02-01"), "Blankett C", std::nullopt});
  store_.withdraw_consent(exchange, date("2026-03-15"));
  store_.withdraw_consent(exchange, date("2026-04-01"));  // a withdrawal is recorded once: the first date stays
  auto list = store_.consents(id);
  ASSERT_EQ(list.size(), 2U);
  EXPECT_EQ(list[0].id, follow_up);
  EXPECT_EQ(list[0].participation_id, id);
  EXPECT_EQ(list[0].purpose, core::ConsentPurpose::follow_up);
  EXPECT_FALSE(list[0].party_member_id);
  EXPECT_EQ(list[0].given_on, date("2026-02-01"));
  EXPECT_EQ(list[0].form_reference, "Blankett A");
  EXPECT_FALSE(list[0].withdrawn_on);
  EXPECT_EQ(list[1].id, exchange);
  EXPECT_EQ(list[1].purpose, core::ConsentPurpose::information_exchange);
  EXPECT_EQ(list[1].party_member_id, 11);
  EXPECT_EQ(list[1].withdrawn_on, date("2026-03-15"));
  EXPECT_EQ(store_.consents(other).size(), 1U);
  EXPECT_TRUE(store_.consents(other + 1).empty());
}

TEST_F(ParticipationStoreTest, PlanRoundTripStoredAsGiven) {
  core::JointPlan plan;
  plan.association_id = 1;
  plan.person_id = 1;
  plan.needs = "sealed(needs)";
  plan.own_goals = "sealed(own)";
  plan.professional_goals = "sealed(professional)";
  plan.overall_member_id = 11;
  plan.next_follow_up_on = date("2026-04-01");
  plan.actions = {{0, "sealed(second in the list)", 10, date("2026-03-01"), std::nullopt},
                  {0, "sealed(first done)", 11, std::nullopt, date("2026-02-15")}};
  EXPECT_FALSE(store_.find_plan(1));
  ASSERT_TRUE(store_.save_plan(plan, 0));
  auto found = store_.find_plan(1);
  ASSERT_TRUE(found);
  EXPECT_GT(found->id, 0);
  EXPECT_EQ(found->association_id, 1);
  EXPECT_EQ(found->person_id, 1);
  EXPECT_EQ(found->needs, "sealed(needs)");
  EXPECT_EQ(found->own_goals, "sealed(own)");
  EXPECT_EQ(found->professional_goals, "sealed(professional)");
  EXPECT_EQ(found->overall_member_id, 11);
  EXPECT_EQ(found->next_follow_up_on, date("2026-04-01"));
  EXPECT_EQ(found->version, 1);
  ASSERT_EQ(found->actions.size(), 2U);
  EXPECT_EQ(found->actions[0].description, "sealed(second in the list)");  // in the order given
  EXPECT_EQ(found->actions[0].responsible_member_id, 10);
  EXPECT_EQ(found->actions[0].due_on, date("2026-03-01"));
  EXPECT_FALSE(found->actions[0].done_on);
  EXPECT_EQ(found->actions[1].done_on, date("2026-02-15"));
  EXPECT_FALSE(store_.find_plan(2));
}

TEST_F(ParticipationStoreTest, PlanSavesAreGuardedByVersion) {
  core::JointPlan plan;
  plan.association_id = 1;
  plan.person_id = 1;
  plan.overall_member_id = 11;
  plan.actions = {{0, "a", 10, std::nullopt, std::nullopt}, {0, "b", 10, std::nullopt, std::nullopt}};
  EXPECT_FALSE(store_.save_plan(plan, 1));  // no plan at that version
  EXPECT_FALSE(store_.find_plan(1));
  ASSERT_TRUE(store_.save_plan(plan, 0));
  EXPECT_FALSE(store_.save_plan(plan, 0));  // one plan per person

  plan.needs = "changed";
  plan.next_follow_up_on = date("2026-05-01");
  plan.actions = {{0, "c", 11, std::nullopt, std::nullopt}};
  EXPECT_FALSE(store_.save_plan(plan, 2));  // stale: nothing written, actions included
  auto kept = *store_.find_plan(1);
  EXPECT_EQ(kept.needs, "");
  EXPECT_EQ(kept.actions.size(), 2U);

  EXPECT_TRUE(store_.save_plan(plan, 1));
  auto found = *store_.find_plan(1);
  EXPECT_EQ(found.needs, "changed");
  EXPECT_EQ(found.next_follow_up_on, date("2026-05-01"));
  EXPECT_EQ(found.version, 2);
  ASSERT_EQ(found.actions.size(), 1U);
  EXPECT_EQ(found.actions[0].description, "c");
  EXPECT_EQ(found.id, kept.id);
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM joint_plan_action"), 1);
}

}  // namespace
}  // namespace samordna::storage
