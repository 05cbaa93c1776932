// Reports: the member value report (JSON and PDF).
#include "access/http/handler_support.hpp"
#include "finance/http/money_json.hpp"
#include "follow_up/http/figure_json.hpp"
#include "follow_up/http/routes.hpp"
#include "follow_up/reports/labels.hpp"
#include "follow_up/reports/member_value_pdf.hpp"
#include "platform/http/export_slots.hpp"

namespace samordna::http {
namespace {

nlohmann::json member_value_json(const core::MemberValue& v) {
  auto money = [](const std::optional<core::Money>& m) {
    return m ? nlohmann::json(m->in_ore()) : nlohmann::json(nullptr);
  };
  auto figures = nlohmann::json::array();
  for (const auto& f : v.figures) figures.push_back(figure_json(f));
  nlohmann::json out{{"memberId", v.member.id},
                     {"name", v.member.name},
                     {"from", v.from.iso()},
                     {"to", v.to.iso()},
                     {"threshold", v.figures.empty() ? 0 : v.figures.front().result.threshold},
                     {"contributionsOre", v.contributions.in_ore()},
                     {"allContributionsOre", v.all_contributions.in_ore()},
                     {"persons", v.persons ? nlohmann::json(*v.persons) : nlohmann::json(nullptr)},
                     {"allPersons", v.all_persons ? nlohmann::json(*v.all_persons) : nlohmann::json(nullptr)},
                     {"costPerPersonOre", money(v.cost_per_person)},
                     {"allCostPerPersonOre", money(v.all_cost_per_person)},
                     {"figures", figures},
                     {"withdrawal", nullptr}};
  if (v.withdrawal) out["withdrawal"] = what_if_json(v.member.id, v.withdrawal->what_if.ends_on, *v.withdrawal);
  return out;
}

// from, to (required) and threshold from the query. Errors: from|to required|invalid.
core::Result<std::tuple<core::CivilDate, core::CivilDate, int>> period_of(const Context& c) {
  core::FieldErrors errors;
  auto period = query_period(c.request, errors);
  int threshold = 0;  // the förbund's
  if (auto text = query_text(c.request, "threshold"); !text.empty()) {
    threshold = int(std::min<std::int64_t>(positive_integer(text).value_or(-1), 1000));
  }
  if (!period) return core::unexpected(errors.error());
  return std::tuple{period->from, period->to, threshold};
}

}  // namespace

void register_report_routes(Router& router, FollowUpRoutes& deps) {
  router.add({"GET", "/api/v1/members/{id}/value", Permission::view_money, [&deps](Context& c) {
                auto period = period_of(c);
                if (!period) return problem(period.error());
                auto [from, to, threshold] = *period;
                return reply(deps.member_value.report(*path_id(c, "id"), from, to, threshold), member_value_json);
              }});
  router.add({"GET", "/api/v1/members/{id}/value.pdf", Permission::view_money, [&deps](Context& c) {
                auto slot = acquire_export_slot();
                if (!slot) return exports_busy();
                auto period = period_of(c);
                if (!period) return problem(period.error());
                auto [from, to, threshold] = *period;
                auto value = deps.member_value.report(*path_id(c, "id"), from, to, threshold);
                if (!value) return problem(value.error());
                auto association = deps.membership.association(value->member.association_id);
                deps.audit.record(c.actor(), association->id, "export", "member_value",
                                  std::to_string(value->member.id), {{"from", from.iso()}, {"to", to.iso()}});
                return Response{200,
                                "application/pdf",
                                report::member_value_pdf(*value, association->name),
                                {{"Content-Disposition", "attachment; filename=\"medlemsnytta.pdf\""},
                                 {"Cache-Control", "no-store"}}};
              }});
}

}  // namespace samordna::http
