#pragma once
// The finance context's routes: budgets and payments, equity, the allocation model and the withdrawal
// what-if.
// Handlers receive this context's services (and the few lookups they answer 404 or 409 with), never the whole
// installation; app/api/api.cpp registers every context's routes.
#include "access/http/handler_support.hpp"
#include "access/http/router.hpp"
#include "finance/finance_service.hpp"
#include "kernel/clock.hpp"
#include "membership/membership_service.hpp"

namespace samordna::http {

struct FinanceRoutes {
  core::MembershipService& membership;
  core::FinanceService& finance;
  const core::Clock& clock;
};

// The {id} and {year} of a write to a förbund that exists (a year of four digits at most), or nullopt (404).
inline std::optional<std::pair<std::int64_t, int>> existing_year(const Context& c, FinanceRoutes& deps) {
  auto id = path_id(c, "id");
  auto year = path_id(c, "year");
  if (!id || !year || *year > 9999 || !deps.membership.association(*id)) return std::nullopt;
  return std::pair{*id, int(*year)};
}

void register_budget_routes(Router& router, FinanceRoutes& deps);
void register_equity_routes(Router& router, FinanceRoutes& deps);
void register_allocation_routes(Router& router, FinanceRoutes& deps);
void register_withdrawal_routes(Router& router, FinanceRoutes& deps);

}  // namespace samordna::http
