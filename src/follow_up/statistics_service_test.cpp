// StatisticsService in memory: exact figures for staff who may see personal data, suppressed and perturbed
// ones for everyone else and whenever figures are published; the förbund's disclosure threshold may be raised,
// never lowered; periods are checked against the data; reports read the facts once; the national view is
// always protected with the highest threshold of any förbund.
#include "follow_up/statistics_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "follow_up/fact_keeper.hpp"

#include "follow_up/testing/memory_statistics.hpp"
#include "kernel/testing/fakes.hpp"
#include "kernel/testing/results.hpp"
#include "membership/testing/memory_membership.hpp"

namespace samordna::core {
namespace {

using testing::code_of;
using testing::field_code_of;
using testing::field_of;

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

class StatisticsServiceTest : public ::testing::Test {
 protected:
  testing::MemoryAssociations associations;
  testing::MemoryStatistics statistics;
  testing::FakeClock clock;  // 2026-11-22
  testing::SeededKeys keys;
  StatisticsService service{statistics, associations, clock, keys};
  int next_person = 1;

  void SetUp() override {
    Association insjoriket;
    insjoriket.name = "Insjöriket";
    insjoriket.org_number = "222000-1234";
    insjoriket.formed_on = d("2006-07-01");
    associations.add_association(insjoriket);
    Association lerum;
    lerum.name = "Lerum";
    lerum.org_number = "222000-5678";
    lerum.formed_on = d("2010-01-01");
    lerum.disclosure_threshold = 8;
    associations.add_association(lerum);
    // Balder: 12 women from Alingsås and 2 men from Ale; Individsamverkansteamet: 6 women and 7 men.
    started(1, "Balder", "woman", "1489", 12);
    started(1, "Balder", "man", "1440", 2);
    started(1, "Individsamverkansteamet", "woman", "1489", 6);
    started(1, "Individsamverkansteamet", "man", "1489", 7);
    started(2, "Lerums insats", "woman", "1441", 9);
  }
  void started(std::int64_t association, const char* insats, const char* gender, const char* kommun, int people) {
    for (int i = 0; i < people; ++i) {
      Fact f;
      f.kind = FactKind::participation;
      f.insats_id = insats[0];
      f.insats_name = insats;
      f.insats_kind = "individual";
      f.gender = gender;
      f.kommun = kommun;
      f.referrer = "Försäkringskassan";
      f.target_group = "none";
      f.age_band = "30-39";
      f.on = d("2026-03-02");
      f.person = "person:" + std::to_string(next_person++);
      statistics.facts_of[association].push_back(f);
    }
  }
  static StatisticsQuery query(Dimension rows = Dimension::insats, Dimension columns = Dimension::gender) {
    return {{Measure::participations, rows, columns, d("2026-01-01"), d("2026-12-31"), {}}, 0, false};
  }
  static std::optional<std::int64_t> cell(const Pivot& p, const std::string& row, const std::string& column) {
    for (std::size_t r = 0; r < p.rows.size(); ++r) {
      for (std::size_t c = 0; c < p.columns.size(); ++c) {
        if (p.rows[r] == row && p.columns[c] == column) return p.values[r][c];
      }
    }
    ADD_FAILURE() << "no cell " << row << " × " << column;
    return std::nullopt;
  }
};

TEST_F(StatisticsServiceTest, StaffWhoMaySeePersonalDataGetExactFigures) {
  auto result = service.run(1, query(), true);
  ASSERT_TRUE(result) << field_of(result);
  EXPECT_FALSE(result->suppression);
  EXPECT_EQ(result->threshold, 5);
  EXPECT_EQ(cell(result->pivot, "Balder", "woman"), 12);
  EXPECT_EQ(cell(result->pivot, "Balder", "man"), 2);
  EXPECT_EQ(cell(result->pivot, "Individsamverkansteamet", "man"), 7);
  EXPECT_EQ(result->pivot.total, 27);  // Lerum's participants are Lerum's
}

TEST_F(StatisticsServiceTest, EveryoneElseGetsSmallCellsHiddenAndNoShownCountBelowTheThreshold) {
  auto result = service.run(1, query(), false);
  ASSERT_TRUE(result);
  ASSERT_TRUE(result->suppression);
  EXPECT_GE(result->suppression->primary, 1);
  EXPECT_FALSE(cell(result->pivot, "Balder", "man"));  // two men identify them
  const auto balder = std::size_t(std::find(result->pivot.rows.begin(), result->pivot.rows.end(), "Balder") -
                                  result->pivot.rows.begin());
  ASSERT_LT(balder, result->pivot.rows.size());
  EXPECT_FALSE(result->pivot.row_totals[balder] && cell(result->pivot, "Balder", "woman"))
      << "the hidden cell must not follow from its row total";
  for (const auto& row : result->pivot.values) {
    for (const auto& v : row) {
      if (v) {
        EXPECT_GE(*v, 5);
      }
    }
  }
}

TEST_F(StatisticsServiceTest, PublishedFiguresAreProtectedEvenForStaff) {
  auto q = query();
  q.publish = true;
  auto result = service.run(1, q, true);
  ASSERT_TRUE(result);
  ASSERT_TRUE(result->suppression);
  EXPECT_FALSE(cell(result->pivot, "Balder", "man"));
}

TEST_F(StatisticsServiceTest, AThresholdMayBeRaisedButNeverLowered) {
  auto low = query();
  low.threshold = 3;
  auto refused = service.run(1, low, false);
  EXPECT_EQ(field_of(refused), "threshold");
  EXPECT_EQ(field_code_of(refused), "too_low");
  auto high = query();
  high.threshold = 10;
  auto raised = service.run(1, high, false);
  ASSERT_TRUE(raised);
  EXPECT_EQ(raised->threshold, 10);
  EXPECT_FALSE(cell(raised->pivot, "Individsamverkansteamet", "woman"));  // 6 < 10
  EXPECT_EQ(code_of(service.run(2, query(), false)), "ok");
  auto lerum = query();
  lerum.threshold = 5;  // below Lerum's own 8
  EXPECT_EQ(field_code_of(service.run(2, lerum, false)), "too_low");
}

TEST_F(StatisticsServiceTest, ChecksThePeriodAndTheDimensions) {
  auto backwards = query();
  backwards.request.to = d("2025-12-31");
  EXPECT_EQ(field_code_of(service.run(1, backwards, true)), "before_from");
  EXPECT_EQ(field_code_of(service.run(1, query(Dimension::gender, Dimension::gender), true)), "same_as_rows");
  auto before = query();
  before.request.from = d("2006-06-30");
  EXPECT_EQ(field_code_of(service.run(1, before, true)), "before_data");
  EXPECT_TRUE(service.run(
      1,
      [] {
        auto q = query();
        q.request.from = d("2006-07-01");
        return q;
      }(),
      true));
  auto after = query();
  after.request.to = d("2027-01-01");
  EXPECT_EQ(field_of(service.run(1, after, true)), "to");
  EXPECT_EQ(field_code_of(service.run(1, after, true)), "after_data");
  EXPECT_EQ(code_of(service.run(99, query(), true)), "not_found");
  EXPECT_EQ(statistics.fact_reads, 1);  // refused queries read nothing
}

TEST_F(StatisticsServiceTest, KommunRowsAreLabelledWithTheirNames) {
  auto result = service.run(1, query(Dimension::kommun, Dimension::none), true);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->labels.at("1489"), "Alingsås");
  EXPECT_EQ(cell(result->pivot, "1489", "total"), 25);
  EXPECT_TRUE(service.run(1, query(), true)->labels.empty());
}

TEST_F(StatisticsServiceTest, AReportReadsTheFactsOnceAndOneBadQueryRefusesAll) {
  auto by_kommun = query(Dimension::kommun, Dimension::gender);
  auto results = service.run_all(1, {query(), by_kommun}, true);
  ASSERT_TRUE(results);
  ASSERT_EQ(results->size(), 2U);
  EXPECT_EQ(statistics.fact_reads, 1);
  EXPECT_EQ(cell((*results)[1].pivot, "1440", "man"), 2);
  auto bad = query();
  bad.threshold = 1;
  EXPECT_EQ(field_code_of(service.run_all(1, {query(), bad}, true)), "too_low");
  EXPECT_EQ(statistics.fact_reads, 1);
}

TEST_F(StatisticsServiceTest, FactsAreKeptUntilWhatTheyAreReadFromChanges) {
  ASSERT_EQ(cell(service.run(1, query(), true)->pivot, "Balder", "woman"), 12);
  ASSERT_EQ(cell(service.run(1, query(), true)->pivot, "Balder", "woman"), 12);
  EXPECT_EQ(statistics.fact_reads, 1);
  started(1, "Balder", "woman", "1489", 1);
  ++statistics.version_of[1];
  EXPECT_EQ(cell(service.run(1, query(), true)->pivot, "Balder", "woman"), 13);
  EXPECT_EQ(statistics.fact_reads, 2);
  EXPECT_TRUE(service.run(2, query(), true));  // another förbund reads its own
  EXPECT_EQ(statistics.fact_reads, 3);
  // The national view uses what is kept and keeps nothing more.
  ASSERT_TRUE(service.run_national(query(Dimension::association, Dimension::gender)));
  EXPECT_EQ(statistics.fact_reads, 3);
  ++statistics.version_of[2];
  ASSERT_TRUE(service.run_national(query(Dimension::association, Dimension::gender)));
  ASSERT_TRUE(service.run_national(query(Dimension::association, Dimension::gender)));
  EXPECT_EQ(statistics.fact_reads, 5);
}

TEST_F(StatisticsServiceTest, FactsKeptInTheDatabaseAreReadInsteadOfTheJoinsWhileCurrent) {
  FactKeeper keeper(statistics);
  EXPECT_EQ(keeper.keep_changed(), 2);
  EXPECT_EQ(statistics.fact_reads, 2);
  EXPECT_EQ(keeper.keep_changed(), 0);  // nothing changed since
  {
    // A server just started (nothing in its memory) reads the kept facts, named by their förbund.
    StatisticsService started_server{statistics, associations, clock, keys};
    EXPECT_EQ(cell(started_server.run(1, query(), true)->pivot, "Balder", "woman"), 12);
    auto national = started_server.run_national(query(Dimension::association, Dimension::gender));
    ASSERT_TRUE(national);
    EXPECT_EQ(national->pivot.rows, (std::vector<std::string>{"Insjöriket", "Lerum"}));
    EXPECT_EQ(statistics.fact_reads, 2);
  }
  // A change: the kept facts are not used at the new version, the next pass keeps the changed förbund only.
  started(1, "Balder", "woman", "1489", 1);
  ++statistics.version_of[1];
  StatisticsService after_change{statistics, associations, clock, keys};
  EXPECT_EQ(cell(after_change.run(1, query(), true)->pivot, "Balder", "woman"), 13);
  EXPECT_EQ(statistics.fact_reads, 3);
  EXPECT_EQ(keeper.keep_changed(), 1);
  EXPECT_EQ(statistics.fact_reads, 4);
  StatisticsService later{statistics, associations, clock, keys};
  EXPECT_EQ(cell(later.run(1, query(), true)->pivot, "Balder", "woman"), 13);
  EXPECT_EQ(statistics.fact_reads, 4);
}

TEST_F(StatisticsServiceTest, TheFactKeeperStopsWhenAsked) {
  FactKeeper keeper(statistics);
  int asked = 0;
  EXPECT_EQ(keeper.keep_changed([&] { return ++asked > 1; }), 1);
  EXPECT_EQ(statistics.facts_not_kept(), (std::vector<std::int64_t>{2}));
}

TEST_F(StatisticsServiceTest, TheNationalViewIsAlwaysProtectedWithTheHighestThreshold) {
  auto low = query(Dimension::association, Dimension::gender);
  low.threshold = 5;
  EXPECT_EQ(field_code_of(service.run_national(low)), "too_low");  // Lerum asks for 8
  auto result = service.run_national(query(Dimension::association, Dimension::gender));
  ASSERT_TRUE(result) << field_of(result);
  EXPECT_EQ(result->threshold, 8);
  ASSERT_TRUE(result->suppression);
  EXPECT_EQ(result->pivot.rows, (std::vector<std::string>{"Insjöriket", "Lerum"}));
  EXPECT_TRUE(cell(result->pivot, "Lerum", "woman"));
  EXPECT_EQ(statistics.fact_reads, 2);  // one förbund at a time
}

}  // namespace
}  // namespace samordna::core
