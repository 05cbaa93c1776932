#pragma once
// Runs retention for a förbund: removes the identity and joint plan of every person past the förbund's
// limit, each removal audited in the same transaction. Used by `samordna retention run` and daily by the
// server.
#include "audit/audit_trail.hpp"
#include "audit/domain/audit.hpp"
#include "kernel/civil_date.hpp"
#include "kernel/transactions.hpp"
#include "membership/ports.hpp"
#include "participants/domain/person.hpp"
#include "participants/ports.hpp"

namespace samordna::core {

struct RetentionReport {
  int checked = 0;
  int removed = 0;
};

class RetentionService {
 public:
  RetentionService(AssociationRepository& associations, PersonRepository& persons, const IdentityVault& vault,
                   Transactions& transactions, AuditTrail& audit)
      : associations_(associations), persons_(persons), vault_(vault), transactions_(transactions), audit_(audit) {}

  // `dry_run`: count what would be removed without removing it.
  Result<RetentionReport> run(const Actor& actor, std::int64_t association_id, CivilDate today, bool dry_run = false);

 private:
  AssociationRepository& associations_;
  PersonRepository& persons_;
  const IdentityVault& vault_;
  Transactions& transactions_;
  AuditTrail& audit_;
};

}  // namespace samordna::core
