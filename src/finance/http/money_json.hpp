#pragma once
// JSON for money: budgets with contributions and their basis, payments, equity, the withdrawal what-if and
// the allocation model. Money is integer öre.
#include <nlohmann/json.hpp>

#include "finance/domain/allocation.hpp"
#include "finance/finance_service.hpp"

namespace samordna::http {

nlohmann::json payment_json(const core::Payment& p);
// An unpaid invoice past its due date, for the ekonom's start page.
nlohmann::json overdue_invoice_json(const core::OverdueInvoice& invoice);
nlohmann::json budget_json(const core::BudgetView& view);
nlohmann::json budget_summary_json(const core::BudgetView& view);
nlohmann::json equity_year_json(const core::EquityYear& year);
nlohmann::json equity_json(const std::vector<core::EquityYear>& years, std::int64_t limit_bp);
nlohmann::json what_if_json(std::int64_t member_id, core::CivilDate notice_on, const core::WhatIfView& view);
nlohmann::json allocation_json(const std::vector<core::AllocationResult>& results);

}  // namespace samordna::http
