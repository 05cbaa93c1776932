#include "follow_up/reports/pivot_csv.hpp"

#include "follow_up/reports/labels.hpp"
#include "platform/report/csv_writer.hpp"

namespace samordna::report {
namespace {

std::string figure(const std::optional<std::int64_t>& value, bool hidden, bool money) {
  if (hidden) return "..";
  if (!value) return "";
  return money ? kronor_plain(*value) : std::to_string(*value);
}

}  // namespace

std::string pivot_csv(const core::StatisticsResult& result, const core::PivotRequest& request) {
  std::string out;
  CsvWriter csv(out);
  write_pivot(csv, result, request);
  if (result.suppression) {
    csv.row({});
    csv.row({".. = " + protection_note(result.threshold)});
  }
  return out;
}

void write_pivot(CsvWriter& csv, const core::StatisticsResult& result, const core::PivotRequest& request) {
  const auto& p = result.pivot;
  const auto* s = result.suppression ? &*result.suppression : nullptr;
  const bool money = core::is_money(request.measure);
  std::vector<std::string> header{dimension_label(request.rows).empty() ? measure_label(request.measure)
                                                                        : dimension_label(request.rows)};
  for (const auto& column : p.columns) header.push_back(key_label(column, result.labels));
  header.emplace_back("Totalt");
  csv.row(header);
  for (std::size_t r = 0; r < p.rows.size(); ++r) {
    std::vector<std::string> line{key_label(p.rows[r], result.labels)};
    for (std::size_t c = 0; c < p.columns.size(); ++c) {
      line.push_back(figure(p.values[r][c], s != nullptr && s->cells[r][c], money));
    }
    line.push_back(figure(p.row_totals[r], s != nullptr && s->row_totals[r], money));
    csv.row(line);
  }
  std::vector<std::string> totals{"Totalt"};
  for (std::size_t c = 0; c < p.columns.size(); ++c)
    totals.push_back(figure(p.column_totals[c], s != nullptr && s->column_totals[c], money));
  totals.push_back(figure(p.total, s != nullptr && s->total, money));
  csv.row(totals);
}

}  // namespace samordna::report
