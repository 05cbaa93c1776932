#include "finance/domain/contribution.hpp"

#include <gtest/gtest.h>

#include <random>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

Member member(std::int64_t id, const char* name, PartyKind kind, const char* code) {
  Member m;
  m.id = id;
  m.name = name;
  m.kind = kind;
  m.area_code = code;
  m.joined_on = d("2006-07-01");
  return m;
}

// Insjöriket: FK, AF, Västra Götalandsregionen and five kommuner; population 16–64, autumn 2018 (SCB).
BudgetInput insjoriket(int year, Money total) {
  BudgetInput in;
  in.year = year;
  in.total = total;
  in.key = {SplitKeyKind::population, 2018};
  in.members = {member(1, "Försäkringskassan", PartyKind::fk, ""),
                member(2, "Arbetsförmedlingen", PartyKind::af, ""),
                member(3, "Västra Götalandsregionen", PartyKind::region, "14"),
                member(4, "Mölndals stad", PartyKind::kommun, "1481"),
                member(5, "Partille kommun", PartyKind::kommun, "1402"),
                member(6, "Härryda kommun", PartyKind::kommun, "1401"),
                member(7, "Lerums kommun", PartyKind::kommun, "1441"),
                member(8, "Alingsås kommun", PartyKind::kommun, "1489")};
  in.population = {{"1481", 43409}, {"1402", 23516}, {"1401", 22752}, {"1441", 24774}, {"1489", 23781}};
  for (const auto& [code, _] : in.population) in.kommun_region[code] = "14";
  return in;
}

Money amount_of(const BudgetCalculation& calc, std::int64_t member_id) {
  for (const auto& c : calc.contributions) {
    if (c.member_id == member_id) return c.amount;
  }
  return Money::ore(-1);
}

TEST(Contribution, Insjoriket2020ByPopulation) {
  // 2020: member income a little under 15 mnkr, of which Alingsås paid 644 tkr (seed 000).
  auto calc = calculate_contributions(insjoriket(2020, Money::kronor(14'976'000)));
  ASSERT_TRUE(calc);
  EXPECT_EQ(calc->shares.state, Money::kronor(7'488'000));
  EXPECT_EQ(calc->shares.regions, Money::kronor(3'744'000));
  EXPECT_EQ(calc->shares.kommuner, Money::kronor(3'744'000));
  EXPECT_EQ(amount_of(*calc, 1), Money::kronor(7'488'000));  // FK pays the state half
  EXPECT_EQ(amount_of(*calc, 2), Money());                   // AF's part is in FK's
  EXPECT_EQ(amount_of(*calc, 3), Money::kronor(3'744'000));
  // 374 400 000 öre × 23 781 / 138 232 = 64 410 602,47 → 64 410 602 öre.
  EXPECT_EQ(amount_of(*calc, 8), Money::ore(64'410'602));
  EXPECT_EQ(format_tkr(amount_of(*calc, 8)), format_tkr(Money::tkr(644)));
  // The two largest remainders (Mölndal, Partille) take the two öre left over.
  EXPECT_EQ(amount_of(*calc, 4), Money::ore(117'572'846));
  EXPECT_EQ(amount_of(*calc, 5), Money::ore(63'692'853));
  const auto& alingsas = calc->contributions.back();
  EXPECT_EQ(alingsas.basis.weight, 23781);
  EXPECT_EQ(alingsas.basis.weight_sum, 138232);
  EXPECT_EQ(alingsas.basis.population, 23781);
  EXPECT_EQ(alingsas.basis.party_total, Money::kronor(3'744'000));
}

TEST(Contribution, AMemberThatHasLeftNoLongerPays) {
  // Härryda gave notice 2020-06-15 and left after 2023-12-31: it pays for 2023, not for 2024.
  auto in = insjoriket(2023, Money::kronor(15'200'000));
  in.members[5].notice = Notice{d("2020-06-15"), "KF", "", d("2023-12-31"), std::nullopt, ""};
  EXPECT_NE(amount_of(*calculate_contributions(in), 6), Money::ore(-1));
  in.year = 2024;
  auto calc = calculate_contributions(in);
  ASSERT_TRUE(calc);
  EXPECT_EQ(amount_of(*calc, 6), Money::ore(-1));
  Money kommuner;
  for (const auto& c : calc->contributions) {
    if (c.party == Party::kommun) kommuner = kommuner + c.amount;
  }
  EXPECT_EQ(kommuner, calc->shares.kommuner);
  EXPECT_EQ(calc->contributions.back().basis.weight_sum, 138232 - 22752);
}

TEST(Contribution, WeightedBySicknessRate) {
  auto in = insjoriket(2020, Money::kronor(1'000'000));
  in.key.kind = SplitKeyKind::population_sickness;
  for (std::int64_t id = 4; id <= 8; ++id) in.key_inputs.push_back({id, 2500, {}, {}});
  in.key_inputs.back().sickness_rate = 5000;  // Alingsås twice the others
  auto calc = calculate_contributions(in);
  ASSERT_TRUE(calc);
  EXPECT_EQ(calc->contributions.back().basis.weight, 23781 * 5000);
  EXPECT_EQ(calc->contributions.back().basis.sickness_rate, 5000);
  in.key_inputs.pop_back();
  auto missing = calculate_contributions(in);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().fields.at(0).field, "keyInputs.8.sicknessRate");
  EXPECT_EQ(missing.error().fields.at(0).code, "required");
}

TEST(Contribution, FixedPercentagesMustMakeAHundred) {
  auto in = insjoriket(2020, Money::kronor(1'000'000));
  in.key.kind = SplitKeyKind::fixed_percent;
  for (std::int64_t id = 4; id <= 8; ++id) in.key_inputs.push_back({id, {}, 2000, {}});
  auto calc = calculate_contributions(in);
  ASSERT_TRUE(calc);
  EXPECT_EQ(amount_of(*calc, 8), Money::kronor(50'000));
  in.key_inputs.back().percent_bp = 1999;
  auto wrong = calculate_contributions(in);
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().fields.at(0).field, "keyInputs");
  EXPECT_EQ(wrong.error().fields.at(0).code, "shares_not_100");
}

TEST(Contribution, ManualAmountsMustMakeTheQuarter) {
  auto in = insjoriket(2020, Money::kronor(1'000'000));
  in.key.kind = SplitKeyKind::manual;
  for (std::int64_t id = 4; id <= 8; ++id) in.key_inputs.push_back({id, {}, {}, Money::kronor(50'000)});
  auto calc = calculate_contributions(in);
  ASSERT_TRUE(calc);
  EXPECT_EQ(amount_of(*calc, 5), Money::kronor(50'000));
  in.key_inputs.back().amount = Money::kronor(50'001);
  EXPECT_EQ(calculate_contributions(in).error().fields.at(0).code, "amounts_not_quarter");
}

TEST(Contribution, RefusesBadInputNamingTheField) {
  EXPECT_EQ(calculate_contributions(insjoriket(2020, Money::ore(-1))).error().fields.at(0).field, "totalOre");
  auto in = insjoriket(2020, Money::kronor(1'000'000));
  in.population.erase("1489");
  auto no_population = calculate_contributions(in);
  ASSERT_FALSE(no_population);
  EXPECT_EQ(no_population.error().fields.at(0).field, "population.1489");
  EXPECT_EQ(no_population.error().fields.at(0).code, "missing");
  // A budget for 2024 that includes Härryda, which left at the end of 2023.
  in = insjoriket(2024, Money::kronor(1'000'000));
  in.members[5].notice = Notice{d("2020-06-15"), "KF", "", d("2023-12-31"), std::nullopt, ""};
  in.key_inputs.push_back({6, 2500, {}, {}});
  auto left = calculate_contributions(in);
  ASSERT_FALSE(left);
  EXPECT_EQ(left.error().fields.at(0).field, "keyInputs.6");
  EXPECT_EQ(left.error().fields.at(0).code, "member_not_in_year");
  in = insjoriket(2020, Money::kronor(1'000'000));
  in.members.erase(in.members.begin() + 2);  // no region
  EXPECT_EQ(calculate_contributions(in).error().fields.at(0).code, "missing_region");
}

TEST(Contribution, SeveralRegionsSplitTheirQuarterByTheirKommunerPopulation) {
  auto in = insjoriket(2020, Money::kronor(1'000'000));
  in.members.push_back(member(9, "Region Halland", PartyKind::region, "13"));
  in.members.push_back(member(10, "Kungsbacka kommun", PartyKind::kommun, "1384"));
  in.population["1384"] = 138232;  // as many as the five others together
  in.kommun_region["1384"] = "13";
  auto calc = calculate_contributions(in);
  ASSERT_TRUE(calc);
  EXPECT_EQ(amount_of(*calc, 3), Money::kronor(125'000));
  EXPECT_EQ(amount_of(*calc, 9), Money::kronor(125'000));
}

// Property: for random budgets and keys the parts add up exactly to each share and the shares are
// 50/25/25 of the total within one öre.
TEST(Contribution, PartsAlwaysSumToTheWhole) {
  std::mt19937_64 rng(20261122);
  std::uniform_int_distribution<std::int64_t> budget(0, 5'000'000'000);
  std::uniform_int_distribution<std::int64_t> population(0, 1'000'000);
  std::uniform_int_distribution<int> kind(0, 2);
  for (int round = 0; round < 2000; ++round) {
    auto in = insjoriket(2020, Money::ore(budget(rng)));
    in.key.kind = kind(rng) == 0 ? SplitKeyKind::population_sickness : SplitKeyKind::population;
    for (auto& [code, pop] : in.population) pop = population(rng) + 1;
    for (std::int64_t id = 4; id <= 8; ++id) in.key_inputs.push_back({id, population(rng) % 36'000 + 1, {}, {}});
    auto calc = calculate_contributions(in);
    ASSERT_TRUE(calc);
    Money sum;
    Money kommuner;
    for (const auto& c : calc->contributions) {
      sum = sum + c.amount;
      if (c.party == Party::kommun) kommuner = kommuner + c.amount;
    }
    ASSERT_EQ(sum, in.total);
    ASSERT_EQ(kommuner, calc->shares.kommuner);
    const std::int64_t t = in.total.in_ore();
    ASSERT_LE(std::abs(calc->shares.state.in_ore() * 2 - t), 2);
    ASSERT_LE(std::abs(calc->shares.regions.in_ore() * 4 - t), 4);
    ASSERT_LE(std::abs(calc->shares.kommuner.in_ore() * 4 - t), 4);
  }
}

}  // namespace
}  // namespace samordna::core
