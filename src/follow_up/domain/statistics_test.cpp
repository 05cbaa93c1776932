#include "follow_up/domain/statistics.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

Fact participation(const char* insats, const char* gender, const char* start, const char* person, int wait = 30) {
  Fact f;
  f.insats_id = insats[0] == 'B' ? 2 : 1;
  f.insats_name = insats;
  f.insats_kind = "individual";
  f.gender = gender;
  f.kommun = "1489";
  f.referrer = "Västra Götalandsregionen";
  f.target_group = "Unga vuxna";
  f.age_band = "20-24";
  f.on = d(start);
  f.person = person;
  f.wait_days = wait;
  return f;
}

std::vector<Fact> facts() {
  auto ended = participation("Aktiv Lerum", "man", "2018-05-01", "p3");
  ended.ended_on = d("2018-09-01");
  ended.work_or_studies_after = true;
  ended.left_support = true;
  Fact referral;
  referral.kind = FactKind::referral;
  referral.insats_name = "Balder";
  referral.gender = "woman";
  referral.on = d("2019-01-10");
  referral.returned = true;
  referral.decided_on = d("2019-02-01");
  Fact attendance;
  attendance.kind = FactKind::attendance;
  attendance.insats_name = "Föreläsningar";
  attendance.gender = "woman";
  attendance.on = d("2018-03-15");
  attendance.weight = 7;
  return {participation("Aktiv Lerum", "woman", "2017-02-01", "p1", 20),
          participation("Aktiv Lerum", "woman", "2019-06-01", "p1", 40),  // the same person again
          participation("Balder", "woman", "2017-09-01", "p1", 300),
          participation("Balder", "man", "2020-03-15", "p2", 250),  // after the period below
          ended,
          referral,
          attendance};
}

PivotRequest request(Measure m, Dimension rows, Dimension columns) {
  return {m, rows, columns, d("2017-01-01"), d("2020-03-14"), {}};
}

TEST(Statistics, ParticipationsAndUniquePersonsAreCountedApart) {
  auto p = pivot(facts(), request(Measure::participations, Dimension::insats, Dimension::gender));
  EXPECT_EQ(p.rows, (std::vector<std::string>{"Aktiv Lerum", "Balder"}));
  EXPECT_EQ(p.columns, (std::vector<std::string>{"woman", "man"}));
  EXPECT_EQ(p.values[0][0], 2);
  EXPECT_EQ(p.values[0][1], 1);
  EXPECT_FALSE(p.values[1][1]);  // Balder's man started after 2020-03-14
  EXPECT_EQ(p.total, 4);
  auto u = pivot(facts(), request(Measure::unique_persons, Dimension::insats, Dimension::none));
  EXPECT_EQ(u.values[0][0], 2);  // p1 and p3 in Aktiv Lerum
  EXPECT_EQ(u.values[1][0], 1);
  EXPECT_EQ(u.total, 2);  // p1 took part twice and in both: two people in all, not three
}

TEST(Statistics, OutcomesReferralsAttendanceAndWaits) {
  EXPECT_EQ(pivot(facts(), request(Measure::ended, Dimension::none, Dimension::none)).total, 1);
  EXPECT_EQ(pivot(facts(), request(Measure::in_work_or_studies, Dimension::none, Dimension::none)).total, 1);
  EXPECT_EQ(pivot(facts(), request(Measure::left_support, Dimension::none, Dimension::none)).total, 1);
  EXPECT_EQ(pivot(facts(), request(Measure::referrals, Dimension::insats, Dimension::none)).total, 1);
  EXPECT_EQ(pivot(facts(), request(Measure::returned_referrals, Dimension::none, Dimension::none)).total, 1);
  EXPECT_EQ(pivot(facts(), request(Measure::attendance, Dimension::gender, Dimension::none)).total, 7);
  auto waits = pivot(facts(), request(Measure::median_wait_days, Dimension::insats, Dimension::none));
  EXPECT_EQ(waits.values[0][0], 30);  // 20, 30, 40
  EXPECT_EQ(waits.values[1][0], 300);
}

TEST(Statistics, PeriodsAndFilters) {
  auto r = request(Measure::participations, Dimension::year, Dimension::quarter);
  auto p = pivot(facts(), r);
  // A time series has every period of the request, those without a start too (they count zero).
  EXPECT_EQ(p.rows, (std::vector<std::string>{"2017", "2018", "2019", "2020"}));
  EXPECT_EQ(p.columns, (std::vector<std::string>{"2017-Q1", "2017-Q2", "2017-Q3", "2017-Q4", "2018-Q1", "2018-Q2",
                                                 "2018-Q3", "2018-Q4", "2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4",
                                                 "2020-Q1"}));
  EXPECT_EQ(p.values[0][0], 1);                            // 2017-Q1
  EXPECT_EQ(p.values[0][1], 0);                            // 2017-Q2: no start
  EXPECT_EQ(p.row_totals[3], 0);                           // 2020 until 14 March: none
  EXPECT_EQ(p.column_totals[1], 0);
  auto months = pivot(facts(), request(Measure::participations, Dimension::insats, Dimension::month));
  EXPECT_EQ(months.columns.size(), 39U);  // January 2017 to March 2020
  EXPECT_EQ(months.columns.front(), "2017-01");
  EXPECT_EQ(months.columns.back(), "2020-03");
  // A median has no value in a period without waits.
  auto waits = pivot(facts(), request(Measure::median_wait_days, Dimension::none, Dimension::year));
  EXPECT_EQ(waits.columns, (std::vector<std::string>{"2017", "2018", "2019", "2020"}));
  EXPECT_EQ(waits.column_totals[3], std::nullopt);
  r.filters[Dimension::gender] = "woman";
  EXPECT_EQ(pivot(facts(), r).total, 3);
  r.filters[Dimension::kommun] = "1480";
  EXPECT_EQ(pivot(facts(), r).total, std::nullopt);  // an empty result, not an error
  EXPECT_EQ(validate_pivot(
                {Measure::participations, Dimension::gender, Dimension::gender, d("2020-01-01"), d("2019-01-01"), {}})
                .error()
                .fields.size(),
            2U);
}

TEST(Statistics, CostPerParticipationFromTheInsatsBudgets) {
  // Aktiv Lerum: budget 300 000 kr a year; 3 participations started in 2017–2019 (the period covers three
  // whole years and 73 days of 2020 without a 2020 budget): 900 000 / 3 = 300 000 kr each.
  std::map<std::pair<std::int64_t, int>, Money> budgets;
  for (int y = 2017; y <= 2019; ++y) budgets[{1, y}] = Money::kronor(300'000);
  auto p = pivot(facts(), request(Measure::cost_per_participation, Dimension::insats, Dimension::none), budgets);
  EXPECT_EQ(p.values[0][0], Money::kronor(300'000).in_ore());
  auto per_person = pivot(facts(), request(Measure::cost_per_person, Dimension::insats, Dimension::none), budgets);
  EXPECT_EQ(per_person.values[0][0], Money::kronor(450'000).in_ore());  // 900 000 kr / 2 people
  EXPECT_EQ(age_band(18), "16-19");
  EXPECT_EQ(age_band(64), "50-64");
}

TEST(Statistics, ActivePersonsCountEveryoneWhoseParticipationRunsInThePeriod) {
  // 2018: p1's 2017 Aktiv Lerum has no end (running), p1's Balder from 2017 too, p3 started and ended in
  // 2018; p1's second Aktiv Lerum (2019) and p2 (2020) fall outside.
  PivotRequest r{Measure::active_persons, Dimension::insats, Dimension::gender, d("2018-01-01"), d("2018-12-31"), {}};
  auto p = pivot(facts(), r);
  EXPECT_EQ(p.rows, (std::vector<std::string>{"Aktiv Lerum", "Balder"}));
  EXPECT_EQ(p.values[0][0], 1);      // Aktiv Lerum, women: p1
  EXPECT_EQ(p.values[0][1], 1);      // Aktiv Lerum, men: p3
  EXPECT_EQ(p.values[1][0], 1);      // Balder, women: p1
  EXPECT_EQ(p.column_totals[0], 1);  // p1 once, though in two insatser
  EXPECT_EQ(p.total, 2);
  // A participation that ended before the period does not count.
  r.from = d("2018-09-02");
  EXPECT_EQ(pivot(facts(), r).columns, (std::vector<std::string>{"woman"}));
}

TEST(Statistics, ActivePersonsArePlacedByTheLaterOfStartAndPeriodStart) {
  PivotRequest r{Measure::active_persons, Dimension::year, Dimension::none, d("2018-01-01"), d("2019-12-31"), {}};
  auto p = pivot(facts(), r);
  // p1 runs from the period's start (2018) and starts again in 2019; p3 starts in 2018.
  EXPECT_EQ(p.rows, (std::vector<std::string>{"2018", "2019"}));
  EXPECT_EQ(p.row_totals[0], 2);
  EXPECT_EQ(p.row_totals[1], 1);
  EXPECT_EQ(p.total, 2);  // two people in the period
}

TEST(Statistics, SuppressionCountsArePeopleNotParticipations) {
  auto p = pivot(facts(), request(Measure::participations, Dimension::none, Dimension::none));
  EXPECT_EQ(p.total, 4);        // four participations …
  EXPECT_EQ(p.total_count, 2);  // … by two people
  auto a = pivot(facts(), request(Measure::attendance, Dimension::none, Dimension::none));
  EXPECT_EQ(a.total_count, 7);  // attendance counts the people present
}

TEST(Statistics, SharesOfThoseWhoEndedInWholePerCent) {
  std::vector<Fact> ended;
  for (int i = 0; i < 8; ++i) {
    auto f = participation("Balder", i < 5 ? "woman" : "man", "2018-01-10", ("e" + std::to_string(i)).c_str());
    f.ended_on = d("2019-03-01");
    f.work_or_studies_after = i < 3;  // 3 of 8 in work or studies: 37.5 % → 38 %
    f.left_support = i == 0;          // 1 of 8: 12.5 % → 13 %
    ended.push_back(f);
  }
  auto work = pivot(ended, request(Measure::in_work_or_studies_share, Dimension::none, Dimension::none));
  EXPECT_EQ(work.total, 38);
  EXPECT_EQ(work.total_count, 8);  // the people behind the share, for suppression
  EXPECT_EQ(pivot(ended, request(Measure::left_support_share, Dimension::none, Dimension::none)).total, 13);
  auto by_gender = pivot(ended, request(Measure::in_work_or_studies_share, Dimension::gender, Dimension::none));
  EXPECT_EQ(by_gender.row_totals[0], 60);  // women: 3 of 5
  EXPECT_EQ(by_gender.row_totals[1], 0);   // men: 0 of 3
  EXPECT_FALSE(is_additive(Measure::in_work_or_studies_share));
  EXPECT_TRUE(is_percent(Measure::left_support_share));
  // Nobody ended in the period: no share, not 0 %.
  PivotRequest none_ended{
      Measure::left_support_share, Dimension::none, Dimension::none, d("2019-06-01"), d("2019-12-31"), {}};
  EXPECT_EQ(pivot(ended, none_ended).total, std::nullopt);
}

TEST(Statistics, TheForbundIsADimensionForTheNationalView) {
  auto all = facts();
  auto other = participation("Aktiv Lerum", "woman", "2018-04-01", "q1");
  other.association = "Samordningsförbundet Väst";
  for (auto& f : all) f.association = "Samordningsförbundet Insjöriket";
  all.push_back(other);
  auto p = pivot(all, request(Measure::participations, Dimension::association, Dimension::none));
  EXPECT_EQ(p.rows, (std::vector<std::string>{"Samordningsförbundet Insjöriket", "Samordningsförbundet Väst"}));
  EXPECT_EQ(p.row_totals[0], 4);
  EXPECT_EQ(p.row_totals[1], 1);
  EXPECT_EQ(parse_dimension("association"), Dimension::association);
}

TEST(Statistics, EndedByExitReasonAndReturnedByReturnReason) {
  std::vector<Fact> all;
  for (const char* reason : {"work", "work", "moved", "completed"}) {
    auto f = participation("Balder", "woman", "2018-01-10", reason);
    f.ended_on = d("2019-03-01");
    f.reason = reason;
    all.push_back(f);
  }
  for (const char* reason : {"too_complex", "not_eligible", "not_eligible"}) {
    Fact r;
    r.kind = FactKind::referral;
    r.on = d("2019-01-10");
    r.returned = true;
    r.decided_on = d("2019-02-01");
    r.reason = reason;
    all.push_back(r);
  }
  auto ended = pivot(all, request(Measure::ended, Dimension::reason, Dimension::none));
  EXPECT_EQ(ended.rows, (std::vector<std::string>{"completed", "moved", "work"}));
  EXPECT_EQ(ended.row_totals[2], 2);
  auto returned = pivot(all, request(Measure::returned_referrals, Dimension::reason, Dimension::none));
  EXPECT_EQ(returned.rows, (std::vector<std::string>{"not_eligible", "too_complex"}));
  EXPECT_EQ(returned.row_totals[0], 2);
}

}  // namespace
}  // namespace samordna::core
