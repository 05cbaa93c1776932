#include "access/domain/throttle.hpp"

#include <gtest/gtest.h>

#include "access/testing/fakes.hpp"

namespace samordna::core {
namespace {

using testing::MemoryAttempts;

TEST(Throttle, APairIsBlockedAfterItsLimitButNotTheAccountFromElsewhere) {
  MemoryAttempts attempts;
  LoginThrottle throttle(attempts, {5, 50, 50, 900});
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(throttle.admit("Admin", true, "10.0.0.1", 1000 + i)) << i;
  EXPECT_FALSE(throttle.admit("ADMIN", true, "10.0.0.1", 1005));       // case-insensitive
  EXPECT_TRUE(throttle.admit("admin", true, "10.0.0.2", 1005));        // the owner, from the office, gets in
  EXPECT_TRUE(throttle.admit("admin", true, "10.0.0.1", 1004 + 900));  // the window has passed
}

TEST(Throttle, RefusedAttemptsAreNotCountedAgainstTheAccount) {
  MemoryAttempts attempts;
  LoginThrottle throttle(attempts, {5, 50, 50, 900});
  for (int i = 0; i < 1000; ++i) (void)throttle.admit("admin", true, "10.6.6.6", 1000);
  EXPECT_EQ(attempts.count(account_key("admin"), 0), 5);
  EXPECT_TRUE(throttle.admit("admin", true, "10.0.0.2", 1001));
}

TEST(Throttle, ADistributedGuessBlocksTheAccountEverywhere) {
  MemoryAttempts attempts;
  LoginThrottle throttle(attempts, {5, 50, 50, 900});
  for (int i = 0; i < 50; ++i) EXPECT_TRUE(throttle.admit("admin", true, "10.1.0." + std::to_string(i), 1000));
  EXPECT_FALSE(throttle.admit("admin", true, "10.0.0.2", 1001));
  EXPECT_TRUE(throttle.admit("other", true, "10.0.0.2", 1001));
}

TEST(Throttle, AnAddressGuessingUnknownNamesIsBlockedForUnknownNamesOnly) {
  MemoryAttempts attempts;
  LoginThrottle throttle(attempts, {5, 50, 50, 900});
  for (int i = 0; i < 50; ++i) EXPECT_TRUE(throttle.admit("nobody" + std::to_string(i), false, "10.0.0.9", 1000));
  EXPECT_FALSE(throttle.admit("fresh", false, "10.0.0.9", 1001));
  EXPECT_TRUE(throttle.admit("fresh", false, "10.0.0.8", 1001));
  EXPECT_TRUE(throttle.admit("ekonom", true, "10.0.0.9", 1001));  // the office behind that address logs in
}

TEST(Throttle, ASuccessClearsTheAccount) {
  MemoryAttempts attempts;
  LoginThrottle throttle(attempts, {5, 50, 50, 900});
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(throttle.admit("admin", true, "a", 1000));
  throttle.succeeded("admin", "a");
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(throttle.admit("admin", true, "a", 1001)) << i;
}

}  // namespace
}  // namespace samordna::core
