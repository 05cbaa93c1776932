#include "membership/domain/charter.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

Charter charter(const char* from, int years = 3) {
  Charter c;
  c.effective_from = d(from);
  c.notice = {years, NoticeCounting::calendar_years};
  c.split_key = {SplitKeyKind::population, 2018};
  return c;
}

std::string first_error(const Charter& c, const std::vector<Charter>& existing = {}) {
  Member member;
  member.id = 4;
  auto r = validate_charter(c, {member}, existing);
  return r ? "" : r.error().fields.at(0).field + " " + r.error().fields.at(0).code;
}

TEST(Charter, NamesRoundTrip) {
  for (auto k : {SplitKeyKind::population, SplitKeyKind::population_sickness, SplitKeyKind::fixed_percent,
                 SplitKeyKind::manual}) {
    EXPECT_EQ(parse_split_key_kind(to_string(k)), k);
  }
  EXPECT_EQ(parse_notice_counting("from_date"), NoticeCounting::from_date);
  EXPECT_FALSE(parse_notice_counting("months"));
}

TEST(Charter, NeedsANoticeRuleOfAtMostThreeYears) {
  EXPECT_EQ(first_error(charter("2006-07-01")), "");
  EXPECT_EQ(first_error(charter("2006-07-01", 0)), "notice.years required");
  EXPECT_EQ(first_error(charter("2006-07-01", 4)), "notice.years out_of_range");
}

TEST(Charter, PopulationKeysNeedAReferenceYear) {
  Charter c = charter("2006-07-01");
  c.split_key.reference_year.reset();
  EXPECT_EQ(first_error(c), "splitKey.referenceYear required");
  c.split_key.kind = SplitKeyKind::fixed_percent;
  EXPECT_EQ(first_error(c), "");
}

TEST(Charter, BoardSeatsNameMembersAndDatesAreUnique) {
  Charter c = charter("2006-07-01");
  c.board_seats = {{4, 1, 1}};
  EXPECT_EQ(first_error(c), "");
  c.board_seats = {{5, 1, 1}};
  EXPECT_EQ(first_error(c), "boardSeats unknown_member");
  c.board_seats = {{4, 0, 1}};
  EXPECT_EQ(first_error(c), "boardSeats invalid");
  EXPECT_EQ(first_error(charter("2006-07-01"), {charter("2006-07-01")}), "effectiveFrom duplicate");
}

TEST(Charter, TheOneInForceIsTheLatestEffective) {
  std::vector<Charter> history{charter("2006-07-01"), charter("2022-01-01", 2)};
  EXPECT_EQ(charter_in_force(history, d("2006-06-30")), nullptr);
  EXPECT_EQ(charter_in_force(history, d("2021-12-31"))->notice.years, 3);
  EXPECT_EQ(charter_in_force(history, d("2022-01-01"))->notice.years, 2);
}

TEST(Charter, AYearsBudgetFallsUnderTheOneInForceOnNewYearsDayElseAtYearsEnd) {
  std::vector<Charter> history{charter("2006-07-01"), charter("2022-01-01", 2)};
  EXPECT_EQ(charter_for_year(history, 2005), nullptr);
  EXPECT_EQ(charter_for_year(history, 2006)->notice.years, 3);  // formed 1 July: the year's end counts
  EXPECT_EQ(charter_for_year(history, 2021)->notice.years, 3);
  EXPECT_EQ(charter_for_year(history, 2022)->notice.years, 2);
}

}  // namespace
}  // namespace samordna::core
