// Statistics: the pivot for a measure (suppressed unless the caller may see personal data, and always when
// marked for publication) and the same as CSV. At most two exports run at once; the rest wait their turn.
#include <filesystem>

#include "access/http/handler_support.hpp"
#include "follow_up/http/routes.hpp"
#include "follow_up/reports/labels.hpp"
#include "follow_up/reports/pivot_csv.hpp"
#include "follow_up/reports/pivot_xlsx.hpp"
#include "platform/http/export_slots.hpp"

namespace samordna::http {
namespace {

std::string query(const Context& c, const std::string& name) {
  auto it = c.request.query.find(name);
  return it == c.request.query.end() ? std::string() : it->second;
}

// The query from the URL. Unknown measures and dimensions are 400; values out of range are 422.
std::variant<core::StatisticsQuery, Response> read_query(const Context& c) {
  core::StatisticsQuery q;
  const std::string measure = query(c, "measure").empty() ? "participations" : query(c, "measure");
  auto m = core::parse_measure(measure);
  if (!m) return problem(400, "unknown_measure");
  q.request.measure = *m;
  for (auto [name, target, fallback] :
       {std::tuple{"rows", &q.request.rows, "insats"}, std::tuple{"columns", &q.request.columns, "gender"}}) {
    auto d = core::parse_dimension(query(c, name).empty() ? fallback : query(c, name));
    if (!d) return problem(400, "unknown_dimension");
    *target = *d;
  }
  for (const auto& [key, value] : c.request.query) {
    if (key.rfind("filter.", 0) != 0) continue;
    auto d = core::parse_dimension(key.substr(7));
    if (!d || *d == core::Dimension::none) return problem(400, "unknown_dimension");
    q.request.filters[*d] = value;
  }
  core::FieldErrors errors;
  auto from = core::CivilDate::parse(query(c, "from"));
  auto to = core::CivilDate::parse(query(c, "to"));
  if (!from) errors.add("from", query(c, "from").empty() ? "required" : "invalid");
  if (!to) errors.add("to", query(c, "to").empty() ? "required" : "invalid");
  if (!query(c, "threshold").empty()) {
    auto t = positive_integer(query(c, "threshold"));
    q.threshold = t ? int(std::min<std::int64_t>(*t, 1000)) : -1;
  }
  q.publish = query(c, "publish") == "true";
  if (!errors.empty()) return problem(errors.error());
  q.request.from = *from;
  q.request.to = *to;
  return q;
}

nlohmann::json result_json(const core::StatisticsResult& r, const core::StatisticsQuery& q) {
  const auto& p = r.pivot;
  const auto* s = r.suppression ? &*r.suppression : nullptr;
  auto keys = [&](const std::vector<std::string>& list) {
    auto out = nlohmann::json::array();
    for (const auto& k : list) out.push_back({{"key", k}, {"label", report::key_label(k, r.labels)}});
    return out;
  };
  auto value = [](const std::optional<std::int64_t>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
  auto values = nlohmann::json::array();
  auto hidden = nlohmann::json::array();
  auto row_totals = nlohmann::json::array();
  for (std::size_t i = 0; i < p.rows.size(); ++i) {
    auto row = nlohmann::json::array();
    auto row_hidden = nlohmann::json::array();
    for (std::size_t j = 0; j < p.columns.size(); ++j) {
      row.push_back(value(p.values[i][j]));
      row_hidden.push_back(s != nullptr && s->cells[i][j]);
    }
    values.push_back(row);
    hidden.push_back(row_hidden);
    row_totals.push_back({{"value", value(p.row_totals[i])}, {"hidden", s != nullptr && s->row_totals[i]}});
  }
  auto column_totals = nlohmann::json::array();
  for (std::size_t j = 0; j < p.columns.size(); ++j) {
    column_totals.push_back({{"value", value(p.column_totals[j])}, {"hidden", s != nullptr && s->column_totals[j]}});
  }
  return {{"measure", core::to_string(q.request.measure)},
          {"measureLabel", report::measure_label(q.request.measure)},
          {"rowsDimension", core::to_string(q.request.rows)},
          {"columnsDimension", core::to_string(q.request.columns)},
          {"from", q.request.from.iso()},
          {"to", q.request.to.iso()},
          {"rows", keys(p.rows)},
          {"columns", keys(p.columns)},
          {"values", values},
          {"hidden", hidden},
          {"rowTotals", row_totals},
          {"columnTotals", column_totals},
          {"total", {{"value", value(p.total)}, {"hidden", s != nullptr && s->total}}},
          {"suppressed", s != nullptr},
          {"threshold", r.threshold},
          {"money", core::is_money(q.request.measure)},
          {"percent", core::is_percent(q.request.measure)},
          {"additive", core::is_additive(q.request.measure)},
          {"empty", p.rows.empty()}};
}

}  // namespace

void register_statistics_routes(Router& router, FollowUpRoutes& deps) {
  auto run = [&deps](Context& c, const core::StatisticsQuery& q) {
    const auto association = *path_id(c, "id");
    return deps.statistics.run(association, q, c.access.has(core::Permission::view_personal, association));
  };
  // The national view over every förbund, for the installation's superusers: always suppressed.
  router.add({"GET", "/api/v1/statistics", Permission::manage_installation, [&deps](Context& c) {
                auto q = read_query(c);
                if (auto* r = std::get_if<Response>(&q)) return *r;
                const auto& query = std::get<core::StatisticsQuery>(q);
                return reply(deps.statistics.run_national(query),
                             [&](const core::StatisticsResult& r) { return result_json(r, query); });
              }});
  router.add({"GET", "/api/v1/associations/{id}/statistics", Permission::view_association, [run](Context& c) {
                auto q = read_query(c);
                if (auto* r = std::get_if<Response>(&q)) return *r;
                const auto& query = std::get<core::StatisticsQuery>(q);
                return reply(run(c, query), [&](const core::StatisticsResult& r) { return result_json(r, query); });
              }});
  // The CSV and XLSX exports: audited, at most two at a time.
  for (const bool xlsx : {false, true}) {
    const std::string path = std::string("/api/v1/associations/{id}/statistics.") + (xlsx ? "xlsx" : "csv");
    router.add(
        {"GET", path, Permission::view_association, [run, &deps, xlsx](Context& c) {
           auto q = read_query(c);
           if (auto* r = std::get_if<Response>(&q)) return *r;
           const auto& query = std::get<core::StatisticsQuery>(q);
           auto slot = acquire_export_slot();
           if (!slot) return exports_busy();
           auto result = run(c, query);
           if (!result) return problem(result.error());
           deps.audit.record(c.actor(), *path_id(c, "id"), "export", "statistics",
                             std::string(core::to_string(query.request.measure)),
                             {{"format", xlsx ? "xlsx" : "csv"},
                              {"rows", std::string(core::to_string(query.request.rows))},
                              {"columns", std::string(core::to_string(query.request.columns))},
                              {"from", query.request.from.iso()},
                              {"to", query.request.to.iso()},
                              {"suppressed", result->suppression ? "true" : "false"}});
           if (xlsx) {
             return Response{
                 200,
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 report::pivot_xlsx(*result, query.request, std::filesystem::temp_directory_path().string()),
                 {{"Content-Disposition", "attachment; filename=\"statistik.xlsx\""}, {"Cache-Control", "no-store"}}};
           }
           return Response{
               200,
               "text/csv; charset=utf-8",
               report::pivot_csv(*result, query.request),
               {{"Content-Disposition", "attachment; filename=\"statistik.csv\""}, {"Cache-Control", "no-store"}}};
         }});
  }
}

}  // namespace samordna::http
