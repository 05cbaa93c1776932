#pragma once
// Bringing a förbund's participation history in from its spreadsheets: a dry run lists every problem by row and
// field, and the import itself is all or nothing. Personnummer are pseudonymised on the way in and never stored
// or logged in clear; with written consent the person is registered (sealed identity), without it the
// participation is anonymous (gender and start year). Importing the same rows again changes nothing.
#include <string>
#include <vector>

#include "access/domain/access.hpp"
#include "audit/audit_trail.hpp"
#include "history_import/domain/imported_participation.hpp"
#include "history_import/ports.hpp"
#include "history_import/sheet_reading.hpp"
#include "kernel/clock.hpp"
#include "kernel/transactions.hpp"
#include "membership/ports.hpp"
#include "participants/ports.hpp"

namespace samordna::core {

struct ImportOutcome;  // what one row comes to (participation_import_service.cpp)

struct ImportRequest {
  std::optional<ColumnMapping> mapping;  // none: the saved one if the file has its columns, else a guess
  std::string consent_form_reference;    // the written consent's form, for rows with consent
};

class ParticipationImportService {
 public:
  ParticipationImportService(InsatsRepository& insatser, AssociationRepository& associations, PersonRepository& persons,
                             ParticipationRepository& participations, ImportRepository& imports,
                             const IdentityVault& vault, Transactions& transactions, AuditTrail& audit,
                             const Clock& clock, int max_rows = kMaxImportRows)
      : insatser_(insatser),
        associations_(associations),
        persons_(persons),
        participations_(participations),
        imports_(imports),
        vault_(vault),
        transactions_(transactions),
        audit_(audit),
        clock_(clock),
        max_rows_(max_rows) {}

  // The saved mapping (none yet: nullopt).
  std::optional<ColumnMapping> saved_mapping(std::int64_t association_id) {
    return imports_.mapping(association_id, ImportKind::participations);
  }
  // Reads every row and reports what an import would do; changes nothing but the saved mapping. A file that
  // cannot be read is an error (field "file"); everything else is in the report.
  Result<ImportReport> check(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                             const RowSource& rows, const ImportRequest& request);
  // As check, then, when no row has a problem, imports every new row in one transaction and audits it.
  Result<ImportReport> run(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                           const RowSource& rows, const ImportRequest& request);

 private:
  // Reads and checks every row; with `keep`, also keeps the rows an import would write.
  Result<ImportReport> read(const PersonalScope& scope, std::int64_t association_id, const RowSource& rows,
                            const ImportRequest& request, std::vector<ImportOutcome>* keep);
  InsatsRepository& insatser_;
  AssociationRepository& associations_;
  PersonRepository& persons_;
  ParticipationRepository& participations_;
  ImportRepository& imports_;
  const IdentityVault& vault_;
  Transactions& transactions_;
  AuditTrail& audit_;
  const Clock& clock_;
  int max_rows_;
};

}  // namespace samordna::core
