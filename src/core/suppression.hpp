#pragma once
// Small-cell suppression for every figure that leaves the förbund's staff: cells counting fewer than the
// threshold (default 5) people are hidden (primary), and further cells are hidden (secondary) until no
// row or column, totals included, has exactly one hidden figure, so no hidden value can be worked out by
// subtracting the others from a total.
#include <vector>

#include "core/error.hpp"
#include "core/statistics.hpp"

namespace samordna::core {

constexpr int kDefaultSuppressionThreshold = 5;

// Field errors: threshold too_low (below 2).
Result<void> validate_threshold(int threshold);

struct Suppression {
  std::vector<std::vector<bool>> cells;  // [row][column]
  std::vector<bool> row_totals;
  std::vector<bool> column_totals;
  bool total = false;
  int primary = 0;
  int secondary = 0;
};

// Decides what to hide from the counts behind each figure (counts of 0 are shown: they reveal no one).
Suppression suppress(const Pivot& pivot, int threshold);

// The pivot with hidden figures removed (set to nullopt); counts are cleared too.
Pivot apply(Pivot pivot, const Suppression& suppression);

}  // namespace samordna::core
