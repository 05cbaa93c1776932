#pragma once
// Use cases for associations, members, notices and charters over the ports. Each write validates with the
// rules first and saves nothing when a rule refuses; stale versions give a conflict (version_conflict). Each
// change is audited in the same transaction.
#include "audit/audit_trail.hpp"
#include "audit/domain/audit.hpp"
#include "kernel/civil_date.hpp"
#include "kernel/transactions.hpp"
#include "membership/domain/association.hpp"
#include "membership/domain/association_setup.hpp"
#include "membership/domain/charter.hpp"
#include "membership/domain/notice.hpp"
#include "membership/ports.hpp"

namespace samordna::core {

class MembershipService {
 public:
  MembershipService(AssociationRepository& associations, CharterRepository& charters, Transactions& transactions,
                    AuditTrail& audit)
      : associations_(associations), charters_(charters), transactions_(transactions), audit_(audit) {}

  // Codes: validation_failed (fields), org_number_taken (conflict).
  Result<Association> create_association(const Actor& actor, const Association& association);
  // Codes: not_found, validation_failed, org_number_taken (conflict), version_conflict.
  Result<Association> update_association(const Actor& actor, const Association& association,
                                         std::int64_t expected_version);
  Result<Member> add_member(const Actor& actor, const Member& member);
  Result<Member> give_notice(const Actor& actor, std::int64_t member_id, const NoticeRequest& request,
                             std::int64_t expected_version);
  Result<Member> revoke_notice(const Actor& actor, std::int64_t member_id, CivilDate revoked_on,
                               const std::string& reference, std::int64_t expected_version);
  Result<Charter> add_charter(const Actor& actor, const Charter& charter);
  // A new förbund with its members and first charter in one transaction (association_setup.cpp). Field errors
  // of each step, named as the web form names them: the förbund's own (name, orgNumber, ...), region.<field>,
  // kommuner required | kommuner.<i>.<field>, charter.<field>; org_number_taken. A refusal leaves nothing.
  Result<Association> set_up(const Actor& actor, const AssociationSetup& setup);

  // Reads, for the handlers and the other contexts' answers.
  std::vector<Association> associations() { return associations_.list_associations(); }
  std::optional<Association> association(std::int64_t id) { return associations_.find_association(id); }
  std::vector<Member> members(std::int64_t association_id) { return associations_.list_members(association_id); }
  std::optional<Member> member(std::int64_t id) { return associations_.find_member(id); }
  std::vector<Charter> charters(std::int64_t association_id) { return charters_.list_charters(association_id); }

 private:
  Result<Member> save_notice(const Actor& actor, const Member& member, const Notice& notice, bool revocation,
                             std::int64_t expected_version);
  AssociationRepository& associations_;
  CharterRepository& charters_;
  Transactions& transactions_;
  AuditTrail& audit_;
};

}  // namespace samordna::core
