#include "kernel/money.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

TEST(Money, FormatsSwedish) {
  EXPECT_EQ(format_kr(Money::ore(123456750)), "1\u00a0234\u00a0567,50 kr");
  EXPECT_EQ(format_kr(Money::ore(-5)), "-0,05 kr");
  EXPECT_EQ(format_tkr(Money::tkr(644)), "644 tkr");
  EXPECT_EQ(format_tkr(Money::kronor(1'373'499)), "1\u00a0373 tkr");
  EXPECT_EQ(format_tkr(Money::kronor(1'373'500)), "1\u00a0374 tkr");
  EXPECT_EQ(format_mnkr(Money::kronor(14'060'000)), "14,1 mnkr");
  EXPECT_EQ(format_mnkr(Money::kronor(-339'000'000)), "-339,0 mnkr");
}

TEST(Money, ParsesKronor) {
  EXPECT_EQ(Money::parse_kronor("1 234,50"), Money::ore(123450));
  EXPECT_EQ(Money::parse_kronor("1\u00a0234.5"), Money::ore(123450));
  EXPECT_EQ(Money::parse_kronor("-12"), Money::kronor(-12));
  for (const char* bad : {"", "1,234,5", "12,345", "abc", "1,", ",5", "-"}) {
    EXPECT_FALSE(Money::parse_kronor(bad)) << bad;
  }
}

TEST(Money, ArithmeticIsExact) {
  EXPECT_EQ(Money::tkr(400) + Money::kronor(1), Money::ore(40'000'100));
  EXPECT_EQ((Money::tkr(1) - Money::ore(1)).in_ore(), 99'999);
}

TEST(Money, DividesRoundingHalfAwayFromZeroNotTruncating) {
  EXPECT_EQ(divide_rounded(Money::ore(200), 3), Money::ore(67));  // 66.67: truncating gave 66
  EXPECT_EQ(divide_rounded(Money::ore(100), 3), Money::ore(33));
  EXPECT_EQ(divide_rounded(Money::ore(5), 2), Money::ore(3));
  EXPECT_EQ(divide_rounded(Money::ore(-5), 2), Money::ore(-3));
  EXPECT_EQ(divide_rounded(Money::kronor(1'000'000), 7), Money::ore(14'285'714));
}

}  // namespace
}  // namespace samordna::core
