#include "follow_up/reports/figure_table.hpp"

#include "follow_up/reports/labels.hpp"

namespace samordna::report {
namespace {

bool has_columns(const core::Pivot& p) {
  return p.columns.size() > 1 || (p.columns.size() == 1 && p.columns[0] != "total");
}

}  // namespace

std::string figure_text(const std::optional<std::int64_t>& v, bool hidden, bool money) {
  if (hidden) return "..";
  if (!v) return "–";
  return money ? core::format_kr(core::Money::ore(*v)) : std::to_string(*v);
}

std::vector<std::vector<std::string>> rows_of(const core::StatisticsResult& r, bool money) {
  const auto& p = r.pivot;
  const auto* s = r.suppression ? &*r.suppression : nullptr;
  std::vector<std::vector<std::string>> out;
  for (std::size_t i = 0; i < p.rows.size(); ++i) {
    std::vector<std::string> line{key_label(p.rows[i], r.labels)};
    if (has_columns(p)) {
      for (std::size_t j = 0; j < p.columns.size(); ++j) {
        line.push_back(figure_text(p.values[i][j], s != nullptr && s->cells[i][j], money));
      }
    }
    line.push_back(figure_text(p.row_totals[i], s != nullptr && s->row_totals[i], money));
    out.push_back(std::move(line));
  }
  if (has_columns(p) && !p.rows.empty()) {
    std::vector<std::string> totals{"Totalt"};
    for (std::size_t j = 0; j < p.columns.size(); ++j) {
      totals.push_back(figure_text(p.column_totals[j], s != nullptr && s->column_totals[j], money));
    }
    totals.push_back(figure_text(p.total, s != nullptr && s->total, money));
    out.push_back(std::move(totals));
  }
  return out;
}

std::vector<std::string> header_of(const core::Figure& f) {
  std::vector<std::string> header{dimension_label(f.rows)};
  if (has_columns(f.result.pivot)) {
    for (const auto& c : f.result.pivot.columns) header.push_back(key_label(c, f.result.labels));
    header.emplace_back("Totalt");
  } else {
    header.push_back(measure_label(f.measure));
  }
  return header;
}

std::string total_of(const core::Figure& f) {
  const auto& r = f.result;
  return figure_text(r.pivot.total, r.suppression && r.suppression->total, core::is_money(f.measure));
}

}  // namespace samordna::report
