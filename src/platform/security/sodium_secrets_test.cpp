#include "platform/security/sodium_secrets.hpp"

#include <gtest/gtest.h>

namespace samordna::security {
namespace {

TEST(Sodium, HashesVerifyAndDiffer) {
  init_sodium();
  Argon2PasswordHasher hasher;
  auto a = hasher.hash("correct horse battery");
  auto b = hasher.hash("correct horse battery");
  EXPECT_NE(a, b);  // salted
  EXPECT_EQ(a.rfind("$argon2id$", 0), 0U);
  EXPECT_TRUE(hasher.verify(a, "correct horse battery"));
  EXPECT_FALSE(hasher.verify(a, "correct horse batter"));
  EXPECT_FALSE(hasher.verify("garbage", "x"));
}

TEST(Sodium, TokensAreRandomAndDigestsStable) {
  init_sodium();
  SodiumSecrets secrets;
  auto t1 = secrets.random_token();
  EXPECT_EQ(t1.size(), 43U);
  EXPECT_NE(t1, secrets.random_token());
  EXPECT_EQ(secrets.digest(t1), secrets.digest(t1));
  EXPECT_EQ(secrets.digest(t1).size(), 64U);
  EXPECT_EQ(generate_password().size(), 20U);
}

}  // namespace
}  // namespace samordna::security
