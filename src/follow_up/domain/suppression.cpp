#include "follow_up/domain/suppression.hpp"

#include <limits>

#include "membership/domain/membership.hpp"

namespace samordna::core {
namespace {

// The table with its margins as one grid: rows 0..R-1 and the totals row R; columns 0..C-1 and the totals
// column C. Every row and column of the grid is a line whose entries add up to its margin.
struct Grid {
  std::size_t rows = 0;
  std::size_t columns = 0;
  std::vector<std::vector<std::int64_t>> count;
  std::vector<std::vector<bool>> hidden;
};

Grid grid_of(const Pivot& p) {
  Grid g;
  g.rows = p.rows.size();
  g.columns = p.columns.size();
  g.count.assign(g.rows + 1, std::vector<std::int64_t>(g.columns + 1, 0));
  g.hidden.assign(g.rows + 1, std::vector<bool>(g.columns + 1, false));
  for (std::size_t r = 0; r < g.rows; ++r) {
    for (std::size_t c = 0; c < g.columns; ++c) g.count[r][c] = p.counts[r][c];
    g.count[r][g.columns] = p.row_total_counts[r];
  }
  for (std::size_t c = 0; c < g.columns; ++c) g.count[g.rows][c] = p.column_total_counts[c];
  g.count[g.rows][g.columns] = p.total_count;
  return g;
}

// In a line with exactly one hidden entry, hides the entry that protects it at least cost: the smallest
// positive inner cell, else the margin, else a zero cell. Returns whether it hid anything.
bool protect(Grid& g, const std::vector<std::pair<std::size_t, std::size_t>>& line, std::size_t margin) {
  int hidden = 0;
  for (const auto& [r, c] : line) hidden += g.hidden[r][c] ? 1 : 0;
  if (hidden != 1) return false;
  std::optional<std::pair<std::size_t, std::size_t>> best;
  std::int64_t best_count = std::numeric_limits<std::int64_t>::max();
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto [r, c] = line[i];
    if (g.hidden[r][c] || i == margin || g.count[r][c] == 0) continue;
    if (g.count[r][c] < best_count) {
      best = line[i];
      best_count = g.count[r][c];
    }
  }
  if (!best && !g.hidden[line[margin].first][line[margin].second]) best = line[margin];
  if (!best) {
    for (std::size_t i = 0; i < line.size() && !best; ++i) {
      if (!g.hidden[line[i].first][line[i].second]) best = line[i];
    }
  }
  if (!best) return false;
  g.hidden[best->first][best->second] = true;
  return true;
}

}  // namespace

Suppression suppress(const Pivot& p, int threshold) {
  Grid g = grid_of(p);
  Suppression s;
  for (std::size_t r = 0; r <= g.rows; ++r) {
    for (std::size_t c = 0; c <= g.columns; ++c) {
      if (g.count[r][c] > 0 && g.count[r][c] < threshold) {
        g.hidden[r][c] = true;
        ++s.primary;
      }
    }
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t r = 0; r <= g.rows; ++r) {
      std::vector<std::pair<std::size_t, std::size_t>> line;
      for (std::size_t c = 0; c <= g.columns; ++c) line.emplace_back(r, c);
      if (protect(g, line, g.columns)) {
        changed = true;
        ++s.secondary;
      }
    }
    for (std::size_t c = 0; c <= g.columns; ++c) {
      std::vector<std::pair<std::size_t, std::size_t>> line;
      for (std::size_t r = 0; r <= g.rows; ++r) line.emplace_back(r, c);
      if (protect(g, line, g.rows)) {
        changed = true;
        ++s.secondary;
      }
    }
  }
  s.cells.assign(g.rows, std::vector<bool>(g.columns, false));
  for (std::size_t r = 0; r < g.rows; ++r) {
    for (std::size_t c = 0; c < g.columns; ++c) s.cells[r][c] = g.hidden[r][c];
    s.row_totals.push_back(g.hidden[r][g.columns]);
  }
  for (std::size_t c = 0; c < g.columns; ++c) s.column_totals.push_back(g.hidden[g.rows][c]);
  s.total = g.hidden[g.rows][g.columns];
  return s;
}

Pivot perturb(Pivot p, Measure m, int threshold) {
  const bool count = is_additive(m) || m == Measure::unique_persons || m == Measure::active_persons;
  const bool percent = is_percent(m);
  if (!count && !percent) return p;
  auto protect = [&](std::optional<std::int64_t>& value, std::int64_t people, std::uint64_t key) {
    if (!value || people < threshold) return;
    value = count ? protected_count(*value, key, threshold) : protected_percent(*value, key);
  };
  for (std::size_t r = 0; r < p.rows.size(); ++r) {
    for (std::size_t c = 0; c < p.columns.size(); ++c) protect(p.values[r][c], p.counts[r][c], p.cell_keys[r][c]);
    protect(p.row_totals[r], p.row_total_counts[r], p.row_total_keys[r]);
  }
  for (std::size_t c = 0; c < p.columns.size(); ++c)
    protect(p.column_totals[c], p.column_total_counts[c], p.column_total_keys[c]);
  protect(p.total, p.total_count, p.total_key);
  return p;
}

Pivot apply(Pivot p, const Suppression& s) {
  for (std::size_t r = 0; r < p.rows.size(); ++r) {
    for (std::size_t c = 0; c < p.columns.size(); ++c) {
      if (s.cells[r][c]) p.values[r][c].reset();
      p.counts[r][c] = 0;
    }
    if (s.row_totals[r]) p.row_totals[r].reset();
    p.row_total_counts[r] = 0;
  }
  for (std::size_t c = 0; c < p.columns.size(); ++c) {
    if (s.column_totals[c]) p.column_totals[c].reset();
    p.column_total_counts[c] = 0;
  }
  if (s.total) p.total.reset();
  p.total_count = 0;
  p.cell_keys.assign(p.rows.size(), std::vector<std::uint64_t>(p.columns.size(), 0));
  p.row_total_keys.assign(p.rows.size(), 0);
  p.column_total_keys.assign(p.columns.size(), 0);
  p.total_key = 0;
  return p;
}

}  // namespace samordna::core
