#include "follow_up/http/figure_json.hpp"

#include "follow_up/reports/labels.hpp"

namespace samordna::http {

nlohmann::json figure_json(const core::Figure& f) {
  const auto& r = f.result;
  const auto* s = r.suppression ? &*r.suppression : nullptr;
  auto rows = nlohmann::json::array();
  for (std::size_t i = 0; i < r.pivot.rows.size(); ++i) {
    auto values = nlohmann::json::array();
    for (std::size_t j = 0; j < r.pivot.columns.size(); ++j) {
      const bool hidden = s != nullptr && s->cells[i][j];
      values.push_back(
          {{"value", hidden || !r.pivot.values[i][j] ? nlohmann::json(nullptr) : nlohmann::json(*r.pivot.values[i][j])},
           {"hidden", hidden}});
    }
    const bool total_hidden = s != nullptr && s->row_totals[i];
    rows.push_back({{"key", r.pivot.rows[i]},
                    {"label", report::key_label(r.pivot.rows[i], r.labels)},
                    {"values", values},
                    {"total", total_hidden || !r.pivot.row_totals[i] ? nlohmann::json(nullptr)
                                                                     : nlohmann::json(*r.pivot.row_totals[i])},
                    {"totalHidden", total_hidden}});
  }
  auto columns = nlohmann::json::array();
  auto column_totals = nlohmann::json::array();
  for (std::size_t j = 0; j < r.pivot.columns.size(); ++j) {
    const auto& c = r.pivot.columns[j];
    columns.push_back({{"key", c}, {"label", report::key_label(c, r.labels)}});
    const bool hidden = s != nullptr && s->column_totals[j];
    column_totals.push_back({{"value", hidden || !r.pivot.column_totals[j] ? nlohmann::json(nullptr)
                                                                           : nlohmann::json(*r.pivot.column_totals[j])},
                             {"hidden", hidden}});
  }
  const bool total_hidden = s != nullptr && s->total;
  return {{"measure", core::to_string(f.measure)},
          {"measureLabel", report::measure_label(f.measure)},
          {"rowsDimension", core::to_string(f.rows)},
          {"columnsDimension", core::to_string(f.columns)},
          {"columns", columns},
          {"columnTotals", column_totals},
          {"rows", rows},
          {"total", total_hidden || !r.pivot.total ? nlohmann::json(nullptr) : nlohmann::json(*r.pivot.total)},
          {"totalHidden", total_hidden}};
}

}  // namespace samordna::http
