#include "follow_up/domain/cell_key.hpp"

#include <gtest/gtest.h>

#include <map>

namespace samordna::core {
namespace {

TEST(CellKey, NoiseIsSmallEvenAndTheSameForTheSameKeyAndCount) {
  std::map<int, int> seen;
  for (std::uint64_t key = 0; key < 50'000; ++key) {
    const int noise = cell_noise(key * 0x9e3779b97f4a7c15ULL, 17);
    ASSERT_GE(noise, -kMaxNoise);
    ASSERT_LE(noise, kMaxNoise);
    ++seen[noise];
    ASSERT_EQ(noise, cell_noise(key * 0x9e3779b97f4a7c15ULL, 17));
  }
  for (int noise = -kMaxNoise; noise <= kMaxNoise; ++noise) {  // each about one in five
    EXPECT_NEAR(seen[noise], 10'000, 500) << noise;
  }
}

TEST(CellKey, AProtectedCountIsNeverBelowTheThreshold) {
  for (std::uint64_t key = 0; key < 5'000; ++key) {
    for (std::int64_t count = 5; count < 12; ++count) {
      const auto shown = protected_count(count, key * 0x2545f4914f6cdd1dULL, 5);
      EXPECT_GE(shown, 5);
      EXPECT_LE(std::abs(shown - count), kMaxNoise);
    }
  }
}

TEST(CellKey, SharesAreRoundedToFivePointsAndStayWithinZeroToHundred) {
  for (std::uint64_t key = 0; key < 2'000; ++key) {
    for (std::int64_t percent : {0, 1, 3, 48, 50, 97, 100}) {
      const auto shown = protected_percent(percent, key * 0x2545f4914f6cdd1dULL);
      EXPECT_EQ(shown % 5, 0);
      EXPECT_GE(shown, 0);
      EXPECT_LE(shown, 100);
      EXPECT_LE(std::abs(shown - percent), 8);
    }
  }
}

}  // namespace
}  // namespace samordna::core
