#include "participants/domain/joint_plan.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

JointPlan plan_with(std::optional<CivilDate> done, std::optional<CivilDate> next_follow_up) {
  JointPlan plan;
  plan.person_id = 1;
  plan.overall_member_id = 3;
  plan.next_follow_up_on = next_follow_up;
  plan.actions.push_back({0, "Kontakt med AF", 2, d("2026-12-01"), done});
  return plan;
}

// "field code" of the first error, or "" when the dates are right.
std::string first(const Result<void>& r) {
  return r ? "" : r.error().fields.at(0).field + " " + r.error().fields.at(0).code;
}

const CivilDate kStarted = d("2026-09-02");
const CivilDate kToday = d("2026-11-22");

TEST(JointPlanDates, AnActionIsDoneBetweenTheStartAndToday) {
  EXPECT_TRUE(validate_plan_dates(plan_with(d("2026-09-02"), {}), std::nullopt, kStarted, kToday));
  EXPECT_TRUE(validate_plan_dates(plan_with(d("2026-11-22"), {}), std::nullopt, kStarted, kToday));
  EXPECT_EQ(first(validate_plan_dates(plan_with(d("2026-09-01"), {}), std::nullopt, kStarted, kToday)),
            "actions.0.doneOn before_start");
  EXPECT_EQ(first(validate_plan_dates(plan_with(d("2026-11-23"), {}), std::nullopt, kStarted, kToday)),
            "actions.0.doneOn future");
}

TEST(JointPlanDates, ANewFollowUpDateIsNotPastButAnOldOneMayStay) {
  EXPECT_TRUE(validate_plan_dates(plan_with({}, d("2026-11-22")), std::nullopt, kStarted, kToday));
  EXPECT_EQ(first(validate_plan_dates(plan_with({}, d("2026-11-21")), std::nullopt, kStarted, kToday)),
            "nextFollowUpOn past");
  // Saved earlier and not changed now (the date has passed since): the rest of the plan can still be saved.
  auto stored = plan_with({}, d("2026-11-01"));
  EXPECT_TRUE(validate_plan_dates(plan_with({}, d("2026-11-01")), stored, kStarted, kToday));
  EXPECT_EQ(first(validate_plan_dates(plan_with({}, d("2026-11-02")), stored, kStarted, kToday)),
            "nextFollowUpOn past");
}

}  // namespace
}  // namespace samordna::core
