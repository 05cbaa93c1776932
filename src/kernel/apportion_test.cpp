#include "kernel/apportion.hpp"

#include <gtest/gtest.h>

#include <random>

namespace samordna::core {
namespace {

std::int64_t sum(const std::vector<Money>& parts) {
  std::int64_t s = 0;
  for (auto p : parts) s += p.in_ore();
  return s;
}

TEST(Apportion, StatutorySharesAreHalfQuarterQuarter) {
  // A budget of a little over 14 mnkr, as Insjöriket's member income in 2020.
  auto s = statutory_shares(Money::kronor(14'060'000));
  ASSERT_TRUE(s);
  EXPECT_EQ(s->state, Money::kronor(7'030'000));
  EXPECT_EQ(s->regions, Money::kronor(3'515'000));
  EXPECT_EQ(s->kommuner, Money::kronor(3'515'000));
  // 3 öre: exact shares 1.5 / 0.75 / 0.75; floors 1/0/0 leave 2 öre for the largest remainders (0.75, 0.75).
  auto odd = statutory_shares(Money::ore(3));
  EXPECT_EQ(odd->state, Money::ore(1));
  EXPECT_EQ(odd->regions, Money::ore(1));
  EXPECT_EQ(odd->kommuner, Money::ore(1));
}

TEST(Apportion, SplitsTheKommunQuarterByPopulation16To64) {
  // Insjöriket's five kommuner, population 16–64 in 2018 (SCB, shared/data).
  // Mölndal, Partille, Härryda, Lerum, Alingsås.
  std::vector<std::int64_t> population{43409, 23516, 22752, 24774, 23781};
  auto parts = apportion(Money::kronor(3'515'000), population);
  ASSERT_TRUE(parts);
  EXPECT_EQ(sum(*parts), Money::kronor(3'515'000).in_ore());
  // Alingsås: 23781 / 138232 of the quarter.
  EXPECT_NEAR(double((*parts)[4].in_ore()), 351'500'000.0 * 23781 / 138232, 1.0);
}

TEST(Apportion, RefusesBadWeights) {
  EXPECT_EQ(apportion(Money::kronor(1), {}).error().fields[0].code, "empty");
  EXPECT_EQ(apportion(Money::kronor(1), {1, -1}).error().fields[0].code, "negative");
  EXPECT_EQ(apportion(Money::kronor(1), {0, 0}).error().fields[0].code, "zero_sum");
  EXPECT_EQ(apportion(Money::kronor(-1), {1}).error().fields[0].field, "total");
}

// Property: for random budgets and keys the parts always add up to the whole, and no part is more than
// one öre from its exact share.
TEST(Apportion, PartsAlwaysSumToTheWhole) {
  std::mt19937_64 random(20261122);
  for (int round = 0; round < 2000; ++round) {
    std::int64_t total = std::int64_t(random() % 100'000'000'000ULL);
    std::vector<std::int64_t> weights(1 + random() % 12);
    for (auto& w : weights) w = std::int64_t(random() % 1'000'000);
    weights[0] += 1;
    auto parts = apportion(Money::ore(total), weights);
    ASSERT_TRUE(parts);
    ASSERT_EQ(sum(*parts), total);
    long double weight_sum = 0;
    for (auto w : weights) weight_sum += static_cast<long double>(w);
    for (std::size_t i = 0; i < weights.size(); ++i) {
      long double exact = static_cast<long double>(total) * static_cast<long double>(weights[i]) / weight_sum;
      ASSERT_LE(std::abs(static_cast<long double>((*parts)[i].in_ore()) - exact), 1.0L);
    }
    auto shares = statutory_shares(Money::ore(total));
    ASSERT_EQ(shares->state.in_ore() + shares->regions.in_ore() + shares->kommuner.in_ore(), total);
  }
}

}  // namespace
}  // namespace samordna::core
