#pragma once
// The participation export to a member (its own data, for its own follow-up): checks the period against the
// förbund's data, audits the export, and hands back a pager over the rows the caller's scope covers.
#include <cstdint>
#include <memory>

#include "access/domain/access.hpp"
#include "audit/audit_trail.hpp"
#include "kernel/clock.hpp"
#include "membership/ports.hpp"
#include "privacy/domain/participation_export.hpp"

namespace samordna::core {

class ParticipationExportService {
 public:
  ParticipationExportService(ParticipationExportRepository& rows, AssociationRepository& associations,
                             AuditTrail& audit, const Clock& clock)
      : rows_(rows), associations_(associations), audit_(audit), clock_(clock) {}

  // Codes: not_found (no such förbund); field errors of validate_export_period. The export is audited before
  // its first row is read.
  Result<std::shared_ptr<ParticipationExport>> start(const Actor& actor, std::int64_t association_id, CivilDate from,
                                                     CivilDate to, const PersonalScope& scope);

 private:
  ParticipationExportRepository& rows_;
  AssociationRepository& associations_;
  AuditTrail& audit_;
  const Clock& clock_;
};

}  // namespace samordna::core
