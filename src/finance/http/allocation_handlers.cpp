// The state allocation model: defaults from the installation's förbund, and the calculator.
#include "access/http/handler_support.hpp"
#include "finance/http/money_json.hpp"
#include "finance/http/routes.hpp"

namespace samordna::http {
namespace {

// Population 16–64 of the förbund's member kommuner in the year, from the latest figures on or before it.
std::int64_t area_population(FinanceRoutes& deps, std::int64_t association_id, int year) {
  auto population_year = deps.associations.population_year_on_or_before(year);
  if (!population_year) return 0;
  auto population = deps.associations.population_16_64(*population_year);
  std::int64_t sum = 0;
  for (const auto& m : deps.associations.list_members(association_id)) {
    if (m.kind == core::PartyKind::kommun && core::member_in_year(m, year)) sum += population[m.area_code];
  }
  return sum;
}

}  // namespace

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
                for (const auto& a : deps.associations.list_associations()) {
                  if (!c.access.sees(a.id)) continue;
                  areas.push_back(
                      {{"associationId", a.id}, {"name", a.name}, {"population", area_population(deps, a.id, year)}});
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
