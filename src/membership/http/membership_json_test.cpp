#include "membership/http/membership_json.hpp"

#include <gtest/gtest.h>

#include "membership/domain/notice.hpp"

namespace samordna::http {
namespace {
using nlohmann::json;

core::CivilDate day(int y, int m, int d) { return *core::CivilDate::from_ymd(y, m, d); }

core::Member kommun() {
  core::Member m;
  m.id = 4;
  m.association_id = 1;
  m.name = "Kommun \"Ö\" 0114";
  m.kind = core::PartyKind::kommun;
  m.area_code = "0114";
  m.joined_on = day(2010, 1, 1);
  m.version = 3;
  return m;
}

core::Member with_notice(std::optional<core::CivilDate> revoked_on) {
  auto m = kommun();
  m.notice = core::Notice{day(2026, 3, 1),   "Kommunfullmäktige", "KF § 12",
                          day(2029, 12, 31), revoked_on,          revoked_on ? "KF § 40" : ""};
  return m;
}

TEST(MembershipJson, WritesAMemberWithoutNotice) {
  auto m = kommun();
  EXPECT_EQ(member_json(m, day(2026, 12, 5)), json::parse(R"({"id":4,"name":"Kommun \"Ö\" 0114",
    "partyKind":"kommun","code":"0114","joinedOn":"2010-01-01","status":"active","leftOn":null,
    "canGiveNotice":true,"version":3,"notice":null})"));
  m.kind = core::PartyKind::fk;
  m.area_code.clear();
  auto fk = member_json(m, day(2026, 12, 5));
  EXPECT_EQ(fk["code"], nullptr);
  EXPECT_EQ(fk["canGiveNotice"], false);
}

TEST(MembershipJson, WritesANoticeInForceAndARevokedOne) {
  auto given = member_json(with_notice(std::nullopt), day(2026, 12, 5));
  EXPECT_EQ(given["status"], "notice_given");
  EXPECT_EQ(given["leftOn"], "2029-12-31");
  json fee_years = core::fee_years(day(2026, 3, 1), day(2029, 12, 31));
  auto notice = json::parse(R"({"givenOn":"2026-03-01","decidedBy":"Kommunfullmäktige",
    "reference":"KF § 12","endsOn":"2029-12-31","revokedOn":null,"revokedReference":null})");
  notice["feeYears"] = fee_years;
  EXPECT_EQ(given["notice"], notice);
  EXPECT_FALSE(fee_years.empty());

  auto revoked = member_json(with_notice(day(2026, 6, 1)), day(2026, 12, 5));
  EXPECT_EQ(revoked["status"], "active");
  EXPECT_EQ(revoked["leftOn"], nullptr);
  EXPECT_EQ(revoked["notice"]["revokedOn"], "2026-06-01");
  EXPECT_EQ(revoked["notice"]["revokedReference"], "KF § 40");

  auto left = member_json(with_notice(std::nullopt), day(2030, 1, 1));
  EXPECT_EQ(left["status"], "left");
}

TEST(MembershipJson, TheListIsTheMembersInOrder) {
  std::vector<core::Member> members{kommun(), with_notice(std::nullopt), with_notice(day(2026, 6, 1))};
  members[1].id = 5;
  members[2].id = 6;
  auto today = day(2026, 12, 5);
  auto list = json::parse(members_json_text(members, today));
  ASSERT_EQ(list.size(), 1u);
  ASSERT_EQ(list["items"].size(), 3u);
  for (std::size_t i = 0; i < members.size(); ++i) EXPECT_EQ(list["items"][i], member_json(members[i], today));
  EXPECT_EQ(members_json_text({}, today), R"({"items":[]})");
}

}  // namespace
}  // namespace samordna::http
