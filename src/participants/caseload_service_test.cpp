// CaseloadService in memory: the ongoing participations of the caller's insatser with name, days and what is
// due, overdue first; limited to the scope and the förbund; the reminders' window; one audited read per
// person shown, none for anonymous participants.
#include "participants/caseload_service.hpp"

#include <gtest/gtest.h>

#include "kernel/testing/results.hpp"
#include "participants/testing/world.hpp"

namespace samordna::core {
namespace {

using testing::code_of;
using testing::day;
using testing::field_code_of;
using testing::field_of;
using W = testing::ParticipantsWorld;

class CaseloadServiceTest : public ::testing::Test {
 protected:
  testing::ParticipantsWorld w;
  CaseloadService service{w.insatser, w.persons, w.participations, w.vault, w.transactions, w.audit, w.clock};
  Actor worker{30, "deltagaransvarig", "10.0.0.2"};
  PersonalScope both;

  void SetUp() override { both.insatser = {w.balder, w.ist}; }

  std::int64_t person(const char* personnummer, const char* name) {
    Person p;
    p.association_id = W::kInsjoriket;
    p.person_key = w.vault.pseudonym(W::kInsjoriket, personnummer);
    p.birth_year = 1990;
    p.masked = std::string(personnummer).substr(0, 8) + "-****";
    p.sealed_identity = w.vault.seal(encode_identity({personnummer, name}));
    return w.persons.add_person(p);
  }
  std::int64_t participation(std::int64_t insats, std::optional<std::int64_t> person_id, const char* started,
                             std::optional<const char*> ended = std::nullopt) {
    Participation p;
    p.association_id = W::kInsjoriket;
    p.insats_id = insats;
    p.person_id = person_id;
    p.started_on = day(started);
    p.start_year = p.started_on.year();
    if (ended) p.ended_on = day(*ended);
    return w.participations.add_participation(p);
  }
  void plan(std::int64_t person_id, std::optional<CivilDate> follow_up, std::optional<CivilDate> action_due = {}) {
    JointPlan p;
    p.association_id = W::kInsjoriket;
    p.person_id = person_id;
    p.overall_member_id = W::kAlingsas;
    p.next_follow_up_on = follow_up;
    if (action_due) p.actions.push_back({0, w.vault.seal("Kontakta"), W::kAf, action_due, std::nullopt});
    ASSERT_TRUE(w.participations.save_plan(p, 0));
  }
  std::vector<std::int64_t> ids(const Result<std::vector<CaseloadEntry>>& r) {
    std::vector<std::int64_t> out;
    if (r) {
      for (const auto& e : *r) out.push_back(e.participation.id);
    }
    return out;
  }
  std::size_t reads() {
    std::size_t n = 0;
    for (const auto& e : w.events.events) n += e.action == "read_personal" && e.entity == "person";
    return n;
  }
};

TEST_F(CaseloadServiceTest, OngoingParticipationsOfTheScopeOverdueFirstWithNameAndDays) {
  auto anna = person(testing::kAnna, "Anna Andersson");
  auto bertil = person(testing::kBertil, "Bertil Berg");
  auto curt = person(testing::kCurt, "Curt Carlsson");
  plan(anna, day("2027-01-10"));
  plan(bertil, day("2026-12-01"), day("2026-11-01"));  // the action is overdue on the clock's 2026-11-22
  auto a = participation(w.balder, anna, "2026-11-01");
  auto b = participation(w.ist, bertil, "2026-06-01");
  auto c = participation(w.ist, curt, "2026-01-15");
  auto anonymous = participation(w.balder, std::nullopt, "2026-10-01");
  participation(w.balder, curt, "2025-01-01", "2025-06-30");  // ended
  participation(w.natverk, anna, "2026-01-01");               // outside the scope

  auto r = service.caseload(worker, both, W::kInsjoriket, {});
  ASSERT_TRUE(r) << code_of(r);
  EXPECT_EQ(ids(r), (std::vector<std::int64_t>{b, a, c, anonymous}));  // overdue, dated, then by start
  const auto& first = r->front();
  EXPECT_EQ(first.name, "Bertil Berg");
  EXPECT_EQ(first.masked_personnummer, "19850615-****");
  EXPECT_TRUE(first.overdue);
  EXPECT_EQ(first.next_action_due_on, day("2026-11-01"));
  EXPECT_EQ(first.next_follow_up_on, day("2026-12-01"));
  EXPECT_EQ((*r)[1].days_in_insats, 22);  // 1–22 November
  EXPECT_FALSE((*r)[1].overdue);
  EXPECT_TRUE(r->back().name.empty());
  EXPECT_TRUE(r->back().masked_personnummer.empty());
  // Three persons shown, three reads; the anonymous participant is nobody's read.
  EXPECT_EQ(reads(), 3U);
  for (const auto& e : w.events.events) {
    ASSERT_EQ(e.actor.username, "deltagaransvarig");
    ASSERT_FALSE(e.fields.empty());
    EXPECT_EQ(e.fields.front().value, "caseload");
  }
}

TEST_F(CaseloadServiceTest, OneInsatsOfTheScopeOrNotFound) {
  auto anna = person(testing::kAnna, "Anna Andersson");
  auto a = participation(w.balder, anna, "2026-11-01");
  participation(w.ist, std::nullopt, "2026-11-01");
  EXPECT_EQ(ids(service.caseload(worker, both, W::kInsjoriket, {w.balder, std::nullopt, false})),
            std::vector<std::int64_t>{a});
  PersonalScope ist_only{{w.ist}, std::nullopt};
  EXPECT_EQ(code_of(service.caseload(worker, ist_only, W::kInsjoriket, {w.balder, std::nullopt, false})), "not_found");
  // Another förbund's insats, even inside the scope's list, is not there.
  PersonalScope odd{{w.lerum_insats}, std::nullopt};
  EXPECT_EQ(code_of(service.caseload(worker, odd, W::kInsjoriket, {w.lerum_insats, std::nullopt, false})), "not_found");
  EXPECT_TRUE(service.caseload(worker, odd, W::kInsjoriket, {})->empty());
  EXPECT_EQ(reads(), 1U);  // Anna, once
}

TEST_F(CaseloadServiceTest, MineHoldsOnlyTheParticipantsTheCallerIsResponsibleFor) {
  auto anna = person(testing::kAnna, "Anna Andersson");
  auto bertil = person(testing::kBertil, "Bertil Berg");
  auto a = participation(w.balder, anna, "2026-11-01");
  auto b = participation(w.ist, bertil, "2026-11-02");
  ASSERT_TRUE(w.participations.set_responsible(a, worker.user_id, 1));
  ASSERT_TRUE(w.participations.set_responsible(b, 99, 1));  // a colleague's
  EXPECT_EQ(ids(service.caseload(worker, both, W::kInsjoriket, {std::nullopt, std::nullopt, true})),
            std::vector<std::int64_t>{a});
  EXPECT_EQ(ids(service.caseload(worker, both, W::kInsjoriket, {})).size(), 2U);
}

TEST_F(CaseloadServiceTest, ARemittentsScopeHoldsNoCaseload) {
  participation(w.balder, person(testing::kAnna, "Anna Andersson"), "2026-11-01");
  PersonalScope own_referrals{{}, 20};
  auto r = service.caseload(worker, own_referrals, W::kInsjoriket, {});
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->empty());
  EXPECT_EQ(reads(), 0U);
}

TEST_F(CaseloadServiceTest, TheRemindersHoldWhatIsDueWithinTheWindowAndOnlyThoseAreRead) {
  auto anna = person(testing::kAnna, "Anna Andersson");
  auto bertil = person(testing::kBertil, "Bertil Berg");
  auto curt = person(testing::kCurt, "Curt Carlsson");
  plan(anna, day("2026-11-25"));    // in three days
  plan(bertil, day("2026-12-20"));  // in four weeks
  plan(curt, day("2026-10-01"));    // overdue
  auto a = participation(w.balder, anna, "2026-09-01");
  participation(w.ist, bertil, "2026-09-01");
  auto c = participation(w.ist, curt, "2026-09-01");
  participation(w.balder, std::nullopt, "2026-09-01");
  EXPECT_EQ(ids(service.caseload(worker, both, W::kInsjoriket, {std::nullopt, 7, false})),
            (std::vector<std::int64_t>{c, a}));
  EXPECT_EQ(reads(), 2U);
  EXPECT_EQ(field_code_of(service.caseload(worker, both, W::kInsjoriket, {std::nullopt, -1, false})), "out_of_range");
  EXPECT_EQ(field_of(service.caseload(worker, both, W::kInsjoriket, {std::nullopt, 366, false})), "dueWithinDays");
  EXPECT_EQ(reads(), 2U);
}

TEST_F(CaseloadServiceTest, TheSummaryCountsPerInsatsAndReadsNobody) {
  auto anna = person(testing::kAnna, "Anna Andersson");
  auto bertil = person(testing::kBertil, "Bertil Berg");
  plan(anna, day("2026-11-01"));    // overdue
  plan(bertil, day("2026-11-30"));  // due in eight days
  participation(w.balder, anna, "2026-09-01");
  participation(w.balder, bertil, "2026-09-01");
  participation(w.ist, std::nullopt, "2026-09-01");
  participation(w.natverk, std::nullopt, "2026-09-01");  // outside the scope
  auto counts = service.summary(both, W::kInsjoriket);
  ASSERT_EQ(counts.size(), 2U);
  EXPECT_EQ(counts[0].insats_id, w.balder);
  EXPECT_EQ(counts[0].ongoing, 2);
  EXPECT_EQ(counts[0].overdue, 1);
  EXPECT_EQ(counts[0].due_soon, 1);
  EXPECT_EQ(counts[1].insats_id, w.ist);
  EXPECT_EQ(counts[1].ongoing, 1);
  EXPECT_TRUE(service.summary(both, W::kLerum).empty());
  EXPECT_TRUE(w.events.events.empty());
}

}  // namespace
}  // namespace samordna::core
