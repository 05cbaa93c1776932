// The state allocation model: defaults from the installation's förbund, and the calculator.
#include "access/http/handler_support.hpp"
#include "finance/http/money_json.hpp"
#include "finance/http/routes.hpp"

namespace samordna::http {
void register_allocation_routes(Router& router, FinanceRoutes& deps) {
  router.add({"GET", "/api/v1/allocation/defaults", Permission::authenticated, [&deps](Context& c) {
                int year = deps.clock.today().year();
                if (auto it = c.request.query.find("year"); it != c.request.query.end()) {
                  auto y = positive_integer(it->second);
                  if (!y || *y < 1900 || *y > 9999) return problem(core::Error::invalid("year", "invalid"));
                  year = int(*y);
                }
                core::AllocationParams defaults;
                auto areas = nlohmann::json::array();
                for (const auto& a : deps.membership.associations()) {
                  if (!c.access.sees(a.id)) continue;
                  areas.push_back({{"associationId", a.id},
                                   {"name", a.name},
                                   {"population", deps.finance.area_population(a.id, year)}});
                }
                return json_response({{"year", year},
                                      {"potOre", defaults.pot.in_ore()},
                                      {"baseOre", defaults.base.in_ore()},
                                      {"supportWeightBp", defaults.support_weight_bp},
                                      {"associations", areas}});
              }});
  router.add({"POST", "/api/v1/allocation", Permission::authenticated, [](Context& c) {
                RequestBody body(c.request);
                auto& in = body.in();
                core::AllocationParams p;
                p.pot = in.money("potOre").value_or(core::Money());
                p.base = in.money("baseOre").value_or(core::Money());
                p.support_weight_bp = in.integer("supportWeightBp").value_or(0);
                p.max_decrease_bp = in.integer("maxDecreaseBp", false);
                p.equity_limit_bp = in.integer("equityLimitBp", false);
                std::vector<core::AllocationArea> areas;
                const auto* list = in.find("associations");
                if (list && !list->is_array()) in.errors().add("associations", "invalid");
                std::size_t index = 0;
                for (const auto& item : list && list->is_array() ? *list : nlohmann::json::array()) {
                  BodyReader a(item, in.errors(), "associations." + std::to_string(index++) + ".");
                  areas.push_back({a.text("name"), a.integer("supportMeasure").value_or(0),
                                   a.integer("population").value_or(0), a.money("previousOre", false),
                                   a.money("equityOre", false), a.money("contributionsOre", false)});
                }
                if (auto refused = body.refusal()) return *refused;
                return reply(core::allocate_state_funds(p, areas), allocation_json);
              }});
}

}  // namespace samordna::http
