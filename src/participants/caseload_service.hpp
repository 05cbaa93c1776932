#pragma once
// The caseload (ärendelista) of a deltagaransvarig: the ongoing participations in the insatser of their
// scope, with name, days in the insats and what is next in the joint plan, overdue first. Each person shown
// is a read of personal data and is audited (one event per person, as the queue does).
#include <optional>
#include <vector>

#include "access/domain/access.hpp"
#include "audit/audit_trail.hpp"
#include "kernel/clock.hpp"
#include "kernel/transactions.hpp"
#include "participants/domain/caseload.hpp"
#include "participants/ports.hpp"

namespace samordna::core {

struct CaseloadQuery {
  std::optional<std::int64_t> insats_id;  // one insats of the scope; none: all of them
  std::optional<int> due_within_days;     // only what is overdue or due within these days (the reminders)
  bool mine = false;                      // only the participants the caller is responsible for
};

class CaseloadService {
 public:
  CaseloadService(InsatsRepository& insatser, PersonRepository& persons, ParticipationRepository& participations,
                  const IdentityVault& vault, Transactions& transactions, AuditTrail& audit, const Clock& clock)
      : insatser_(insatser),
        persons_(persons),
        participations_(participations),
        vault_(vault),
        transactions_(transactions),
        audit_(audit),
        clock_(clock) {}

  // not_found for an insats outside the förbund or the caller's scope; dueWithinDays out_of_range (0–365).
  Result<std::vector<CaseloadEntry>> caseload(const Actor& actor, const PersonalScope& scope,
                                              std::int64_t association_id, const CaseloadQuery& query);
  // Counts per insats of the scope (ongoing, overdue, due within kDueSoonDays): no person, no read logged.
  std::vector<CaseloadCount> summary(const PersonalScope& scope, std::int64_t association_id);

 private:
  // The scope's insatser in the förbund (only `insats_id` when given), without duplicates.
  std::vector<std::int64_t> insatser_of(const PersonalScope& scope, std::int64_t association_id,
                                        std::optional<std::int64_t> insats_id);
  // Their ongoing participations with what their plans have due; no identity opened.
  std::vector<CaseloadEntry> ongoing(const std::vector<std::int64_t>& insatser, CivilDate today);
  InsatsRepository& insatser_;
  PersonRepository& persons_;
  ParticipationRepository& participations_;
  const IdentityVault& vault_;
  Transactions& transactions_;
  AuditTrail& audit_;
  const Clock& clock_;
};

}  // namespace samordna::core
