#pragma once
// The förbund's processing agreements with its members, as the administrator or förbundschef records them;
// every change audited in the same transaction.
#include "audit/audit_trail.hpp"
#include "audit/domain/audit.hpp"
#include "kernel/clock.hpp"
#include "kernel/transactions.hpp"
#include "membership/domain/processing_agreement.hpp"
#include "membership/ports.hpp"

namespace samordna::core {

class ProcessingAgreementService {
 public:
  ProcessingAgreementService(ProcessingAgreementRepository& agreements, AssociationRepository& associations,
                             Transactions& transactions, AuditTrail& audit, const Clock& clock)
      : agreements_(agreements),
        associations_(associations),
        transactions_(transactions),
        audit_(audit),
        clock_(clock) {}

  std::vector<ProcessingAgreement> list(std::int64_t association_id);
  // Codes: not_found (also for another förbund's).
  Result<ProcessingAgreement> get(std::int64_t association_id, std::int64_t agreement_id);
  // Field errors of validate_agreement.
  Result<ProcessingAgreement> add(const Actor& actor, const ProcessingAgreement& agreement);
  // Codes: not_found (also for another förbund's); version_conflict; field errors of validate_agreement.
  Result<ProcessingAgreement> update(const Actor& actor, const ProcessingAgreement& agreement,
                                     std::int64_t expected_version);

 private:
  static std::vector<AuditField> fields_of(const ProcessingAgreement& a);
  ProcessingAgreementRepository& agreements_;
  AssociationRepository& associations_;
  Transactions& transactions_;
  AuditTrail& audit_;
  const Clock& clock_;
};

}  // namespace samordna::core
