#pragma once
// The finance context's routes: budgets and payments, equity, the allocation model and the withdrawal
// what-if.
// Handlers receive this context's services (and the few lookups they answer 404 or 409 with), never the whole
// installation; app/api/api.cpp registers every context's routes.
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

void register_budget_routes(Router& router, FinanceRoutes& deps);
void register_equity_routes(Router& router, FinanceRoutes& deps);
void register_allocation_routes(Router& router, FinanceRoutes& deps);
void register_withdrawal_routes(Router& router, FinanceRoutes& deps);

}  // namespace samordna::http
