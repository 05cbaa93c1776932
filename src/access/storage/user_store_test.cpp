#include "access/storage/user_store.hpp"

#include <gtest/gtest.h>

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

TEST_F(UserStoreTest, ASessionBelongsToAUser) {
  EXPECT_THROW(store_.add_session({"t", 99, "c", 1, 1}), ConstraintError);
  auto bo = store_.add_user({0, "bo", "Bo", "h", false, {}});
  store_.add_session({"t", bo, "c", 1, 1});
  EXPECT_THROW(store_.add_session({"t", bo, "c", 1, 1}), ConstraintError);  // the digest is the key
}

}  // namespace
}  // namespace samordna::storage
