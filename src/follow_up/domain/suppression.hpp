#pragma once
// Disclosure control for every figure that leaves the förbund's staff, in three steps:
// - suppress: cells counting fewer than the threshold (default 5) people are hidden (primary), and further
//   cells are hidden (secondary) until no row or column, totals included, has exactly one hidden figure;
// - perturb: every figure still shown is protected by its cell key (cell_key.hpp), so that no combination of
//   requests (other filters, periods, tables) can solve a hidden figure by subtraction;
// - apply: hidden figures removed, counts and keys cleared.
#include <vector>

#include "follow_up/domain/statistics.hpp"
#include "kernel/error.hpp"

namespace samordna::core {

constexpr int kDefaultSuppressionThreshold = 5;  // a förbund's disclosure threshold unless set

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

// Counts (of people, participations, referrals, attendance) shown with noise from their cell keys; shares in
// whole per cent rounded and moved by their cell keys; medians and costs unchanged (they are not counts). Only
// figures about at least `threshold` people are changed; smaller ones are for suppress to hide.
Pivot perturb(Pivot pivot, Measure measure, int threshold);

// The pivot with hidden figures removed (set to nullopt); counts and cell keys are cleared too.
Pivot apply(Pivot pivot, const Suppression& suppression);

}  // namespace samordna::core
