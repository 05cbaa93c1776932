#include <gtest/gtest.h>

#include "access/http/routes.hpp"

namespace samordna::http {
namespace {

// The requests the server runs apart from its workers: exactly those that hash a password.
TEST(HashesPassword, TheLoginThePasswordChangeAndTheInvitationAcceptedOnly) {
  EXPECT_TRUE(hashes_password("POST", "/api/v1/session"));
  EXPECT_TRUE(hashes_password("PUT", "/api/v1/session/password"));
  EXPECT_TRUE(hashes_password("POST", "/api/v1/invitations/acceptance"));
  EXPECT_FALSE(hashes_password("GET", "/api/v1/session"));
  EXPECT_FALSE(hashes_password("DELETE", "/api/v1/session"));
  EXPECT_FALSE(hashes_password("POST", "/api/v1/session/"));
  EXPECT_FALSE(hashes_password("POST", "/api/v1/sessions"));
  EXPECT_FALSE(hashes_password("GET", "/api/v1/associations/1/members"));
}

}  // namespace
}  // namespace samordna::http
