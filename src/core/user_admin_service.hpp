#pragma once
// Users and their role assignments in a förbund, as its administrator manages them. Every change is audited
// in the same transaction, and a change of a user's permissions ends that user's sessions (rotation).
#include <vector>

#include "core/access_ports.hpp"
#include "core/ports.hpp"

namespace samordna::core {

struct UserView {
  User user;
  std::vector<RoleAssignment> assignments;  // in the förbund asked about
};

struct NewUser {
  std::string username;
  std::string display_name;
  std::string password;
  RoleAssignment assignment;  // the first role, in the förbund
};

class UserAdminService {
 public:
  UserAdminService(UserRepository& users, SessionRepository& sessions, RoleAssignmentRepository& assignments,
                   PasswordHasher& hasher, Transactions& transactions, AuditTrail& audit)
      : users_(users),
        sessions_(sessions),
        assignments_(assignments),
        hasher_(hasher),
        transactions_(transactions),
        audit_(audit) {}

  std::vector<UserView> users_in(std::int64_t association_id);
  // Field errors: username required|invalid|taken; displayName required; password required|too_short;
  // and those of validate_assignment.
  Result<UserView> create_user(const Actor& actor, const NewUser& user);
  // Codes: not_found (no such user); forbidden superuser | user_in_other_association (a förbund manages only
  // its own users); field userId self (nobody grants themselves a role); field errors of validate_assignment.
  Result<RoleAssignment> assign(const Actor& actor, const RoleAssignment& assignment);
  // Codes: not_found (no such assignment in the förbund).
  Result<void> unassign(const Actor& actor, std::int64_t association_id, std::int64_t assignment_id);
  // Only for users whose every assignment is in this förbund. Codes: not_found; forbidden
  // (user_in_other_association); field user self (an administrator cannot disable themselves).
  Result<void> set_disabled(const Actor& actor, std::int64_t association_id, std::int64_t user_id, bool disabled);

 private:
  AuditField role_field(const RoleAssignment& a) const;
  UserRepository& users_;
  SessionRepository& sessions_;
  RoleAssignmentRepository& assignments_;
  PasswordHasher& hasher_;
  Transactions& transactions_;
  AuditTrail& audit_;
};

}  // namespace samordna::core
