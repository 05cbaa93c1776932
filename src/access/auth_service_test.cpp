#include "access/auth_service.hpp"

#include <gtest/gtest.h>

#include <map>

#include "access/testing/fakes.hpp"

namespace samordna::core {
namespace {

using testing::FakeClock;
using testing::FakeHasher;
using testing::FakeSecrets;
using testing::MemorySessions;
using testing::MemoryUsers;

// Each test runs twice: reading the caller from the stores on every request, and with principals kept in memory
// at the access version (which the memory stores move where the database's triggers do).
class AuthTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    users.add_user(User{0, "admin", "Administratör", "h:correct horse battery", false, {"admin"}});
    if (GetParam()) {
      users.access = sessions.access = assignments.access = &version;
      auth.keep_principals(version, assignments);
    }
  }
  FakeClock clock;
  FakeSecrets secrets;
  FakeHasher hasher;
  MemoryUsers users;
  MemorySessions sessions;
  testing::MemoryAssignments assignments;
  testing::MemoryAccessVersion version;
  AuthService auth{users, sessions, hasher, secrets, clock, SessionPolicy{1800, 43200}};
};
INSTANTIATE_TEST_SUITE_P(ReadOrKept, AuthTest, ::testing::Bool(),
                         [](const auto& run) { return run.param ? "Kept" : "Read"; });

TEST_P(AuthTest, LoginCreatesASessionStoredOnlyAsDigest) {
  auto r = auth.login("admin", "correct horse battery");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->user.username, "admin");
  ASSERT_EQ(sessions.sessions.size(), 1U);
  EXPECT_EQ(sessions.sessions.begin()->first, "digest:" + r->token);
  EXPECT_TRUE(auth.authenticate(r->token));
}

TEST_P(AuthTest, WrongUserAndWrongPasswordGiveTheSameError) {
  auto wrong_password = auth.login("admin", "nope");
  auto wrong_user = auth.login("nobody", "correct horse battery");
  ASSERT_FALSE(wrong_password);
  ASSERT_FALSE(wrong_user);
  EXPECT_EQ(wrong_password.error().code, "invalid_credentials");
  EXPECT_EQ(wrong_user.error().code, "invalid_credentials");
  EXPECT_TRUE(sessions.sessions.empty());
}

TEST_P(AuthTest, EmptyFieldsAreValidationErrors) {
  auto r = auth.login("", "");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "validation_failed");
  EXPECT_EQ(r.error().fields.size(), 2U);
}

TEST_P(AuthTest, IdleAndAbsoluteExpiry) {
  auto r = auth.login("admin", "correct horse battery");
  clock.now += 1799;
  EXPECT_TRUE(auth.authenticate(r->token));
  clock.now += 1801;
  auto expired = auth.authenticate(r->token);
  ASSERT_FALSE(expired);
  EXPECT_EQ(expired.error().code, "session_expired");
  EXPECT_TRUE(sessions.sessions.empty());

  auto s = auth.login("admin", "correct horse battery");
  for (int i = 0; i < 25; ++i) {
    clock.now += 1700;
    ASSERT_TRUE(auth.authenticate(s->token)) << i;
  }
  clock.now += 1700;  // past 12 hours in all, though never idle
  EXPECT_EQ(auth.authenticate(s->token).error().code, "session_expired");
}

TEST_P(AuthTest, ASessionIsWrittenAtMostOnceAMinuteAndABusyStoreDoesNotFailTheRequest) {
  auto r = auth.login("admin", "correct horse battery");
  for (int i = 0; i < 10; ++i) {
    clock.now += 5;
    ASSERT_TRUE(auth.authenticate(r->token));
  }
  EXPECT_EQ(sessions.touches, 0);  // 50 s of reads wrote nothing
  clock.now += 10;
  ASSERT_TRUE(auth.authenticate(r->token));
  EXPECT_EQ(sessions.touches, 1);
  clock.now += 60;
  sessions.busy = true;  // another process holds the write lock: the read goes on
  ASSERT_TRUE(auth.authenticate(r->token));
  EXPECT_EQ(sessions.touches, 1);
  sessions.busy = false;
  ASSERT_TRUE(auth.authenticate(r->token));
  EXPECT_EQ(sessions.touches, 2);
}

TEST_P(AuthTest, LogoutAndDisabledUsers) {
  auto r = auth.login("admin", "correct horse battery");
  auth.logout(r->token);
  EXPECT_FALSE(auth.authenticate(r->token));
  auto s = auth.login("admin", "correct horse battery");
  users.set_disabled(1, true);
  EXPECT_FALSE(auth.authenticate(s->token));
  EXPECT_FALSE(auth.login("admin", "correct horse battery"));
}

class KeptAuthTest : public AuthTest {};
INSTANTIATE_TEST_SUITE_P(Kept, KeptAuthTest, ::testing::Values(true));

TEST_P(KeptAuthTest, AKeptCallerIsUsedOnlyWhileTheAccessVersionStands) {
  auto r = auth.login("admin", "correct horse battery");
  ASSERT_TRUE(auth.authenticate(r->token));
  ASSERT_TRUE(auth.authenticate(r->token)->assignments.has_value());
  // The session taken from the store without moving the version (which no database does): still kept, which
  // shows the request was answered from memory.
  const auto session = sessions.sessions;
  sessions.sessions.clear();
  EXPECT_TRUE(auth.authenticate(r->token));
  ++version.version;  // what any change to sessions, users or roles does, in any process
  auto after = auth.authenticate(r->token);
  ASSERT_FALSE(after);
  EXPECT_EQ(after.error().code, "unauthenticated");
  // A role given meanwhile is part of the next request's principal.
  sessions.sessions = session;
  ASSERT_TRUE(auth.authenticate(r->token)->assignments->empty());
  RoleAssignment role;
  role.user_id = 1;
  role.association_id = 7;
  role.role = Role::ekonom;
  assignments.add_assignment(role);
  auto with_role = auth.authenticate(r->token);
  ASSERT_TRUE(with_role);
  ASSERT_EQ(with_role->assignments->size(), 1U);
  EXPECT_EQ(with_role->assignments->front().association_id, 7);
  // A password changed elsewhere (another server or the command line) ends it at once.
  users.set_password_hash(1, "h:another horse battery");
  sessions.remove_sessions_of(1);
  EXPECT_FALSE(auth.authenticate(r->token));
}

TEST(PasswordPolicy, MinimumTwelveCharacters) {
  EXPECT_EQ(validate_new_password("").error().fields[0].code, "required");
  EXPECT_EQ(validate_new_password("elevenchars").error().fields[0].code, "too_short");
  EXPECT_TRUE(validate_new_password("twelve chars"));
  EXPECT_TRUE(validate_username("anna.berg"));
  EXPECT_FALSE(validate_username("anna berg"));
  EXPECT_FALSE(validate_username("a"));
}

TEST(AuthThrottleAndAudit, ThrottlesWrongPasswordsAndAuditsLogins) {
  FakeClock clock;
  FakeSecrets secrets;
  FakeHasher hasher;
  MemoryUsers users;
  MemorySessions sessions;
  testing::MemoryAttempts attempts;
  testing::MemoryAudit events;
  AuditTrail audit(events, testing::fake_digest, [&] { return clock.now; });
  LoginThrottle throttle(attempts, {5, 50, 50, 900});
  AuthService auth(users, sessions, hasher, secrets, clock, {}, &throttle, &audit);
  users.add_user({0, "admin", "Admin", hasher.hash("right password!"), false, {}});
  for (int i = 0; i < 1000; ++i) {
    auto r = auth.login("admin", "wrong password!", "10.0.0.1");
    ASSERT_FALSE(r);
    ASSERT_EQ(r.error().code, i < 5 ? "invalid_credentials" : "too_many_attempts");
  }
  // Throttled from the guessing address, the right password included, until the window has passed; the owner
  // at another address is not locked out.
  EXPECT_EQ(auth.login("admin", "right password!", "10.0.0.1").error().code, "too_many_attempts");
  clock.now += 901;
  EXPECT_TRUE(auth.login("admin", "right password!", "10.0.0.2"));
  EXPECT_EQ(events.events[0].action, "login_failed");
  EXPECT_EQ(events.events[5].action, "login_throttled");
  EXPECT_EQ(events.events.back().action, "login");
  EXPECT_EQ(events.events.back().actor.client_address, "10.0.0.2");
  EXPECT_FALSE(audit.verify());
}

TEST(AuthThrottleAndAudit, PasswordChangeRotatesEverySession) {
  FakeClock clock;
  FakeSecrets secrets;
  FakeHasher hasher;
  MemoryUsers users;
  MemorySessions sessions;
  AuthService auth(users, sessions, hasher, secrets, clock);
  users.add_user({0, "admin", "Admin", hasher.hash("right password!"), false, {}});
  auto first = *auth.login("admin", "right password!");
  auto second = *auth.login("admin", "right password!");
  EXPECT_EQ(auth.change_password(first.user, "wrong", "a new password 1", {}).error().fields[0].field,
            "currentPassword");
  EXPECT_EQ(auth.change_password(first.user, "right password!", "short", {}).error().fields[0].code, "too_short");
  auto changed = auth.change_password(first.user, "right password!", "a new password 1", {1, "admin", ""});
  ASSERT_TRUE(changed);
  EXPECT_FALSE(auth.authenticate(first.token));
  EXPECT_FALSE(auth.authenticate(second.token));
  EXPECT_TRUE(auth.authenticate(changed->token));
  auth.logout_everywhere({1, "admin", ""});
  EXPECT_FALSE(auth.authenticate(changed->token));
}

}  // namespace
}  // namespace samordna::core
