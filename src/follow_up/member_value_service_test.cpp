// MemberValueService in memory: for a member kommun and a period, what it paid against what its residents got,
// its cost per participant against the förbund's, and what leaving would cost; always protected, for
// kommuner only.
#include <gtest/gtest.h>

#include "follow_up/member_value.hpp"
#include "follow_up/testing/world.hpp"
#include "kernel/testing/results.hpp"

namespace samordna::core {
namespace {

using testing::code_of;
using testing::field_code_of;
using testing::field_of;
using W = testing::FollowUpWorld;

class MemberValueServiceTest : public ::testing::Test {
 protected:
  testing::FollowUpWorld w;
  MemberValueService service{w.statistics_service, w.finance, w.associations, w.clock};
  CivilDate from = W::day("2026-01-01");
  CivilDate to = W::day("2026-12-31");

  Money contribution_of(std::int64_t member_id) {
    const auto view = w.finance.budget(W::kInsjoriket, 2026);  // kept: the loop reads into it
    for (const auto& c : view->calculation.contributions) {
      if (c.member_id == member_id) return c.amount;
    }
    return Money::ore(-1);
  }
};

TEST_F(MemberValueServiceTest, SetsWhatTheKommunPaidAgainstWhatItsResidentsGot) {
  w.budget(2026, Money::kronor(10'000'000));
  auto value = service.report(W::kAlingsas, from, to, 0);
  ASSERT_TRUE(value) << code_of(value) << " " << field_of(value);
  EXPECT_EQ(value->member.name, "Alingsås kommun");
  EXPECT_EQ(value->contributions, contribution_of(W::kAlingsas));
  EXPECT_EQ(value->all_contributions, Money::kronor(2'500'000));  // the kommuner's quarter
  ASSERT_TRUE(value->persons);
  EXPECT_NEAR(double(*value->persons), 25.0, 2.0);  // Alingsås residents, with a little noise
  ASSERT_TRUE(value->all_persons);
  EXPECT_NEAR(double(*value->all_persons), 27.0, 2.0);
  ASSERT_TRUE(value->cost_per_person);
  EXPECT_EQ(*value->cost_per_person, Money::ore(value->contributions.in_ore() / *value->persons));
  ASSERT_EQ(value->figures.size(), 7U);
  for (const auto& f : value->figures) EXPECT_TRUE(f.result.suppression);
  EXPECT_TRUE(value->withdrawal);  // no notice given: what leaving would cost
  EXPECT_EQ(w.statistics.fact_reads, 1);
}

TEST_F(MemberValueServiceTest, AFewResidentsAreNotShownNorACostPerPersonFromThem) {
  w.budget(2026, Money::kronor(10'000'000));
  auto value = service.report(W::kAle, from, to, 0);
  ASSERT_TRUE(value);
  EXPECT_FALSE(value->persons);  // two men from Ale
  EXPECT_FALSE(value->cost_per_person);
  EXPECT_EQ(value->contributions, contribution_of(W::kAle));
}

TEST_F(MemberValueServiceTest, AMemberThatHasGivenNoticeGetsNoWhatIf) {
  w.budget(2026, Money::kronor(10'000'000));
  auto ale = *w.associations.find_member(W::kAle);
  Notice n;
  n.given_on = W::day("2026-03-01");
  n.decided_by = "Kommunfullmäktige";
  ASSERT_TRUE(w.associations.save_notice(W::kAle, n, ale.version));
  ASSERT_TRUE(w.associations.find_member(W::kAle)->notice->in_force());
  auto value = service.report(W::kAle, from, to, 0);
  ASSERT_TRUE(value);
  EXPECT_FALSE(value->withdrawal);
}

TEST_F(MemberValueServiceTest, IsForKommunerOnlyAndChecksThePeriod) {
  EXPECT_EQ(field_of(service.report(W::kFk, from, to, 0)), "member");
  EXPECT_EQ(field_code_of(service.report(W::kRegion, from, to, 0)), "not_kommun");
  EXPECT_EQ(code_of(service.report(99, from, to, 0)), "not_found");
  EXPECT_EQ(field_code_of(service.report(W::kAlingsas, to, from, 0)), "before_from");
  EXPECT_EQ(field_code_of(service.report(W::kAlingsas, from, to, 3)), "too_low");
  EXPECT_EQ(w.statistics.fact_reads, 0);
}

TEST_F(MemberValueServiceTest, WithoutABudgetTheKommunPaidNothingAndThereIsNoWhatIf) {
  auto value = service.report(W::kAlingsas, from, to, 0);
  ASSERT_TRUE(value) << code_of(value) << field_of(value);
  EXPECT_EQ(value->contributions, Money::ore(0));
  EXPECT_EQ(value->cost_per_person, Money::ore(0));
  EXPECT_FALSE(value->withdrawal);
}

}  // namespace
}  // namespace samordna::core
