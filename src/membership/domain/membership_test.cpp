#include "membership/domain/membership.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

Member m(std::int64_t id, PartyKind kind, const char* code) {
  Member x;
  x.id = id;
  x.name = "M" + std::to_string(id);
  x.kind = kind;
  x.area_code = code;
  x.joined_on = d("2006-07-01");
  return x;
}

const Association kInsjoriket{1, "Samordningsförbundet Insjöriket", "222000-0000", "Mölndal", d("2006-07-01")};
const KnownAreas kKnown{{"14"}, {"1401", "1402", "1441", "1481", "1489"}};

TEST(Membership, NeedsFkAfARegionAndAKommun) {
  std::vector<Member> members{m(1, PartyKind::fk, ""), m(2, PartyKind::af, ""), m(3, PartyKind::region, "14"),
                              m(4, PartyKind::kommun, "1489")};
  EXPECT_TRUE(membership_issues(members, d("2020-01-01")).empty());
  EXPECT_EQ(membership_issues({}, d("2020-01-01")),
            (std::vector<std::string>{"missing_fk", "missing_af", "missing_region", "missing_kommun"}));
  // The only kommun has left: the förbund is no longer valid.
  members[3].notice = Notice{d("2020-06-15"), "KF", "", d("2023-12-31"), std::nullopt, ""};
  EXPECT_TRUE(membership_issues(members, d("2023-12-31")).empty());
  EXPECT_EQ(membership_issues(members, d("2024-01-01")), std::vector<std::string>{"missing_kommun"});
}

TEST(Membership, OnlyRegionsAndKommunerMayGiveNotice) {
  EXPECT_FALSE(can_give_notice(PartyKind::fk));
  EXPECT_FALSE(can_give_notice(PartyKind::af));
  EXPECT_TRUE(can_give_notice(PartyKind::region));
  EXPECT_TRUE(can_give_notice(PartyKind::kommun));
}

std::string first_error(const Member& x, const std::vector<Member>& existing) {
  auto r = validate_new_member(x, kInsjoriket, existing, kKnown);
  return r ? "" : r.error().fields.at(0).field + " " + r.error().fields.at(0).code;
}

TEST(Membership, ValidatesANewMember) {
  std::vector<Member> existing{m(1, PartyKind::fk, ""), m(4, PartyKind::kommun, "1489")};
  EXPECT_EQ(first_error(m(9, PartyKind::kommun, "1401"), existing), "");
  EXPECT_EQ(first_error(m(9, PartyKind::fk, ""), existing), "partyKind duplicate_party");
  EXPECT_EQ(first_error(m(9, PartyKind::kommun, ""), existing), "code required");
  EXPECT_EQ(first_error(m(9, PartyKind::kommun, "14"), existing), "code invalid");
  EXPECT_EQ(first_error(m(9, PartyKind::kommun, "1415"), existing), "code unknown");
  EXPECT_EQ(first_error(m(9, PartyKind::kommun, "1489"), existing), "code duplicate");
  EXPECT_EQ(first_error(m(9, PartyKind::region, "1489"), existing), "code invalid");
  EXPECT_EQ(first_error(m(9, PartyKind::af, "14"), existing), "code invalid");
  Member early = m(9, PartyKind::kommun, "1401");
  early.joined_on = d("2006-06-30");
  EXPECT_EQ(first_error(early, existing), "joinedOn before_formed");
  Member nameless = m(9, PartyKind::kommun, "1401");
  nameless.name.clear();
  EXPECT_EQ(first_error(nameless, existing), "name required");
}

TEST(Membership, ValidatesAnAssociation) {
  EXPECT_TRUE(validate_association(kInsjoriket));
  Association bad = kInsjoriket;
  bad.org_number = "2220000000";
  EXPECT_EQ(validate_association(bad).error().fields[0].field, "orgNumber");
  bad = kInsjoriket;
  bad.name.clear();
  bad.seat.clear();
  EXPECT_EQ(validate_association(bad).error().fields.size(), 2U);
}

}  // namespace
}  // namespace samordna::core
