#include "core/association.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

TEST(Association, PartyKindRoundTrips) {
  for (auto kind : {PartyKind::fk, PartyKind::af, PartyKind::region, PartyKind::kommun}) {
    EXPECT_EQ(parse_party_kind(to_string(kind)), kind);
  }
  EXPECT_FALSE(parse_party_kind("county"));
}

TEST(Association, MemberStatusFollowsNoticeAndLeaving) {
  // Härryda gave notice 2020-06-15; under "tre kalenderår" it is a member until 2023-12-31.
  Member harryda;
  harryda.joined_on = *CivilDate::parse("2006-07-01");
  EXPECT_EQ(member_status(harryda, *CivilDate::parse("2020-06-14")), MemberStatus::active);
  harryda.notice_given_on = CivilDate::parse("2020-06-15");
  harryda.left_on = CivilDate::parse("2023-12-31");
  EXPECT_EQ(member_status(harryda, *CivilDate::parse("2020-06-14")), MemberStatus::active);
  EXPECT_EQ(member_status(harryda, *CivilDate::parse("2020-06-15")), MemberStatus::notice_given);
  EXPECT_EQ(member_status(harryda, *CivilDate::parse("2023-12-31")), MemberStatus::notice_given);
  EXPECT_EQ(member_status(harryda, *CivilDate::parse("2024-01-01")), MemberStatus::left);
}

}  // namespace
}  // namespace samordna::core
