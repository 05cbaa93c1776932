// FinsamService in memory: Uppföljning Finsam's figures for a year (participants by gender in individual
// insatser, attendance in structural ones, funds by kind of party budgeted and received, equity), exact for
// the staff who report them and protected when published; the year is checked against the data.
#include "follow_up/finsam_figures.hpp"

#include <gtest/gtest.h>

#include "follow_up/testing/world.hpp"
#include "kernel/testing/results.hpp"

namespace samordna::core {
namespace {

using testing::code_of;
using testing::field_code_of;
using testing::field_of;
using W = testing::FollowUpWorld;

class FinsamServiceTest : public ::testing::Test {
 protected:
  testing::FollowUpWorld w;
  FinsamService service{w.statistics_service, w.finance, w.associations};

  static std::optional<std::int64_t> cell(const Pivot& p, const std::string& row, const std::string& column) {
    for (std::size_t r = 0; r < p.rows.size(); ++r) {
      for (std::size_t c = 0; c < p.columns.size(); ++c) {
        if (p.rows[r] == row && p.columns[c] == column) return p.values[r][c];
      }
    }
    return std::nullopt;
  }
};

TEST_F(FinsamServiceTest, ReportsParticipantsAttendanceFundsAndEquityForTheYear) {
  w.budget(2026, Money::kronor(10'000'000));
  w.paid(2026, W::kFk);
  w.paid(2026, W::kAlingsas);
  auto figures = service.figures(W::kInsjoriket, 2026, 0, false, true);
  ASSERT_TRUE(figures) << code_of(figures) << " " << field_of(figures);
  EXPECT_EQ(figures->year, 2026);
  EXPECT_FALSE(figures->individual.suppression);
  EXPECT_EQ(cell(figures->individual.pivot, "Balder", "man"), 2);
  EXPECT_EQ(cell(figures->individual.pivot, "Individsamverkansteamet", "woman"), 6);
  EXPECT_EQ(figures->individual.pivot.rows.size(), 2U);  // structural insatser count attendance instead
  EXPECT_EQ(cell(figures->structural.pivot, "Nätverk", "woman"), 20);
  EXPECT_EQ(figures->structural.pivot.rows.size(), 1U);

  ASSERT_EQ(figures->funds.size(), 4U);
  EXPECT_EQ(figures->funds[0].kind, PartyKind::fk);
  EXPECT_EQ(figures->funds[0].budgeted, Money::kronor(5'000'000));
  EXPECT_EQ(figures->funds[0].received, Money::kronor(5'000'000));
  EXPECT_EQ(figures->funds[1].received, Money::ore(0));
  EXPECT_EQ(figures->funds[3].budgeted, Money::kronor(2'500'000));  // the kommuner together
  Money alingsas;
  const auto view = w.finance.budget(W::kInsjoriket, 2026);  // kept: the loop reads into it
  for (const auto& c : view->calculation.contributions) {
    if (c.member_id == W::kAlingsas) alingsas = c.amount;
  }
  EXPECT_GT(alingsas, Money::ore(0));
  EXPECT_EQ(figures->funds[3].received, alingsas);  // Ale has not paid
  EXPECT_EQ(figures->budgeted, Money::kronor(10'000'000));
  EXPECT_EQ(figures->received, figures->funds[0].received + figures->funds[3].received);
  EXPECT_FALSE(figures->equity);  // none entered for the year
}

TEST_F(FinsamServiceTest, PublishedOrForOthersTheFiguresAreProtected) {
  auto published = service.figures(W::kInsjoriket, 2026, 0, true, true);
  ASSERT_TRUE(published);
  ASSERT_TRUE(published->individual.suppression);
  EXPECT_FALSE(cell(published->individual.pivot, "Balder", "man"));
  auto others = service.figures(W::kInsjoriket, 2026, 0, false, false);
  ASSERT_TRUE(others);
  EXPECT_TRUE(others->individual.suppression);
}

TEST_F(FinsamServiceTest, WithoutABudgetThereAreNoFunds) {
  auto figures = service.figures(W::kInsjoriket, 2026, 0, false, true);
  ASSERT_TRUE(figures);
  EXPECT_TRUE(figures->funds.empty());
  EXPECT_EQ(figures->budgeted, Money::ore(0));
}

TEST_F(FinsamServiceTest, ChecksTheYearAndTheThreshold) {
  EXPECT_EQ(field_of(service.figures(W::kInsjoriket, 2005, 0, false, true)), "year");
  EXPECT_EQ(field_code_of(service.figures(W::kInsjoriket, 2005, 0, false, true)), "before_data");
  EXPECT_EQ(field_of(service.figures(W::kInsjoriket, 2027, 0, false, true)), "year");
  EXPECT_EQ(field_code_of(service.figures(W::kInsjoriket, 2027, 0, false, true)), "after_data");
  EXPECT_EQ(field_of(service.figures(W::kInsjoriket, 2026, 2, false, true)), "threshold");
  EXPECT_EQ(code_of(service.figures(99, 2026, 0, false, true)), "not_found");
}

TEST_F(FinsamServiceTest, TheFirstYearStartsTheDayTheForbundWasFormed) {
  auto first = service.period(W::kInsjoriket, 2006);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->first, W::day("2006-07-01"));
  EXPECT_EQ(first->second, W::day("2006-12-31"));
  EXPECT_TRUE(service.figures(W::kInsjoriket, 2006, 0, false, true));
  EXPECT_EQ(service.period(W::kInsjoriket, 2026)->first, W::day("2026-01-01"));
}

}  // namespace
}  // namespace samordna::core
