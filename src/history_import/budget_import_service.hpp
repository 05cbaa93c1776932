#pragma once
// Bringing the förbund's own budgets of past years in from the sheet it keeps them in: one row per year with
// its total (the members' contributions in all), and, where the förbundsordning splits the kommun quarter by a
// value per member (ohälsotal, a fixed share or an amount), one row per member with its value. A dry run lists
// every problem by row and field; the import itself is all or nothing, each year saved and audited as one
// entered on the budget page. A year the förbund already has is left alone: the same file again changes
// nothing, and a year with other figures is a problem (change it on its page, where a closed year asks for a
// reason). Nothing personal is in such a sheet.
#include <optional>

#include "access/domain/access.hpp"
#include "audit/audit_trail.hpp"
#include "finance/finance_service.hpp"
#include "finance/ports.hpp"
#include "history_import/ports.hpp"
#include "history_import/sheet_reading.hpp"
#include "kernel/clock.hpp"
#include "kernel/transactions.hpp"
#include "membership/ports.hpp"

namespace samordna::core {

struct BudgetImportPlan;  // what the rows come to (budget_import_service.cpp)

class BudgetImportService {
 public:
  BudgetImportService(FinanceService& finance, BudgetRepository& budgets, AssociationRepository& associations,
                      CharterRepository& charters, ImportRepository& imports, Transactions& transactions,
                      AuditTrail& audit, const Clock& clock, int max_rows = kMaxImportRows)
      : finance_(finance),
        budgets_(budgets),
        associations_(associations),
        charters_(charters),
        imports_(imports),
        transactions_(transactions),
        audit_(audit),
        clock_(clock),
        max_rows_(max_rows) {}

  std::optional<ColumnMapping> saved_mapping(std::int64_t association_id) {
    return imports_.mapping(association_id, ImportKind::budgets);
  }
  // Reads every row and reports what an import would do (toImport: new budget years; alreadyImported: years
  // the förbund has with the same figures); changes nothing but the mapping. Problems beyond read_budget_row's:
  // budget required (no row of the year gives its total) | conflicts (two rows of the year give different
  // totals) | differs_from_saved (the förbund has the year with other figures); member unknown | ambiguous |
  // duplicate (twice in a year) | not_in_year (not a member that year); keyValue not_used (the year's split
  // key is by population alone) | member_missing (a member the key needs has no value) | shares_not_100 |
  // amounts_not_quarter | zero_sum | invalid; budgetYear no_charter (no förbundsordning in force that year) |
  // population_missing (no population figures for the key's year) | missing_fk | missing_af | missing_region |
  // missing_kommun (the year has no such member). Codes: not_found (no such förbund).
  Result<ImportReport> check(std::int64_t association_id, const RowSource& rows,
                             const std::optional<ColumnMapping>& mapping);
  // As check, then, when no row has a problem, saves the new years in one transaction. A year saved by
  // someone else meanwhile refuses the whole import (version_conflict).
  Result<ImportReport> run(const Actor& actor, std::int64_t association_id, const RowSource& rows,
                           const std::optional<ColumnMapping>& mapping);

 private:
  Result<ImportReport> read(std::int64_t association_id, const RowSource& rows,
                            const std::optional<ColumnMapping>& mapping, BudgetImportPlan& plan);
  FinanceService& finance_;
  BudgetRepository& budgets_;
  AssociationRepository& associations_;
  CharterRepository& charters_;
  ImportRepository& imports_;
  Transactions& transactions_;
  AuditTrail& audit_;
  const Clock& clock_;
  int max_rows_;
};

}  // namespace samordna::core
