#pragma once
// Users and their role assignments in a förbund, as its administrator manages them. Every change is audited
// in the same transaction, and a change of a user's permissions ends that user's sessions (rotation).
#include <vector>

#include "access/domain/role.hpp"
#include "access/domain/user.hpp"
#include "access/ports.hpp"
#include "audit/audit_trail.hpp"
#include "audit/domain/audit.hpp"
#include "kernel/clock.hpp"
#include "kernel/transactions.hpp"

namespace samordna::core {

struct UserView {
  User user;
  std::vector<RoleAssignment> assignments;  // in the förbund asked about
};

// An assignment waiting for the controller's side, with who it is for and who asked.
struct PendingAssignment {
  RoleAssignment assignment;
  std::string username;
  std::string display_name;
  std::string requested_by_name;    // empty for the system or the command line
  std::int64_t awaiting_party = 0;  // the party (controller) whose confirmation it waits for
};

struct NewUser {
  std::string username;
  std::string display_name;
  RoleAssignment assignment;  // the first role, in the förbund
};

class UserAdminService {
 public:
  UserAdminService(UserRepository& users, SessionRepository& sessions, RoleAssignmentRepository& assignments,
                   Transactions& transactions, AuditTrail& audit, const Clock& clock)
      : users_(users),
        sessions_(sessions),
        assignments_(assignments),
        transactions_(transactions),
        audit_(audit),
        clock_(clock) {}

  std::vector<UserView> users_in(std::int64_t association_id);
  // A user's role assignments in every förbund (what their session may do), and the users with a role in one.
  std::vector<RoleAssignment> assignments_of(std::int64_t user_id) { return assignments_.assignments_of_user(user_id); }
  std::vector<std::int64_t> user_ids_in(std::int64_t association_id);
  // Without a password: the user sets it through an invitation (InvitationService). Field errors: username
  // required|invalid|taken; displayName required; and those of validate_assignment.
  Result<UserView> create_user(const Actor& actor, const NewUser& user);
  // Codes: not_found (no such user); forbidden superuser | user_in_other_association (a förbund manages only
  // its own users); field userId self (nobody grants themselves a role); field errors of validate_assignment.
  Result<RoleAssignment> assign(const Actor& actor, const RoleAssignment& assignment);
  // Codes: not_found (no such assignment in the förbund).
  Result<void> unassign(const Actor& actor, std::int64_t association_id, std::int64_t assignment_id);
  // Only for users whose every assignment is in this förbund. Codes: not_found; forbidden
  // (user_in_other_association); field user self (an administrator cannot disable themselves).
  Result<void> set_disabled(const Actor& actor, std::int64_t association_id, std::int64_t user_id, bool disabled);

  // Personal-data roles waiting for their own party's confirmation in the förbund (the command line).
  std::vector<PendingAssignment> pending(std::int64_t association_id);
  // What waits for the actor's parties (as controller contact): roles of their party not yet confirmed, and
  // deltagaransvarig roles working in insatser a party of theirs leads that it has not confirmed for them.
  std::vector<PendingAssignment> pending_for(const Actor& actor, std::int64_t association_id, StaffingLookup& staffing);
  // By a controller contact of the assignment's party (validate_confirmation). Codes: not_found; those of
  // validate_confirmation. The user's sessions end, so the role applies from their next login.
  Result<RoleAssignment> confirm(const Actor& actor, std::int64_t association_id, std::int64_t assignment_id);
  // By the installation's operator at the command line (`samordna roles confirm`): to appoint a party's first
  // controller contact. Codes: not_found; field assignment not_needed | already_confirmed.
  Result<RoleAssignment> confirm_by_operator(const Actor& actor, std::int64_t assignment_id);

 private:
  Result<RoleAssignment> record_confirmation(const Actor& actor, RoleAssignment assignment);
  AuditField role_field(const RoleAssignment& a) const;
  PendingAssignment describe(const RoleAssignment& a, std::int64_t party);
  UserRepository& users_;
  SessionRepository& sessions_;
  RoleAssignmentRepository& assignments_;
  Transactions& transactions_;
  AuditTrail& audit_;
  const Clock& clock_;
};

}  // namespace samordna::core
