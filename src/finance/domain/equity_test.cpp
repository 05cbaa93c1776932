#include "finance/domain/equity.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

TEST(Equity, CarriesTheClosingIntoTheNextYear) {
  // Trelleborg's förbund carried 1 373 tkr of equity from 2017 into 2018.
  std::vector<EquityEntry> entries{{2018, std::nullopt, Money::tkr(4000), Money::tkr(4500), 1},
                                   {2017, Money::tkr(873), Money::tkr(4000), Money::tkr(3500), 1}};
  auto ledger = equity_ledger(entries, {{2017, Money::tkr(4000)}, {2018, Money::tkr(4000)}}, 2500);
  ASSERT_EQ(ledger.size(), 2U);
  EXPECT_EQ(ledger[0].year, 2017);
  EXPECT_EQ(ledger[0].result, Money::tkr(500));
  EXPECT_EQ(ledger[0].closing, Money::tkr(1373));
  EXPECT_EQ(ledger[1].opening, Money::tkr(1373));
  EXPECT_EQ(ledger[1].result, Money::tkr(-500));
  EXPECT_EQ(ledger[1].closing, Money::tkr(873));
  EXPECT_EQ(ledger[0].share_bp, 3433);  // 1 373 / 4 000 = 34,3 %
  EXPECT_TRUE(ledger[0].flagged);
  EXPECT_FALSE(ledger[1].flagged);  // 873 / 4 000 = 21,8 %, under the limit of 25 %
}

TEST(Equity, ValidatesAnEntry) {
  EXPECT_TRUE(validate_equity_entry({2017, Money(), Money(), Money(), 1}, true));
  auto no_opening = validate_equity_entry({2017, std::nullopt, Money(), Money(), 1}, true);
  ASSERT_FALSE(no_opening);
  EXPECT_EQ(no_opening.error().fields[0].field, "openingOre");
  auto negative = validate_equity_entry({2018, std::nullopt, Money::ore(-1), Money::ore(-1), 1}, false);
  ASSERT_FALSE(negative);
  EXPECT_EQ(negative.error().fields.size(), 2U);
}

}  // namespace
}  // namespace samordna::core
