#include "finance/domain/allocation.hpp"

#include <gtest/gtest.h>

#include <random>

namespace samordna::core {
namespace {

Money sum_state(const std::vector<AllocationResult>& rs) {
  Money s;
  for (const auto& r : rs) s = s + r.state;
  return s;
}

TEST(Allocation, BasePlusSeventyFiveTwentyFive) {
  // Two förbund; pot 10 mkr; base 400 tkr each; the rest 75 % by support measure, 25 % by population.
  AllocationParams p;
  p.pot = Money::kronor(10'000'000);
  auto rs = allocate_state_funds(p, {{"A", 3000, 10000, {}, {}, {}}, {"B", 1000, 30000, {}, {}, {}}});
  ASSERT_TRUE(rs);
  // Variable 9,2 mkr: support 6,9 mkr (3:1), population 2,3 mkr (1:3).
  EXPECT_EQ((*rs)[0].state, Money::kronor(400'000 + 5'175'000 + 575'000));
  EXPECT_EQ((*rs)[1].state, Money::kronor(400'000 + 1'725'000 + 1'725'000));
  EXPECT_EQ(sum_state(*rs), p.pot);
  // Region and kommuner each match half of the state amount; the förbund may budget twice the offer.
  EXPECT_EQ((*rs)[0].region + (*rs)[0].kommun, (*rs)[0].state);
  EXPECT_EQ((*rs)[0].total, (*rs)[0].state + (*rs)[0].state);
}

TEST(Allocation, DefaultsAreTheNationalModel) {
  AllocationParams p;
  EXPECT_EQ(p.pot, Money::kronor(339'000'000));
  EXPECT_EQ(p.base, Money::tkr(400));
  EXPECT_EQ(p.support_weight_bp, 7500);
}

TEST(Allocation, CapOnTheYearlyDecrease) {
  AllocationParams p;
  p.pot = Money::kronor(10'000'000);
  p.max_decrease_bp = 1000;  // at most 10 % less than last year
  auto rs = allocate_state_funds(
      p, {{"A", 3000, 10000, Money::kronor(7'000'000), {}, {}}, {"B", 1000, 30000, Money::kronor(3'000'000), {}, {}}});
  ASSERT_TRUE(rs);
  EXPECT_TRUE((*rs)[0].capped);
  EXPECT_EQ((*rs)[0].state, Money::kronor(6'300'000));
  EXPECT_EQ((*rs)[1].state, Money::kronor(3'700'000));
  EXPECT_EQ(sum_state(*rs), p.pot);
  p.max_decrease_bp = 0;  // nobody may fall at all, but the pot is smaller than last year's total
  p.pot = Money::kronor(9'000'000);
  EXPECT_EQ(allocate_state_funds(
                p, {{"A", 1, 1, Money::kronor(7'000'000), {}, {}}, {"B", 1, 1, Money::kronor(3'000'000), {}, {}}})
                .error()
                .fields[0]
                .code,
            "infeasible");
}

TEST(Allocation, FlagsEquityAboveTheLimit) {
  AllocationParams p;
  p.pot = Money::kronor(1'000'000);
  p.equity_limit_bp = 2000;
  auto rs = allocate_state_funds(
      p, {{"A", 1, 1, {}, Money::tkr(300), Money::tkr(1000)}, {"B", 1, 1, {}, Money::tkr(200), Money::tkr(1000)}});
  ASSERT_TRUE(rs);
  EXPECT_TRUE((*rs)[0].equity_flagged);
  EXPECT_FALSE((*rs)[1].equity_flagged);  // exactly at the limit is not above it
}

TEST(Allocation, RefusesBadParameters) {
  AllocationParams p;
  p.pot = Money::tkr(500);
  EXPECT_EQ(allocate_state_funds(p, {{"A", 1, 1, {}, {}, {}}, {"B", 1, 1, {}, {}, {}}}).error().fields[0].field,
            "baseOre");
  p.support_weight_bp = 10001;
  EXPECT_EQ(allocate_state_funds(p, {{"A", 1, 1, {}, {}, {}}}).error().fields[0].field, "supportWeightBp");
  EXPECT_EQ(allocate_state_funds(AllocationParams{}, {}).error().fields[0].code, "empty");
  EXPECT_EQ(allocate_state_funds(AllocationParams{}, {{"A", -1, 1, {}, {}, {}}}).error().fields[0].field,
            "associations.0.supportMeasure");
}

TEST(Allocation, OffersAlwaysSumToThePot) {
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<std::int64_t> measure(0, 100'000);
  for (int round = 0; round < 300; ++round) {
    AllocationParams p;
    std::vector<AllocationArea> areas(std::size_t(rng() % 83 + 1));
    for (auto& a : areas) {
      a.support_measure = measure(rng);
      a.population = measure(rng) * 10;
      if (rng() % 2) a.previous = Money::kronor(measure(rng) * 40);
    }
    p.max_decrease_bp = 1000;
    auto rs = allocate_state_funds(p, areas);
    if (!rs) continue;  // a cap that cannot be met is refused, never split wrongly
    ASSERT_EQ(sum_state(*rs), p.pot);
    for (std::size_t i = 0; i < areas.size(); ++i) {
      if (areas[i].previous) {
        ASSERT_GE((*rs)[i].state.in_ore() * 10, areas[i].previous->in_ore() * 9);
      }
    }
  }
}

TEST(Allocation, EquityShare) {
  EXPECT_EQ(equity_share_bp(Money::tkr(1373), Money::tkr(10000)), 1373);
  EXPECT_EQ(equity_share_bp(Money::ore(1), Money::ore(3)), 3333);
  EXPECT_EQ(equity_share_bp(Money::ore(2), Money::ore(3)), 6667);
  EXPECT_EQ(equity_share_bp(Money::ore(-2), Money::ore(3)), -6667);
  EXPECT_FALSE(equity_share_bp(Money::tkr(1), Money()));
}

}  // namespace
}  // namespace samordna::core
