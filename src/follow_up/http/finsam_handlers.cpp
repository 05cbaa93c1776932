// The year's reports. Uppföljning Finsam: the figures a förbund reports to Försäkringskassan, as JSON and as
// one CSV, exact for the förbundschef (who reports them) and staff with personal data, suppressed for the
// others and whenever marked for publication. The yearly follow-up report as a PDF, always suppressed.
#include "access/http/handler_support.hpp"
#include "finance/http/money_json.hpp"
#include "follow_up/http/figure_json.hpp"
#include "follow_up/http/routes.hpp"
#include "follow_up/reports/finsam_csv.hpp"
#include "follow_up/reports/follow_up_pdf.hpp"
#include "platform/http/export_slots.hpp"

namespace samordna::http {
namespace {

std::string query(const Context& c, const char* name) {
  auto it = c.request.query.find(name);
  return it == c.request.query.end() ? std::string() : it->second;
}

// The year and threshold from the query. Errors: year required|invalid.
core::Result<std::pair<int, int>> year_of(const Context& c) {
  auto year = positive_integer(query(c, "year"));
  if (!year || *year > 9999) {
    return core::unexpected(core::Error::invalid("year", query(c, "year").empty() ? "required" : "invalid"));
  }
  int threshold = 0;  // the förbund's
  if (!query(c, "threshold").empty()) {
    threshold = int(std::min<std::int64_t>(positive_integer(query(c, "threshold")).value_or(-1), 1000));
  }
  return std::pair{int(*year), threshold};
}

core::Result<core::FinsamFigures> figures_of(const Context& c, FollowUpRoutes& deps) {
  const auto association = *path_id(c, "id");
  auto year = year_of(c);
  if (!year) return core::unexpected(year.error());
  const bool exact = c.access.has(core::Permission::manage_association, association) ||
                     c.access.has(core::Permission::view_personal, association);
  return deps.finsam.figures(association, year->first, year->second, query(c, "publish") == "true", exact);
}

nlohmann::json finsam_json(const core::FinsamFigures& f) {
  auto funds = nlohmann::json::array();
  for (const auto& x : f.funds) {
    funds.push_back({{"party", core::to_string(x.kind)},
                     {"budgetedOre", x.budgeted.in_ore()},
                     {"receivedOre", x.received.in_ore()}});
  }
  return {{"year", f.year},
          {"threshold", f.individual.threshold},
          {"suppressed", f.individual.suppression.has_value()},
          {"individual", figure_json({core::Measure::active_persons, core::Dimension::insats, core::Dimension::gender,
                                      f.individual})},
          {"structural",
           figure_json({core::Measure::attendance, core::Dimension::insats, core::Dimension::gender, f.structural})},
          {"funds", funds},
          {"budgetedOre", f.budgeted.in_ore()},
          {"receivedOre", f.received.in_ore()},
          {"equity", f.equity ? equity_year_json(*f.equity) : nlohmann::json(nullptr)}};
}

}  // namespace

void register_finsam_routes(Router& router, FollowUpRoutes& deps) {
  router.add({"GET", "/api/v1/associations/{id}/finsam", Permission::view_association,
              [&deps](Context& c) { return reply(figures_of(c, deps), finsam_json); }});
  router.add({"GET", "/api/v1/associations/{id}/finsam.csv", Permission::view_association, [&deps](Context& c) {
                auto slot = acquire_export_slot();
                if (!slot) return exports_busy();
                auto figures = figures_of(c, deps);
                if (!figures) return problem(figures.error());
                const auto association = deps.membership.association(*path_id(c, "id"));
                deps.audit.record(
                    c.actor(), association->id, "export", "finsam", std::to_string(figures->year),
                    {{"format", "csv"}, {"suppressed", figures->individual.suppression ? "true" : "false"}});
                return Response{200,
                                "text/csv; charset=utf-8",
                                report::finsam_csv(*figures, association->name),
                                {{"Content-Disposition", "attachment; filename=\"uppfoljning-finsam-" +
                                                             std::to_string(figures->year) + ".csv\""},
                                 {"Cache-Control", "no-store"}}};
              }});
  router.add({"GET", "/api/v1/associations/{id}/follow-up.pdf", Permission::view_association, [&deps](Context& c) {
                auto slot = acquire_export_slot();
                if (!slot) return exports_busy();
                auto year = year_of(c);
                if (!year) return problem(year.error());
                const auto association = *path_id(c, "id");
                auto report = deps.follow_up.report(association, year->first, year->second);
                if (!report) return problem(report.error());
                deps.audit.record(c.actor(), association, "export", "follow_up", std::to_string(year->first),
                                  {{"format", "pdf"}});
                return Response{200,
                                "application/pdf",
                                report::follow_up_pdf(*report),
                                {{"Content-Disposition",
                                  "attachment; filename=\"uppfoljning-" + std::to_string(year->first) + ".pdf\""},
                                 {"Cache-Control", "no-store"}}};
              }});
}

}  // namespace samordna::http
