// FollowUpReportService in memory: the year's report for the board and the members, with Uppföljning Finsam,
// key figures and breakdowns over one read of the facts, always protected (it leaves the förbund's staff).
#include <gtest/gtest.h>

#include "follow_up/follow_up_report.hpp"
#include "follow_up/testing/world.hpp"
#include "kernel/testing/results.hpp"

namespace samordna::core {
namespace {

using testing::code_of;
using testing::field_code_of;
using testing::field_of;
using W = testing::FollowUpWorld;

class FollowUpReportServiceTest : public ::testing::Test {
 protected:
  testing::FollowUpWorld w;
  FinsamService finsam{w.statistics_service, w.finance, w.associations};
  FollowUpReportService service{w.statistics_service, finsam, w.associations};
};

TEST_F(FollowUpReportServiceTest, ReportsTheYearProtectedOverOneReadOfTheFacts) {
  w.budget(2026, Money::kronor(10'000'000));
  auto report = service.report(W::kInsjoriket, 2026, 0);
  ASSERT_TRUE(report) << code_of(report) << " " << field_of(report);
  EXPECT_EQ(report->association_name, "Samordningsförbundet Insjöriket");
  EXPECT_EQ(report->year, 2026);
  EXPECT_EQ(w.statistics.fact_reads, 1);
  ASSERT_EQ(report->key_figures.size(), 12U);
  ASSERT_EQ(report->figures.size(), 8U);
  EXPECT_EQ(report->key_figures[0].measure, Measure::participations);
  EXPECT_EQ(report->key_figures[9].measure, Measure::attendance);
  EXPECT_EQ(report->figures[1].rows, Dimension::kommun);
  EXPECT_EQ(report->figures[1].result.labels.at("1489"), "Alingsås");
  for (const auto& f : report->key_figures) EXPECT_TRUE(f.result.suppression) << to_string(f.measure);
  for (const auto& f : report->figures) EXPECT_TRUE(f.result.suppression) << to_string(f.measure);
  EXPECT_TRUE(report->finsam.individual.suppression);
  EXPECT_EQ(report->finsam.budgeted, Money::kronor(10'000'000));
  // 27 participations in 2026: well above the threshold, so shown (with at most a little noise).
  ASSERT_TRUE(report->key_figures[0].result.pivot.total);
  EXPECT_NEAR(double(*report->key_figures[0].result.pivot.total), 27.0, 2.0);
}

TEST_F(FollowUpReportServiceTest, ChecksTheYearAndTheThreshold) {
  EXPECT_EQ(field_code_of(service.report(W::kInsjoriket, 2005, 0)), "before_data");
  EXPECT_EQ(field_of(service.report(W::kInsjoriket, 2027, 0)), "year");
  EXPECT_EQ(field_code_of(service.report(W::kInsjoriket, 2026, 4)), "too_low");
  EXPECT_EQ(code_of(service.report(99, 2026, 0)), "not_found");
  EXPECT_EQ(w.statistics.fact_reads, 0);
}

TEST(PercentOf, RoundsHalfUpAndNeedsBothFiguresAndAWhole) {
  EXPECT_EQ(percent_of(1, 3), 33);
  EXPECT_EQ(percent_of(1, 8), 13);  // 12.5
  EXPECT_EQ(percent_of(2, 3), 67);
  EXPECT_EQ(percent_of(5, 5), 100);
  EXPECT_EQ(percent_of(std::nullopt, 5), std::nullopt);
  EXPECT_EQ(percent_of(1, std::nullopt), std::nullopt);
  EXPECT_EQ(percent_of(0, 0), std::nullopt);
}

}  // namespace
}  // namespace samordna::core
