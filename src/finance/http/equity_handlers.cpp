// Equity (eget kapital) per year.
#include "access/http/handler_support.hpp"
#include "finance/http/money_json.hpp"
#include "finance/http/routes.hpp"

namespace samordna::http {

void register_equity_routes(Router& router, FinanceRoutes& deps) {
  auto ledger_json = [&deps](std::int64_t id) {
    return [&deps, id](const std::vector<core::EquityYear>& years) {
      return equity_json(years, deps.membership.association(id)->equity_limit_bp);
    };
  };
  router.add({"GET", "/api/v1/associations/{id}/equity", Permission::view_money, [&deps, ledger_json](Context& c) {
                auto id = path_id(c, "id");
                if (!id) return problem(404, "not_found");
                return reply(deps.finance.equity(*id), ledger_json(*id));
              }});
  router.add(
      {"PUT", "/api/v1/associations/{id}/equity/{year}", Permission::manage_money, [&deps, ledger_json](Context& c) {
         auto at = existing_year(c, deps);
         if (!at) return problem(404, "not_found");
         const auto [id, year] = *at;
         RequestBody body(c.request);
         auto& in = body.in();
         core::EquityEntry entry{year, in.money("openingOre", false), in.money("receivedOre").value_or(core::Money()),
                                 in.money("costsOre").value_or(core::Money()), 0};
         auto version = in.integer("version");
         if (auto refused = body.refusal()) return *refused;
         auto saved = deps.finance.save_equity(c.actor(), id, entry, *version);
         return reply_or_current(saved, ledger_json(id), [&] { return ledger_json(id)(*deps.finance.equity(id)); });
       }});
}

}  // namespace samordna::http
