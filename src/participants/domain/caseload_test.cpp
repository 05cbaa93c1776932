#include "participants/domain/caseload.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

Participation started(std::int64_t id, const char* on) {
  Participation p;
  p.id = id;
  p.person_id = id;
  p.started_on = d(on);
  return p;
}

JointPlan plan(std::optional<CivilDate> follow_up, std::vector<PlanAction> actions = {}) {
  JointPlan p;
  p.next_follow_up_on = follow_up;
  p.actions = std::move(actions);
  return p;
}

PlanAction action(std::optional<CivilDate> due, std::optional<CivilDate> done = std::nullopt) {
  PlanAction a;
  a.due_on = due;
  a.done_on = done;
  return a;
}

TEST(Caseload, DaysInTheInsatsCountTheStartDay) {
  EXPECT_EQ(caseload_entry(started(1, "2026-12-03"), std::nullopt, d("2026-12-03")).days_in_insats, 1);
  EXPECT_EQ(caseload_entry(started(1, "2026-01-01"), std::nullopt, d("2026-12-31")).days_in_insats, 365);
}

TEST(Caseload, WithoutAPlanNothingIsDueAndNothingOverdue) {
  auto e = caseload_entry(started(1, "2026-06-01"), std::nullopt, d("2026-12-03"));
  EXPECT_FALSE(e.next_follow_up_on);
  EXPECT_FALSE(e.next_action_due_on);
  EXPECT_FALSE(next_due(e));
  EXPECT_FALSE(e.overdue);
  EXPECT_FALSE(due_within(e, d("2026-12-03"), 365));
}

TEST(Caseload, AFollowUpBeforeTodayIsOverdueTodayIsNot) {
  const auto today = d("2026-12-03");
  EXPECT_TRUE(caseload_entry(started(1, "2026-06-01"), plan(d("2026-12-02")), today).overdue);
  EXPECT_FALSE(caseload_entry(started(1, "2026-06-01"), plan(d("2026-12-03")), today).overdue);
}

TEST(Caseload, TheEarliestActionNotDoneIsNextAndMakesItOverdue) {
  const auto today = d("2026-12-03");
  auto e = caseload_entry(started(1, "2026-06-01"),
                          plan(d("2027-01-15"), {action(d("2026-11-01"), d("2026-10-30")), action(d("2026-12-20")),
                                                 action(d("2026-11-30")), action(std::nullopt)}),
                          today);
  EXPECT_EQ(e.next_action_due_on, d("2026-11-30"));  // the done one and the undated one do not count
  EXPECT_TRUE(e.overdue);
  EXPECT_EQ(next_due(e), d("2026-11-30"));
  EXPECT_EQ(e.next_follow_up_on, d("2027-01-15"));
}

TEST(Caseload, DueWithinCountsOverdueAndTheComingDays) {
  const auto today = d("2026-12-03");
  auto soon = caseload_entry(started(1, "2026-06-01"), plan(d("2026-12-09")), today);
  EXPECT_TRUE(due_within(soon, today, 7));   // six days ahead
  EXPECT_FALSE(due_within(soon, today, 6));  // the window ends before the 9th
  auto late = caseload_entry(started(2, "2026-06-01"), plan(d("2026-10-01")), today);
  EXPECT_TRUE(due_within(late, today, 0));
}

TEST(Caseload, SortedOverdueFirstThenByDueDateThenUndated) {
  const auto today = d("2026-12-03");
  std::vector<CaseloadEntry> entries{
      caseload_entry(started(1, "2026-01-01"), std::nullopt, today),
      caseload_entry(started(2, "2026-02-01"), plan(d("2027-03-01")), today),
      caseload_entry(started(3, "2026-03-01"), plan(d("2026-11-01")), today),
      caseload_entry(started(4, "2026-04-01"), plan(d("2026-12-10")), today),
      caseload_entry(started(5, "2025-12-01"), std::nullopt, today),
  };
  sort_by_due(entries);
  std::vector<std::int64_t> ids;
  for (const auto& e : entries) ids.push_back(e.participation.id);
  EXPECT_EQ(ids, (std::vector<std::int64_t>{3, 4, 2, 5, 1}));  // undated ones by start date
}

TEST(Caseload, CountedByInsatsOverdueAndDueSoonApart) {
  const auto today = d("2026-12-03");
  auto in = [&](std::int64_t insats, std::optional<CivilDate> follow_up) {
    auto p = started(insats * 10, "2026-06-01");
    p.insats_id = insats;
    return caseload_entry(p, follow_up ? std::optional<JointPlan>(plan(follow_up)) : std::nullopt, today);
  };
  auto counts = count_by_insats({in(2, d("2026-11-30")), in(1, std::nullopt), in(2, d("2026-12-16")),
                                 in(2, d("2026-12-17")), in(2, d("2026-12-03"))},
                                today, kDueSoonDays);
  ASSERT_EQ(counts.size(), 2U);
  EXPECT_EQ(counts[0].insats_id, 1);
  EXPECT_EQ(counts[0].ongoing, 1);
  EXPECT_EQ(counts[0].overdue + counts[0].due_soon, 0);
  EXPECT_EQ(counts[1].ongoing, 4);
  EXPECT_EQ(counts[1].overdue, 1);
  EXPECT_EQ(counts[1].due_soon, 2);  // today and the 16th; the 17th is 14 days ahead, outside
}

}  // namespace
}  // namespace samordna::core
