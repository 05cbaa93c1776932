#include "core/throttle.hpp"

#include <gtest/gtest.h>

#include "core/test_fakes.hpp"

namespace samordna::core {
namespace {

using testing::MemoryAttempts;

TEST(Throttle, BlocksAnAccountAfterTheLimitUntilTheWindowPasses) {
  MemoryAttempts attempts;
  LoginThrottle throttle(attempts, {5, 50, 900});
  for (int i = 0; i < 4; ++i) throttle.failed("Admin", "10.0.0.1", 1000 + i);
  EXPECT_FALSE(throttle.blocked("admin", "10.0.0.2", 1004));
  throttle.failed("admin", "10.0.0.1", 1004);
  EXPECT_TRUE(throttle.blocked("ADMIN", "10.0.0.2", 1005));  // case-insensitive, from any address
  EXPECT_FALSE(throttle.blocked("other", "10.0.0.2", 1005));
  EXPECT_FALSE(throttle.blocked("admin", "10.0.0.2", 1004 + 900));  // the window has passed
}

TEST(Throttle, BlocksAnAddressTryingManyAccounts) {
  MemoryAttempts attempts;
  LoginThrottle throttle(attempts, {5, 50, 900});
  for (int i = 0; i < 50; ++i) throttle.failed("user" + std::to_string(i), "10.0.0.9", 1000);
  EXPECT_TRUE(throttle.blocked("fresh", "10.0.0.9", 1001));
  EXPECT_FALSE(throttle.blocked("fresh", "10.0.0.8", 1001));
}

TEST(Throttle, ASuccessClearsTheAccount) {
  MemoryAttempts attempts;
  LoginThrottle throttle(attempts, {5, 50, 900});
  for (int i = 0; i < 4; ++i) throttle.failed("admin", "a", 1000);
  throttle.succeeded("admin");
  throttle.failed("admin", "a", 1001);
  EXPECT_FALSE(throttle.blocked("admin", "b", 1002));
}

}  // namespace
}  // namespace samordna::core
