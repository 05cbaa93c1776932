#include "follow_up/reports/pivot_xlsx.hpp"

#include <xlsxwriter.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include <unistd.h>

#include "follow_up/reports/labels.hpp"

namespace samordna::report {
namespace {
std::atomic<int> counter{0};
}

std::string pivot_xlsx(const core::StatisticsResult& result, const core::PivotRequest& request,
                       const std::string& scratch_dir) {
  const auto path = (std::filesystem::path(scratch_dir) /
                     ("samordna-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".xlsx"))
                        .string();
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) throw std::runtime_error("cannot create workbook");
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Statistik");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  lxw_format* money_format = workbook_add_format(workbook);
  format_set_num_format(money_format, "# ##0.00");
  const auto& p = result.pivot;
  const auto* s = result.suppression ? &*result.suppression : nullptr;
  const bool money = core::is_money(request.measure);
  auto put = [&](lxw_row_t row, lxw_col_t col, const std::optional<std::int64_t>& v, bool hidden) {
    if (hidden) {
      worksheet_write_string(sheet, row, col, "..", nullptr);
    } else if (v) {
      worksheet_write_number(sheet, row, col, money ? double(*v) / 100.0 : double(*v), money ? money_format : nullptr);
    }
  };
  worksheet_write_string(
      sheet, 0, 0, (measure_label(request.measure) + ", " + request.from.iso() + " – " + request.to.iso()).c_str(),
      bold);
  worksheet_write_string(sheet, 1, 0, dimension_label(request.rows).c_str(), bold);
  for (std::size_t c = 0; c < p.columns.size(); ++c) {
    worksheet_write_string(sheet, 1, lxw_col_t(c + 1), key_label(p.columns[c], result.labels).c_str(), bold);
  }
  const auto total_col = lxw_col_t(p.columns.size() + 1);
  worksheet_write_string(sheet, 1, total_col, "Totalt", bold);
  for (std::size_t r = 0; r < p.rows.size(); ++r) {
    const auto row = lxw_row_t(r + 2);
    worksheet_write_string(sheet, row, 0, key_label(p.rows[r], result.labels).c_str(), nullptr);
    for (std::size_t c = 0; c < p.columns.size(); ++c) put(row, lxw_col_t(c + 1), p.values[r][c], s && s->cells[r][c]);
    put(row, total_col, p.row_totals[r], s && s->row_totals[r]);
  }
  const auto totals_row = lxw_row_t(p.rows.size() + 2);
  worksheet_write_string(sheet, totals_row, 0, "Totalt", bold);
  for (std::size_t c = 0; c < p.columns.size(); ++c)
    put(totals_row, lxw_col_t(c + 1), p.column_totals[c], s && s->column_totals[c]);
  put(totals_row, total_col, p.total, s && s->total);
  worksheet_set_column(sheet, 0, 0, 32, nullptr);
  if (!p.rows.empty()) {
    lxw_chart* chart = workbook_add_chart(workbook, LXW_CHART_COLUMN);
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(series, "Statistik", 2, 0, lxw_row_t(p.rows.size() + 1), 0);
    chart_series_set_values(series, "Statistik", 2, total_col, lxw_row_t(p.rows.size() + 1), total_col);
    chart_series_set_name(series, measure_label(request.measure).c_str());
    chart_title_set_name(chart, measure_label(request.measure).c_str());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    worksheet_insert_chart(sheet, lxw_row_t(p.rows.size() + 4), 0, chart);
  }
  if (workbook_close(workbook) != LXW_NO_ERROR) throw std::runtime_error("cannot write workbook");
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::filesystem::remove(path);
  return bytes;
}

}  // namespace samordna::report
