#include "access/storage/invitation_store.hpp"

#include <gtest/gtest.h>

#include "platform/database/testing/test_database.hpp"

namespace samordna::storage {
namespace {

class InvitationStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (auto name : {"admin", "bo", "eva"}) {
      file_.db().execute(
          "INSERT INTO app_user (username, display_name, password_hash, disabled, created_at) VALUES ($1, $1, '', 0, "
          "1)",
          {std::string(name)});
    }
  }
  testing::TestDatabase file_;
  InvitationStore store_{file_.db()};
};

TEST_F(InvitationStoreTest, RoundTripByTokenDigest) {
  auto id = store_.add_invitation({0, 2, "digest-bo", 1, 1'000, 1'000 + core::kInvitationSeconds, std::nullopt});
  auto found = store_.find_invitation("digest-bo");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, id);
  EXPECT_EQ(found->user_id, 2);
  EXPECT_EQ(found->token_digest, "digest-bo");
  EXPECT_EQ(found->created_by, 1);
  EXPECT_EQ(found->created_at, 1'000);
  EXPECT_EQ(found->expires_at, 1'000 + core::kInvitationSeconds);
  EXPECT_FALSE(found->used_at);
  EXPECT_FALSE(store_.find_invitation("digest-eva"));
}

TEST_F(InvitationStoreTest, ADigestIsUniqueAndTheUserMustExist) {
  store_.add_invitation({0, 2, "d", 1, 1, 2, std::nullopt});
  EXPECT_THROW(store_.add_invitation({0, 3, "d", 1, 1, 2, std::nullopt}), ConstraintError);
  EXPECT_THROW(store_.add_invitation({0, 99, "e", 1, 1, 2, std::nullopt}), ConstraintError);
  EXPECT_EQ(store_.find_invitation("d")->user_id, 2);
}

TEST_F(InvitationStoreTest, AnInvitationIsUsedOnce) {
  auto id = store_.add_invitation({0, 2, "d", 1, 1, 2, std::nullopt});
  EXPECT_TRUE(store_.use_invitation(id, 50));
  EXPECT_FALSE(store_.use_invitation(id, 60));  // another request used it first
  EXPECT_EQ(store_.find_invitation("d")->used_at, 50);
  EXPECT_FALSE(store_.use_invitation(id + 1, 60));
}

TEST_F(InvitationStoreTest, RetiringMarksOnlyTheUsersUnusedInvitations) {
  auto used = store_.add_invitation({0, 2, "bo-1", 1, 1, 2, std::nullopt});
  store_.add_invitation({0, 2, "bo-2", 1, 3, 4, std::nullopt});
  store_.add_invitation({0, 3, "eva-1", 1, 3, 4, std::nullopt});
  store_.use_invitation(used, 10);
  store_.retire_invitations_of(2, 20);
  EXPECT_EQ(store_.find_invitation("bo-1")->used_at, 10);  // keeps when it was used
  EXPECT_EQ(store_.find_invitation("bo-2")->used_at, 20);
  EXPECT_FALSE(store_.find_invitation("eva-1")->used_at);
}

}  // namespace
}  // namespace samordna::storage
