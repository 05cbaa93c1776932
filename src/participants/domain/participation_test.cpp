#include "participants/domain/participation.hpp"

#include <gtest/gtest.h>

#include "participants/domain/consent.hpp"
#include "participants/domain/insats.hpp"
#include "participants/domain/joint_plan.hpp"

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

std::string first(const Result<void>& r) {
  return r ? "" : r.error().fields.at(0).field + " " + r.error().fields.at(0).code;
}

TEST(Participation, StartRules) {
  StartCheck ok{d("2020-03-01"), d("2020-01-10"), true, 12, 11, false};
  EXPECT_EQ(first(validate_start(ok)), "");
  auto early = ok;
  early.started_on = d("2020-01-09");
  EXPECT_EQ(first(validate_start(early)), "startedOn before_referral");
  auto full = ok;
  full.active = 12;
  EXPECT_EQ(first(validate_start(full)), "insats full");
  auto closed = ok;
  closed.insats_open = false;
  EXPECT_EQ(first(validate_start(closed)), "insats closed");
  auto twice = ok;
  twice.person_already_active = true;
  EXPECT_EQ(first(validate_start(twice)), "person already_active");
}

TEST(Participation, EndRules) {
  Participation p;
  p.started_on = d("2020-03-01");
  EXPECT_EQ(first(validate_end(p, d("2020-06-01"), ExitReason::work)), "");
  EXPECT_EQ(first(validate_end(p, d("2020-02-28"), ExitReason::work)), "endedOn before_start");
  EXPECT_EQ(first(validate_end(p, d("2020-06-01"), std::nullopt)), "exitReason required");
  p.ended_on = d("2020-05-01");
  EXPECT_EQ(first(validate_end(p, d("2020-06-01"), ExitReason::work)), "participation already_ended");
  EXPECT_TRUE(participation_active_on(p, d("2020-05-01")));
  EXPECT_FALSE(participation_active_on(p, d("2020-05-02")));
}

TEST(Participation, Snapshots) {
  StatusSnapshot s{{SupportSource::forsorjningsstod, SupportSource::a_kassa},
                   14,
                   EducationLevel::upper_secondary,
                   Occupation::job_seeking,
                   0};
  EXPECT_EQ(first(validate_snapshot(s, "atStart.")), "");
  s.support = {SupportSource::none, SupportSource::a_kassa};
  EXPECT_EQ(first(validate_snapshot(s, "atStart.")), "atStart.support invalid");
  s.support = {};
  EXPECT_EQ(first(validate_snapshot(s, "atEnd.")), "atEnd.support required");
  s.support = {SupportSource::none};
  s.extent_percent = 101;
  EXPECT_EQ(first(validate_snapshot(s, "atEnd.")), "atEnd.extentPercent out_of_range");
  for (auto source : all_support_sources()) EXPECT_EQ(parse_support_source(to_string(source)), source);
  EXPECT_EQ(parse_exit_reason("registered_by_mistake"), ExitReason::registered_by_mistake);
}

TEST(Consent, ActiveUntilWithdrawn) {
  Consent c{1, 1, ConsentPurpose::follow_up, {}, d("2020-03-01"), "Blankett 1", d("2021-01-01")};
  EXPECT_FALSE(consent_active(c, d("2020-02-29")));
  EXPECT_TRUE(consent_active(c, d("2020-12-31")));
  EXPECT_FALSE(consent_active(c, d("2021-01-01")));
  EXPECT_TRUE(has_follow_up_consent({c}, d("2020-06-01")));
  Consent exchange{2, 1, ConsentPurpose::information_exchange, {}, d("2020-03-01"), "Blankett 2", {}};
  EXPECT_EQ(first(validate_consent(exchange)), "partyMemberId required");
  EXPECT_FALSE(has_follow_up_consent({exchange}, d("2020-06-01")));
  exchange.party_member_id = 3;
  EXPECT_EQ(first(validate_consent(exchange)), "");
  c.form_reference.clear();
  EXPECT_EQ(first(validate_consent(c)), "formReference required");
}

Member member(std::int64_t id, PartyKind kind, const char* code = "") {
  Member m;
  m.id = id;
  m.kind = kind;
  m.area_code = code;
  return m;
}

TEST(Insats, NamesAreUniqueInTheForbund) {
  Insats balder;
  balder.id = 1;
  balder.name = "Balder/Activera";
  Insats other;
  other.id = 2;
  other.name = "Primus";
  const std::vector<Insats> existing{balder, other};
  Insats fresh;
  fresh.name = "  balder/activera ";
  EXPECT_TRUE(insats_name_taken(fresh, existing));
  fresh.name = "Balder 2";
  EXPECT_FALSE(insats_name_taken(fresh, existing));
  EXPECT_FALSE(insats_name_taken(balder, existing));  // its own name, when it is changed
  other.name = "Balder/Activera";
  EXPECT_TRUE(insats_name_taken(other, existing));  // renamed to another's
}

TEST(Insats, NeedsTwoPartiesAndSaneFields) {
  std::vector<Member> members{member(1, PartyKind::fk), member(3, PartyKind::region, "14"),
                              member(4, PartyKind::kommun, "1481"), member(8, PartyKind::kommun, "1489")};
  Insats i;
  i.name = "Balder";
  i.lead_member_id = 3;
  i.cooperating_member_ids = {4};
  i.capacity = 12;
  i.starts_on = d("2012-01-01");
  i.kommun_codes = {"1481"};
  EXPECT_EQ(first(validate_insats(i, members, {})), "");
  i.cooperating_member_ids = {};
  EXPECT_EQ(first(validate_insats(i, members, {})), "cooperatingMemberIds too_few_parties");
  i.lead_member_id = 4;
  i.cooperating_member_ids = {8};  // two kommuner are one party
  EXPECT_EQ(first(validate_insats(i, members, {})), "cooperatingMemberIds too_few_parties");
  i.cooperating_member_ids = {1};
  i.kommun_codes = {"0180"};
  EXPECT_EQ(first(validate_insats(i, members, {})), "kommunCodes outside_area");
  i.kommun_codes = {};
  i.min_age = 30;
  i.max_age = 18;
  EXPECT_EQ(first(validate_insats(i, members, {})), "maxAge out_of_range");
  i.max_age = 64;
  i.capacity = 0;
  EXPECT_EQ(first(validate_insats(i, members, {})), "capacity required");
  i.kind = InsatsKind::structural;
  EXPECT_EQ(first(validate_insats(i, members, {})), "");
  Attendance a{0, 1, d("2017-02-15"), 6, 3, ""};
  const auto today = d("2026-11-22");
  EXPECT_EQ(first(validate_attendance(a, i, today)), "");
  a.men = -1;
  EXPECT_EQ(first(validate_attendance(a, i, today)), "men negative");
  a.men = 1;
  a.on = today;  // counted on the day itself
  EXPECT_EQ(first(validate_attendance(a, i, today)), "");
  a.on = d("2026-11-23");  // not yet
  EXPECT_EQ(first(validate_attendance(a, i, today)), "on future");
  a.on = d("2017-02-15");
  i.kind = InsatsKind::individual;
  EXPECT_EQ(first(validate_attendance(a, i, today)), "insats not_structural");
}

TEST(JointPlan, NamesResponsibleParties) {
  std::vector<Member> members{member(3, PartyKind::region, "14"), member(4, PartyKind::kommun, "1481")};
  JointPlan plan;
  plan.overall_member_id = 3;
  plan.actions = {{0, "Arbetsträning", 4, d("2026-12-01"), std::nullopt}};
  EXPECT_EQ(first(validate_plan(plan, members)), "");
  plan.actions[0].responsible_member_id = 9;
  EXPECT_EQ(first(validate_plan(plan, members)), "actions.0.responsibleMemberId unknown");
  plan.overall_member_id = 0;
  EXPECT_EQ(first(validate_plan(plan, members)), "overallMemberId required");
}

}  // namespace
}  // namespace samordna::core
