#include "follow_up/domain/suppression.hpp"

#include <gtest/gtest.h>

#include <random>

namespace samordna::core {
namespace {

// A pivot of counts (an additive measure) with its totals.
Pivot counts_pivot(const std::vector<std::vector<std::int64_t>>& table) {
  Pivot p;
  for (std::size_t r = 0; r < table.size(); ++r) p.rows.push_back("r" + std::to_string(r));
  for (std::size_t c = 0; c < table[0].size(); ++c) p.columns.push_back("c" + std::to_string(c));
  p.column_total_counts.assign(table[0].size(), 0);
  p.column_totals.assign(table[0].size(), 0);
  for (const auto& row : table) {
    std::vector<std::optional<std::int64_t>> values;
    std::int64_t sum = 0;
    for (std::size_t c = 0; c < row.size(); ++c) {
      values.emplace_back(row[c]);
      sum += row[c];
      p.column_total_counts[c] += row[c];
      *p.column_totals[c] += row[c];
    }
    p.values.push_back(values);
    p.counts.push_back(row);
    p.row_totals.emplace_back(sum);
    p.row_total_counts.push_back(sum);
    p.total_count += sum;
  }
  p.total = p.total_count;
  return p;
}

// True when a line (row or column, its total included) has exactly one hidden figure.
bool leaks(const Suppression& s) {
  const std::size_t rows = s.cells.size();
  const std::size_t columns = s.cells[0].size();
  for (std::size_t r = 0; r < rows; ++r) {
    int hidden = s.row_totals[r] ? 1 : 0;
    for (std::size_t c = 0; c < columns; ++c) hidden += s.cells[r][c] ? 1 : 0;
    if (hidden == 1) return true;
  }
  for (std::size_t c = 0; c < columns; ++c) {
    int hidden = s.column_totals[c] ? 1 : 0;
    for (std::size_t r = 0; r < rows; ++r) hidden += s.cells[r][c] ? 1 : 0;
    if (hidden == 1) return true;
  }
  int hidden = s.total ? 1 : 0;
  for (std::size_t c = 0; c < columns; ++c) hidden += s.column_totals[c] ? 1 : 0;
  return hidden == 1;
}

TEST(Suppression, PrimaryAloneWouldLeakThroughTheTotals) {
  // Seed 000's Primus row (2 women, 2 men) and Aktiv Lerum (90, 43): hiding the small cells alone would
  // leave them in the totals: 4 − 2 = 2.
  auto p = counts_pivot({{90, 43}, {2, 2}, {29, 28}});
  auto s = suppress(p, 5);
  EXPECT_TRUE(s.cells[1][0]);
  EXPECT_TRUE(s.cells[1][1]);
  EXPECT_TRUE(s.row_totals[1]);  // 4 is below 5 too
  EXPECT_EQ(s.primary, 3);
  // Columns: woman has 2 hidden in row 1 only → secondary hides the next smallest woman cell (29), and the
  // same for men (28); the rows of Balder then get two hidden and are safe.
  EXPECT_TRUE(s.cells[2][0]);
  EXPECT_TRUE(s.cells[2][1]);
  EXPECT_FALSE(s.cells[0][0]);
  EXPECT_FALSE(leaks(s));
  auto shown = apply(p, s);
  EXPECT_FALSE(shown.values[1][0]);
  EXPECT_EQ(shown.values[0][0], 90);
  EXPECT_EQ(shown.total, 194);
}

TEST(Suppression, ASingleSmallCellTakesAnotherWithIt) {
  auto p = counts_pivot({{3, 10, 12}, {20, 30, 40}});
  auto s = suppress(p, 5);
  EXPECT_TRUE(s.cells[0][0]);
  EXPECT_TRUE(s.cells[0][1]);  // the smallest other cell in the row
  EXPECT_TRUE(s.cells[1][0]);  // and in each column, so no line has a single hidden figure
  EXPECT_TRUE(s.cells[1][1]);
  EXPECT_FALSE(leaks(s));
}

TEST(Suppression, ZerosAreShownAndNothingSmallMeansNothingHidden) {
  auto s = suppress(counts_pivot({{0, 10}, {12, 30}}), 5);
  EXPECT_EQ(s.primary + s.secondary, 0);
  // A small cell whose only neighbours are zeros: the margin goes instead.
  auto t = suppress(counts_pivot({{3, 0}, {0, 0}}), 5);
  EXPECT_FALSE(leaks(t));
  EXPECT_TRUE(t.total);
}

TEST(Suppression, RandomTablesNeverLeakThroughOneLine) {
  std::mt19937 rng(5);
  for (int round = 0; round < 500; ++round) {
    std::vector<std::vector<std::int64_t>> table(std::size_t(rng() % 6 + 1), std::vector<std::int64_t>(rng() % 5 + 1));
    for (auto& row : table) {
      for (auto& v : row) v = rng() % 3 == 0 ? std::int64_t(rng() % 5) : std::int64_t(rng() % 40);
    }
    auto p = counts_pivot(table);
    auto s = suppress(p, 5);
    ASSERT_FALSE(leaks(s)) << "round " << round;
    for (std::size_t r = 0; r < table.size(); ++r) {
      for (std::size_t c = 0; c < table[r].size(); ++c) {
        if (table[r][c] > 0 && table[r][c] < 5) {
          ASSERT_TRUE(s.cells[r][c]);
        }
      }
    }
  }
}

}  // namespace
}  // namespace samordna::core
