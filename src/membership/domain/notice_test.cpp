#include "membership/domain/notice.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

Charter insjoriket_charter() {
  Charter c;
  c.effective_from = d("2006-07-01");
  c.notice = {3, NoticeCounting::calendar_years};
  c.split_key = {SplitKeyKind::population, 2018};
  return c;
}

Member kommun(PartyKind kind = PartyKind::kommun) {
  Member m;
  m.id = 6;
  m.kind = kind;
  m.name = "Härryda kommun";
  m.area_code = "1401";
  m.joined_on = d("2006-07-01");
  return m;
}

TEST(Notice, InsjoriketThreeCalendarYears) {
  // §15: notice during 2020 → member until 2023-12-31, fees owed for 2021–2023 (Härryda, 2020-06-15).
  NoticeRule rule{3, NoticeCounting::calendar_years};
  EXPECT_EQ(membership_end(rule, d("2020-06-15")), d("2023-12-31"));
  EXPECT_EQ(membership_end(rule, d("2020-01-01")), d("2023-12-31"));
  EXPECT_EQ(membership_end(rule, d("2020-12-31")), d("2023-12-31"));
  EXPECT_EQ(fee_years(d("2020-06-15"), d("2023-12-31")), (std::vector<int>{2021, 2022, 2023}));
}

TEST(Notice, FromTheNoticeDate) {
  NoticeRule rule{3, NoticeCounting::from_date};
  EXPECT_EQ(membership_end(rule, d("2020-06-15")), d("2023-06-14"));
  EXPECT_EQ(membership_end(rule, d("2020-02-29")), d("2023-02-27"));
  EXPECT_EQ(membership_end({1, NoticeCounting::from_date}, d("2021-01-01")), d("2021-12-31"));
  EXPECT_EQ(fee_years(d("2020-06-15"), d("2023-06-14")), (std::vector<int>{2021, 2022, 2023}));
}

TEST(Notice, GivenUnderTheCharterInForce) {
  auto notice = give_notice(kommun(), {insjoriket_charter()}, {d("2020-06-15"), "Kommunfullmäktige", "KF § 77"});
  ASSERT_TRUE(notice);
  EXPECT_EQ(notice->ends_on, d("2023-12-31"));
  EXPECT_TRUE(notice->in_force());
}

TEST(Notice, LaterCharterWithShorterNoticeApplies) {
  Charter shorter = insjoriket_charter();
  shorter.effective_from = d("2022-01-01");
  shorter.notice = {2, NoticeCounting::calendar_years};
  auto notice = give_notice(kommun(), {insjoriket_charter(), shorter}, {d("2022-03-01"), "KF", ""});
  ASSERT_TRUE(notice);
  EXPECT_EQ(notice->ends_on, d("2024-12-31"));
}

TEST(Notice, RefusedForFkAndAf) {
  for (auto kind : {PartyKind::fk, PartyKind::af}) {
    auto notice = give_notice(kommun(kind), {insjoriket_charter()}, {d("2020-06-15"), "Styrelsen", ""});
    ASSERT_FALSE(notice);
    EXPECT_EQ(notice.error().fields.at(0).field, "partyKind");
    EXPECT_EQ(notice.error().fields.at(0).code, "cannot_give_notice");
  }
}

TEST(Notice, RefusedBeforeJoiningWithoutCharterOrTwice) {
  auto early = give_notice(kommun(), {insjoriket_charter()}, {d("2005-01-01"), "KF", ""});
  ASSERT_FALSE(early);
  // No charter was in force in 2005 either: both are reported.
  ASSERT_EQ(early.error().fields.size(), 2U);
  EXPECT_EQ(early.error().fields[0].field, "givenOn");
  EXPECT_EQ(early.error().fields[0].code, "before_joined");
  EXPECT_EQ(early.error().fields[1].field, "charter");
  auto no_charter = give_notice(kommun(), {}, {d("2020-06-15"), "KF", ""});
  ASSERT_FALSE(no_charter);
  EXPECT_EQ(no_charter.error().fields[0].code, "missing");
  Member given = kommun();
  given.notice = *give_notice(kommun(), {insjoriket_charter()}, {d("2020-06-15"), "KF", ""});
  auto twice = give_notice(given, {insjoriket_charter()}, {d("2021-01-01"), "KF", ""});
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().fields[0].code, "already_given");
  auto no_body = give_notice(kommun(), {insjoriket_charter()}, {d("2020-06-15"), "", ""});
  ASSERT_FALSE(no_body);
  EXPECT_EQ(no_body.error().fields[0].field, "decidedBy");
}

TEST(Notice, RevokedWhileInForce) {
  // Alingsås gave notice in 2021 and renewed its membership in 2023.
  Member alingsas = kommun();
  alingsas.notice = *give_notice(alingsas, {insjoriket_charter()}, {d("2021-05-26"), "KF", ""});
  EXPECT_EQ(alingsas.notice->ends_on, d("2024-12-31"));
  auto revoked = revoke_notice(alingsas, d("2023-06-14"), "KF § 12");
  ASSERT_TRUE(revoked);
  EXPECT_FALSE(revoked->in_force());
  EXPECT_EQ(revoke_notice(alingsas, d("2021-01-01"), "").error().fields[0].code, "before_notice");
  EXPECT_EQ(revoke_notice(alingsas, d("2025-01-01"), "").error().fields[0].code, "after_end");
  alingsas.notice = *revoked;
  EXPECT_EQ(revoke_notice(alingsas, d("2023-07-01"), "").error().fields[0].code, "none");
  // After a revocation a new notice may be given.
  EXPECT_TRUE(give_notice(alingsas, {insjoriket_charter()}, {d("2025-02-01"), "KF", ""}));
}

}  // namespace
}  // namespace samordna::core
