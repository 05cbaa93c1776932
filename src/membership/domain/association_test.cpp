#include "membership/domain/association.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

TEST(Association, PartyKindRoundTrips) {
  for (auto kind : {PartyKind::fk, PartyKind::af, PartyKind::region, PartyKind::kommun}) {
    EXPECT_EQ(parse_party_kind(to_string(kind)), kind);
  }
  EXPECT_FALSE(parse_party_kind("county"));
}

TEST(Association, MemberStatusFollowsNoticeAndLeaving) {
  // Härryda gave notice 2020-06-15; under "tre kalenderår" it is a member until 2023-12-31.
  Member harryda;
  harryda.joined_on = d("2006-07-01");
  EXPECT_EQ(member_status(harryda, d("2020-06-14")), MemberStatus::active);
  harryda.notice = Notice{d("2020-06-15"), "Kommunfullmäktige", "KF § 1", d("2023-12-31"), std::nullopt, ""};
  EXPECT_EQ(member_status(harryda, d("2020-06-14")), MemberStatus::active);
  EXPECT_EQ(member_status(harryda, d("2020-06-15")), MemberStatus::notice_given);
  EXPECT_EQ(member_status(harryda, d("2023-12-31")), MemberStatus::notice_given);
  EXPECT_EQ(member_status(harryda, d("2024-01-01")), MemberStatus::left);
  EXPECT_TRUE(member_in_year(harryda, 2023));
  EXPECT_FALSE(member_in_year(harryda, 2024));
  EXPECT_TRUE(member_on(harryda, d("2023-12-31")));
  EXPECT_FALSE(member_on(harryda, d("2024-01-01")));
}

TEST(Association, ARevokedNoticeKeepsTheMember) {
  // Alingsås gave notice in 2021 and renewed its membership in 2023.
  Member alingsas;
  alingsas.joined_on = d("2006-07-01");
  alingsas.notice = Notice{d("2021-05-26"), "Kommunfullmäktige", "", d("2024-12-31"), d("2023-06-14"), ""};
  EXPECT_EQ(member_status(alingsas, d("2026-01-01")), MemberStatus::active);
  EXPECT_FALSE(last_day(alingsas));
  EXPECT_TRUE(member_in_year(alingsas, 2030));
}

TEST(Association, NotYetJoinedIsNotInTheYear) {
  Member m;
  m.joined_on = d("2019-07-01");
  EXPECT_FALSE(member_in_year(m, 2018));
  EXPECT_TRUE(member_in_year(m, 2019));
  EXPECT_FALSE(member_on(m, d("2019-06-30")));
}

}  // namespace
}  // namespace samordna::core
