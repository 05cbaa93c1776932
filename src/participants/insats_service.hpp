#pragma once
// Use cases for the catalogue of insatser, target groups, attendance at structural insatser, and who works
// in which insats. No personal data here. Every change is audited in the same transaction.
#include <vector>

#include "audit/audit_trail.hpp"
#include "audit/domain/audit.hpp"
#include "kernel/clock.hpp"
#include "kernel/transactions.hpp"
#include "membership/ports.hpp"
#include "participants/ports.hpp"

namespace samordna::core {

class InsatsService {
 public:
  InsatsService(InsatsRepository& insatser, AssociationRepository& associations, Transactions& transactions,
                AuditTrail& audit, const Clock& clock)
      : insatser_(insatser), associations_(associations), transactions_(transactions), audit_(audit), clock_(clock) {}

  std::vector<TargetGroup> target_groups(std::int64_t association_id);
  // Field errors: name required|duplicate.
  Result<TargetGroup> add_target_group(const Actor& actor, const TargetGroup& group);
  std::vector<Insats> list(std::int64_t association_id);
  // Codes: not_found (also for an insats of another förbund).
  Result<Insats> get(std::int64_t association_id, std::int64_t insats_id);
  // `staffed_by`: an insatsansvarig who creates an insats works in it from the start.
  Result<Insats> create(const Actor& actor, const Insats& insats, std::optional<std::int64_t> staffed_by = {});
  // `only_if_staffed`: an insatsansvarig may change only the insatser they work in (else not_found).
  Result<Insats> update(const Actor& actor, const Insats& insats, std::int64_t expected_version,
                        std::optional<std::int64_t> only_if_staffed);
  Result<std::vector<Attendance>> attendance(std::int64_t association_id, std::int64_t insats_id);
  // A correction of a recorded row (its day, counts or note) with a reason: field errors as add_attendance, plus
  // reason required | too_long and correction unchanged; not_found for a row of another insats or (with
  // only_if_staffed) an insats the user does not work in; version_conflict. Audited as correct with the reason
  // and each changed value before and after (the note by name only).
  Result<Attendance> correct_attendance(const Actor& actor, std::int64_t association_id, const Attendance& corrected,
                                        const std::string& reason, std::int64_t expected_version,
                                        std::optional<std::int64_t> only_if_staffed);
  Result<Attendance> add_attendance(const Actor& actor, std::int64_t association_id, const Attendance& attendance,
                                    std::optional<std::int64_t> only_if_staffed);
  // Replaces the staff list read at `expected_version`. Field errors: userIds unknown (a user without a role in the
  // förbund); version_conflict when the list changed since.
  Result<InsatsStaff> set_staff(const Actor& actor, std::int64_t association_id, std::int64_t insats_id,
                                const std::vector<std::int64_t>& user_ids, std::int64_t expected_version,
                                const std::vector<std::int64_t>& users_in_association);
  std::vector<std::int64_t> staff(std::int64_t insats_id) { return insatser_.insats_staff(insats_id); }
  // The staff of an insats of the förbund, with the list's version (not_found for another förbund's insats).
  Result<InsatsStaff> staff_of(std::int64_t association_id, std::int64_t insats_id);

 private:
  std::vector<AuditField> fields_of(const Insats& insats) const;
  InsatsRepository& insatser_;
  AssociationRepository& associations_;
  Transactions& transactions_;
  AuditTrail& audit_;
  const Clock& clock_;
};

}  // namespace samordna::core
