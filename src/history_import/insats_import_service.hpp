#pragma once
// Bringing a förbund's insatser in from the sheet it keeps them in, one row per insats and budget year: a dry
// run lists every problem by row and field, and the import itself is all or nothing. An insats the förbund
// already has (by name, with the same huvudman) gains the budget years it lacks; the same file again changes
// nothing. Nothing personal is in such a sheet.
#include <optional>
#include <vector>

#include "access/domain/access.hpp"
#include "audit/audit_trail.hpp"
#include "history_import/ports.hpp"
#include "history_import/sheet_reading.hpp"
#include "kernel/clock.hpp"
#include "kernel/transactions.hpp"
#include "membership/ports.hpp"
#include "participants/insats_service.hpp"

namespace samordna::core {

struct InsatsImportPlan;  // what the rows come to (insats_import_service.cpp)

class InsatsImportService {
 public:
  InsatsImportService(InsatsService& insats_service, InsatsRepository& insatser, AssociationRepository& associations,
                      ImportRepository& imports, Transactions& transactions, AuditTrail& audit, const Clock& clock,
                      int max_rows = kMaxImportRows)
      : insats_service_(insats_service),
        insatser_(insatser),
        associations_(associations),
        imports_(imports),
        transactions_(transactions),
        audit_(audit),
        clock_(clock),
        max_rows_(max_rows) {}

  std::optional<ColumnMapping> saved_mapping(std::int64_t association_id) {
    return imports_.mapping(association_id, ImportKind::insatser);
  }
  // Reads every row and reports what an import would do (toImport: new insatser; budgetYears: the years they
  // and the existing ones gain; alreadyImported: insatser with nothing new); changes nothing but the mapping.
  // Row problems beyond read_insats_row's: leadParty, cooperatingParties, kommuner unknown | ambiguous;
  // budgetYear duplicate; a field conflicts (an earlier row of the insats says otherwise); budget
  // differs_from_saved (the insats has another amount that year); insats exists (with another huvudman); and
  // the insats rules (validate_insats) on the insats's first row.
  Result<ImportReport> check(std::int64_t association_id, const RowSource& rows,
                             const std::optional<ColumnMapping>& mapping);
  // As check, then, when no row has a problem, creates and extends the insatser in one transaction, each
  // audited as its own creation or change. `staffed_by`: an insatsansvarig works in the insatser they create
  // and may extend only those they work in (others: insats not_staffed).
  Result<ImportReport> run(const Actor& actor, std::int64_t association_id, const RowSource& rows,
                           const std::optional<ColumnMapping>& mapping, std::optional<std::int64_t> staffed_by);

 private:
  Result<ImportReport> read(std::int64_t association_id, const RowSource& rows,
                            const std::optional<ColumnMapping>& mapping, std::optional<std::int64_t> staffed_by,
                            InsatsImportPlan& plan);
  InsatsService& insats_service_;
  InsatsRepository& insatser_;
  AssociationRepository& associations_;
  ImportRepository& imports_;
  Transactions& transactions_;
  AuditTrail& audit_;
  const Clock& clock_;
  int max_rows_;
};

}  // namespace samordna::core
