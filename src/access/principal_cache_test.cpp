// PrincipalCache: a principal is found only at the version it was kept at (and let go at another), its last use
// follows what is written, and past its bound the cache starts afresh.
#include "access/principal_cache.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

Principal principal(std::int64_t user_id) {
  Principal p;
  p.user.id = user_id;
  p.session.user_id = user_id;
  p.session.last_seen_at = 100;
  return p;
}

TEST(PrincipalCache, FoundOnlyAtTheVersionItWasKeptAt) {
  PrincipalCache cache;
  cache.keep("a", 5, principal(1));
  ASSERT_TRUE(cache.find("a", 5));
  EXPECT_EQ(cache.find("a", 5)->user.id, 1);
  EXPECT_FALSE(cache.find("b", 5));
  EXPECT_FALSE(cache.find("a", 6));
  EXPECT_FALSE(cache.find("a", 5)) << "let go when seen at another version";
  EXPECT_EQ(cache.size(), 0U);
}

TEST(PrincipalCache, LastUseAndForgetting) {
  PrincipalCache cache;
  cache.keep("a", 1, principal(1));
  cache.touched("a", 160);
  cache.touched("missing", 160);  // nothing to do
  EXPECT_EQ(cache.find("a", 1)->session.last_seen_at, 160);
  cache.forget("a");
  EXPECT_FALSE(cache.find("a", 1));
}

TEST(PrincipalCache, PastItsBoundItStartsAfresh) {
  PrincipalCache cache(2);
  cache.keep("a", 1, principal(1));
  cache.keep("b", 1, principal(2));
  cache.keep("b", 1, principal(3));  // replacing one is not growing
  EXPECT_EQ(cache.size(), 2U);
  cache.keep("c", 1, principal(4));
  EXPECT_EQ(cache.size(), 1U);
  EXPECT_TRUE(cache.find("c", 1));
  EXPECT_FALSE(cache.find("a", 1));
}

}  // namespace
}  // namespace samordna::core
