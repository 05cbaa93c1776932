#include "follow_up/follow_up_report.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

TEST(FollowUpReport, SharesAreWholePercentRoundedHalfUp) {
  EXPECT_EQ(percent_of(1, 3), 33);
  EXPECT_EQ(percent_of(2, 3), 67);
  EXPECT_EQ(percent_of(1, 8), 13);  // 12.5 → 13
  EXPECT_EQ(percent_of(0, 9), 0);
  EXPECT_EQ(percent_of(9, 9), 100);
}

TEST(FollowUpReport, NoShareWhenAPartIsHiddenOrNothingEnded) {
  EXPECT_EQ(percent_of(std::nullopt, 10), std::nullopt);
  EXPECT_EQ(percent_of(3, std::nullopt), std::nullopt);
  EXPECT_EQ(percent_of(0, 0), std::nullopt);
}

}  // namespace
}  // namespace samordna::core
