// The access and members versions: from the watch while it knows them, read from the store whenever it does not,
// and always read without a watch.
#include "app/watched_versions.hpp"

#include <gtest/gtest.h>

#include "access/testing/fakes.hpp"
#include "membership/testing/memory_membership.hpp"

namespace samordna::app {
namespace {

struct CountedAccess : core::testing::MemoryAccessVersion {
  int reads = 0;
  std::int64_t access_version() override {
    ++reads;
    return MemoryAccessVersion::access_version();
  }
};

TEST(WatchedVersions, KnownNumbersAreNotReadAndUnknownOnesAre) {
  storage::CounterWatch watch(watched_counter_tables());
  CountedAccess stored_access;
  stored_access.version = 4;
  core::testing::MemoryAssociations stored_members;
  stored_members.members_changes = 9;
  WatchedAccessVersion access(stored_access, &watch);
  WatchedMembersVersion members(stored_members, &watch);

  EXPECT_EQ(access.access_version(), 4);  // unknown until the listener's first read
  EXPECT_EQ(stored_access.reads, 1);
  EXPECT_EQ(members.members_version(), 9);

  ASSERT_TRUE(watch.read(watch.begin_read(), {5, 10, 2}));
  EXPECT_EQ(access.access_version(), 5);
  EXPECT_EQ(members.members_version(), 10);
  EXPECT_EQ(stored_access.reads, 1);

  watch.written();  // a write of this server: read until the listener has read again
  EXPECT_EQ(access.access_version(), 4);
  EXPECT_EQ(members.members_version(), 9);
  EXPECT_EQ(stored_access.reads, 2);
}

TEST(WatchedVersions, WithoutAWatchEveryCallReads) {
  CountedAccess stored_access;
  core::testing::MemoryAssociations stored_members;
  WatchedAccessVersion access(stored_access, nullptr);
  WatchedMembersVersion members(stored_members, nullptr);
  EXPECT_EQ(access.access_version(), 1);
  EXPECT_EQ(access.access_version(), 1);
  EXPECT_EQ(stored_access.reads, 2);
  stored_members.members_changes = 3;
  EXPECT_EQ(members.members_version(), 3);
}

}  // namespace
}  // namespace samordna::app
