#pragma once
// Use cases for budgets, contributions, payments, equity and the withdrawal what-if over the ports.
#include <map>
#include <vector>

#include "audit/audit_trail.hpp"
#include "audit/domain/audit.hpp"
#include "finance/domain/payment.hpp"
#include "finance/domain/withdrawal.hpp"
#include "finance/ports.hpp"
#include "kernel/civil_date.hpp"
#include "kernel/clock.hpp"
#include "kernel/transactions.hpp"
#include "membership/domain/charter.hpp"
#include "membership/ports.hpp"

namespace samordna::core {

// A budget with the charter it falls under, the contributions it gives and their payments.
struct BudgetView {
  StoredBudget budget;
  Charter charter;
  BudgetCalculation calculation;
  std::map<std::int64_t, Payment> payments;  // by member id; a member without a row is due
};

// An invoice past its due date and not paid in full (förfallen), with what the member owes of it.
struct OverdueInvoice {
  int year = 0;
  std::int64_t member_id = 0;
  std::string name;
  Money amount;
  Payment payment;
  std::int64_t days_overdue = 0;
};

struct WhatIfView {
  WhatIf what_if;
  int basis_year = 0;
  Money basis_total;
};

class FinanceService {
 public:
  FinanceService(AssociationRepository& associations, CharterRepository& charters, BudgetRepository& budgets,
                 Transactions& transactions, AuditTrail& audit, const Clock& clock)
      : associations_(associations),
        charters_(charters),
        budgets_(budgets),
        transactions_(transactions),
        audit_(audit),
        clock_(clock) {}

  Result<std::vector<BudgetView>> budgets(std::int64_t association_id);
  Result<BudgetView> budget(std::int64_t association_id, int year);
  // Validates by calculating; saves nothing when a rule refuses. A closed year (a contribution invoiced or paid)
  // changes only with `reopen_reason`, which the audit keeps. Codes: validation_failed (reopenReason required
  // when blank), year_closed (conflict), version_conflict.
  Result<BudgetView> save_budget(const Actor& actor, const StoredBudget& budget, std::int64_t expected_version,
                                 const std::optional<std::string>& reopen_reason = std::nullopt);
  // What saving would give (each member's contribution), saving nothing: the old and new amounts side by side.
  Result<BudgetView> preview_budget(const StoredBudget& budget);
  // Codes: not_found (no budget, or the member pays nothing that year), validation_failed, version_conflict.
  Result<Payment> save_payment(const Actor& actor, std::int64_t association_id, int year, std::int64_t member_id,
                               const Payment& payment, std::int64_t expected_version);
  // Every year's invoices that are overdue today, the longest overdue first. Codes: not_found.
  Result<std::vector<OverdueInvoice>> overdue_invoices(std::int64_t association_id);
  Result<std::vector<EquityYear>> equity(std::int64_t association_id);
  Result<std::vector<EquityYear>> save_equity(const Actor& actor, std::int64_t association_id, const EquityEntry& entry,
                                              std::int64_t expected_version);
  // Field errors as withdrawal_what_if, and budget missing when the association has no budget yet.
  Result<WhatIfView> withdrawal_what_if(std::int64_t member_id, CivilDate notice_on);
  // Population 16–64 of the förbund's member kommuner in the year, from the latest figures on or before it (0
  // without figures): the allocation model's default for the förbund.
  std::int64_t area_population(std::int64_t association_id, int year);

 private:
  Result<BudgetInput> input_for(std::int64_t association_id, int year, Money total,
                                const std::vector<KeyInput>& key_inputs, Charter& charter);
  Result<BudgetView> view_of(const StoredBudget& budget);
  AssociationRepository& associations_;
  CharterRepository& charters_;
  BudgetRepository& budgets_;
  Transactions& transactions_;
  AuditTrail& audit_;
  const Clock& clock_;
};

}  // namespace samordna::core
