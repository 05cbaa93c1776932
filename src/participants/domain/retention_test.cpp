#include "participants/domain/retention.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

TEST(Retention, TwoYearsAfterTheLastParticipationEnded) {
  RetentionFacts f{1, true, false, d("2024-03-14")};
  EXPECT_EQ(retention_ends(d("2024-03-14"), 2), d("2026-03-15"));
  EXPECT_FALSE(due_for_removal(f, 2, d("2026-03-14")));
  EXPECT_TRUE(due_for_removal(f, 2, d("2026-03-15")));
  EXPECT_FALSE(due_for_removal(f, 3, d("2026-03-15")));  // a förbund that keeps three years
  EXPECT_EQ(retention_ends(d("2024-02-29"), 2), d("2026-03-01"));
}

TEST(Retention, NeverWhileActiveOrWhenNothingIsLeft) {
  EXPECT_FALSE(due_for_removal({1, true, true, d("2010-01-01")}, 2, d("2026-11-22")));    // still taking part
  EXPECT_FALSE(due_for_removal({1, false, false, d("2010-01-01")}, 2, d("2026-11-22")));  // already removed
  EXPECT_TRUE(due_for_removal({1, true, false, std::nullopt}, 2, d("2026-11-22")));
}

}  // namespace
}  // namespace samordna::core
