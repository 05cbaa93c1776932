#include "access/storage/user_store.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <future>
#include <string>
#include <thread>

#include "platform/database/testing/test_database.hpp"

// Beyond src/app/storage_test.cpp (add, duplicate username, roles, touch, a new password ends sessions, list).
namespace samordna::storage {
namespace {

class UserStoreTest : public ::testing::Test {
 protected:
  testing::TestDatabase file_;
  UserStore store_{file_.db()};
};

TEST_F(UserStoreTest, FindsAUserByIdWithEveryField) {
  auto id = store_.add_user({0, "bo", "Bo Ek", "$argon2id$x", true, {"superuser", "admin"}});
  auto user = store_.find_user(id);
  ASSERT_TRUE(user);
  EXPECT_EQ(user->id, id);
  EXPECT_EQ(user->username, "bo");
  EXPECT_EQ(user->display_name, "Bo Ek");
  EXPECT_EQ(user->password_hash, "$argon2id$x");
  EXPECT_TRUE(user->disabled);
  EXPECT_EQ(user->roles, (std::vector<std::string>{"admin", "superuser"}));  // by name
  EXPECT_FALSE(store_.find_user(id + 1));
  EXPECT_FALSE(store_.find_user_by_username("BO"));
}

TEST_F(UserStoreTest, ADuplicateUsernameLeavesNoRoles) {
  store_.add_user({0, "bo", "Bo", "h", false, {}});
  EXPECT_THROW(store_.add_user({0, "bo", "Other", "h", false, {"superuser"}}), ConstraintError);
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM user_role"), 0);
  EXPECT_EQ(store_.list_users().size(), 1U);
}

TEST_F(UserStoreTest, NewPasswordIsStored) {
  auto id = store_.add_user({0, "bo", "Bo", "old", false, {}});
  store_.set_password_hash(id, "new");
  EXPECT_EQ(store_.find_user(id)->password_hash, "new");
}

TEST_F(UserStoreTest, DisablingEndsTheUsersSessionsOnly) {
  auto bo = store_.add_user({0, "bo", "Bo", "h", false, {}});
  auto eva = store_.add_user({0, "eva", "Eva", "h", false, {}});
  store_.add_session({"bo-1", bo, "c1", 10, 10});
  store_.add_session({"bo-2", bo, "c2", 11, 11});
  store_.add_session({"eva-1", eva, "c3", 12, 12});
  store_.set_disabled(bo, true);
  EXPECT_TRUE(store_.find_user(bo)->disabled);
  EXPECT_FALSE(store_.find_session("bo-1"));
  EXPECT_FALSE(store_.find_session("bo-2"));
  EXPECT_TRUE(store_.find_session("eva-1"));
  store_.set_disabled(bo, false);
  EXPECT_FALSE(store_.find_user(bo)->disabled);
}

TEST_F(UserStoreTest, EnablingKeepsSessions) {
  auto bo = store_.add_user({0, "bo", "Bo", "h", false, {}});
  store_.add_session({"bo-1", bo, "c1", 10, 10});
  store_.set_disabled(bo, false);
  EXPECT_TRUE(store_.find_session("bo-1"));
}

TEST_F(UserStoreTest, SessionRoundTripAndRemoval) {
  auto bo = store_.add_user({0, "bo", "Bo", "h", false, {}});
  auto eva = store_.add_user({0, "eva", "Eva", "h", false, {}});
  store_.add_session({"bo-1", bo, "csrf-1", 100, 150});
  store_.add_session({"bo-2", bo, "csrf-2", 100, 100});
  store_.add_session({"eva-1", eva, "csrf-3", 100, 100});
  auto s = store_.find_session("bo-1");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->token_digest, "bo-1");
  EXPECT_EQ(s->user_id, bo);
  EXPECT_EQ(s->csrf_token, "csrf-1");
  EXPECT_EQ(s->created_at, 100);
  EXPECT_EQ(s->last_seen_at, 150);
  EXPECT_FALSE(store_.find_session("nope"));

  store_.touch_session("bo-2", 200);
  EXPECT_EQ(store_.find_session("bo-2")->created_at, 100);  // touching moves last seen only
  EXPECT_EQ(store_.find_session("bo-1")->last_seen_at, 150);

  store_.remove_session("bo-1");
  EXPECT_FALSE(store_.find_session("bo-1"));
  EXPECT_TRUE(store_.find_session("bo-2"));
  store_.remove_sessions_of(bo);
  EXPECT_FALSE(store_.find_session("bo-2"));
  EXPECT_TRUE(store_.find_session("eva-1"));
}

TEST_F(UserStoreTest, EndingASessionWaitsForTheWriteInProgressInsteadOfDeadlockingWithIt) {
  // On PostgreSQL a logout ran on its own, outside the writers' lock: it locked its session, then waited in the
  // trigger for the access version, which a password change of the same user held while it waited to delete that
  // session. PostgreSQL ended one of them (a 503). Now the logout waits for the change, then finds it done.
  auto bo = store_.add_user({0, "bo", "Bo", "h", false, {}});
  store_.add_session({"bo-1", bo, "csrf-1", 100, 100});
  std::promise<void> inside;
  std::promise<void> go_on;
  std::string writer_failed;
  std::thread writer([&] {
    try {
      file_.db().transaction([&] {
        file_.db().execute("UPDATE app_user SET version = version + 1 WHERE id = $1", {bo});  // the access version
        inside.set_value();
        go_on.get_future().wait();
        file_.db().execute("DELETE FROM session WHERE user_id = $1", {bo});
      });
    } catch (const std::exception& e) {
      writer_failed = e.what();
    }
  });
  inside.get_future().wait();
  auto logout = std::async(std::launch::async, [&] { store_.remove_session("bo-1"); });
  EXPECT_EQ(logout.wait_for(std::chrono::milliseconds(300)), std::future_status::timeout);  // it waits
  go_on.set_value();
  writer.join();
  EXPECT_EQ(writer_failed, "");
  EXPECT_NO_THROW(logout.get());
  EXPECT_FALSE(store_.find_session("bo-1"));
}

TEST_F(UserStoreTest, ASessionBelongsToAUser) {
  EXPECT_THROW(store_.add_session({"t", 99, "c", 1, 1}), ConstraintError);
  auto bo = store_.add_user({0, "bo", "Bo", "h", false, {}});
  store_.add_session({"t", bo, "c", 1, 1});
  EXPECT_THROW(store_.add_session({"t", bo, "c", 1, 1}), ConstraintError);  // the digest is the key
}

// Every change to what a caller's access is read from moves the access version (migration 0029), in any process;
// a session's last use and a new session do not.
TEST_F(UserStoreTest, TheAccessVersionMovesWithEveryChangeToWhoMayDoWhat) {
  auto& db = file_.db();
  const auto moves = [&](const char* what, const std::function<void()>& change) {
    const auto before = store_.access_version();
    change();
    EXPECT_GT(store_.access_version(), before) << what;
  };
  const auto stays = [&](const char* what, const std::function<void()>& change) {
    const auto before = store_.access_version();
    change();
    EXPECT_EQ(store_.access_version(), before) << what;
  };
  EXPECT_GE(store_.access_version(), 1);
  std::int64_t bo = 0;
  stays("a new user without roles", [&] { bo = store_.add_user({0, "bo", "Bo", "h", false, {}}); });
  stays("a new session", [&] { store_.add_session({"bo-1", bo, "csrf-1", 100, 100}); });
  stays("a session's last use", [&] { store_.touch_session("bo-1", 160); });
  moves("a session's token changed", [&] { db.execute("UPDATE session SET csrf_token = 'other'"); });
  moves("a password", [&] { store_.set_password_hash(bo, "h2"); });
  moves("a user disabled", [&] { store_.set_disabled(bo, true); });
  moves("a role of the installation",
        [&] { db.execute("INSERT INTO user_role (user_id, role) VALUES ($1, 'superuser')", {bo}); });
  moves("a role of the installation taken", [&] { db.execute("DELETE FROM user_role WHERE user_id = $1", {bo}); });
  moves("a förbund", [&] {
    db.execute(
        "INSERT INTO association (id, name, org_number, seat, formed_on) VALUES (1, 'F', '1', 'A', '2006-07-01')");
  });
  db.execute(
      "INSERT INTO member (id, association_id, name, party_kind, joined_on) VALUES (10, 1, 'FK', 'fk', '2006-07-01')");
  moves("a role in a förbund", [&] {
    db.execute(
        "INSERT INTO role_assignment (id, user_id, association_id, role, valid_from) VALUES (5, $1, 1, "
        "'deltagaransvarig', '2026-01-01')",
        {bo});
  });
  moves("a role confirmed", [&] { db.execute("UPDATE role_assignment SET confirmed_by = 1, confirmed_at = 1"); });
  moves("a role confirmed for a party", [&] {
    db.execute(
        "INSERT INTO role_confirmation (assignment_id, member_id, confirmed_by, confirmed_at) VALUES (5, 10, 1, 1)");
  });
  moves("a confirmation taken back", [&] { db.execute("DELETE FROM role_confirmation"); });
  moves("a role ended", [&] { db.execute("DELETE FROM role_assignment"); });
  store_.add_session({"bo-3", bo, "csrf-3", 100, 100});  // a new password and disabling ended bo-1
  moves("a session ended", [&] { store_.remove_session("bo-3"); });
  store_.add_session({"bo-2", bo, "csrf-2", 100, 100});
  moves("every session of a user ended", [&] { store_.remove_sessions_of(bo); });
  db.execute("DELETE FROM member");
  moves("a förbund removed", [&] { db.execute("DELETE FROM association"); });
  // A change rolled back moves nothing.
  stays("a change rolled back", [&] {
    EXPECT_ANY_THROW(db.transaction([&] {
      store_.set_disabled(bo, false);
      throw std::runtime_error("rolled back");
    }));
  });
}

}  // namespace
}  // namespace samordna::storage
