#pragma once
// Accounts by invitation (issue 11): an administrator creates a user without a password and gets a one-time
// link; the new user opens it, sees whose account it is and sets their own password. A new link replaces the
// old ones (a forgotten password, an expired link). Nobody but the user ever knows the password.
#include <string>

#include "access/domain/invitation.hpp"
#include "access/domain/user.hpp"
#include "access/ports.hpp"
#include "access/user_admin_service.hpp"
#include "audit/audit_trail.hpp"
#include "audit/domain/audit.hpp"
#include "kernel/clock.hpp"
#include "kernel/secrets.hpp"
#include "kernel/transactions.hpp"

namespace samordna::core {

struct IssuedInvitation {
  std::string token;  // goes into the link, never stored
  std::int64_t expires_at = 0;
};

struct CreatedUser {
  UserView view;
  IssuedInvitation invitation;
};

struct InvitationInfo {
  std::string username;
  std::string display_name;
  std::int64_t expires_at = 0;
};

class InvitationService {
 public:
  InvitationService(UserAdminService& admin, UserRepository& users, SessionRepository& sessions,
                    InvitationRepository& invitations, RoleAssignmentRepository& assignments, PasswordHasher& hasher,
                    Secrets& secrets, Transactions& transactions, AuditTrail& audit, const Clock& clock)
      : admin_(admin),
        users_(users),
        sessions_(sessions),
        invitations_(invitations),
        assignments_(assignments),
        hasher_(hasher),
        secrets_(secrets),
        transactions_(transactions),
        audit_(audit),
        clock_(clock) {}

  // The user and their first invitation, in one transaction. Codes: those of UserAdminService::create_user.
  Result<CreatedUser> create_user(const Actor& actor, const NewUser& user);
  // A new link for a user of this förbund (earlier unused links stop working). Codes: not_found; forbidden
  // superuser | user_in_other_association; field userId self (an administrator cannot reset their own).
  Result<IssuedInvitation> invite(const Actor& actor, std::int64_t association_id, std::int64_t user_id);
  // Who the link is for. Field "token", codes: unknown, and those of check_invitation.
  Result<InvitationInfo> look_up(const std::string& token);
  // Sets the user's password and uses the link up. Field errors: token (as look_up); password required |
  // too_short | too_long. Ends any session of the user.
  Result<void> accept(const std::string& token, const std::string& password, const std::string& client_address);

 private:
  IssuedInvitation issue(const Actor& actor, std::int64_t user_id);
  struct Found {
    Invitation invitation;
    User user;
  };
  Result<Found> find(const std::string& token);
  UserAdminService& admin_;
  UserRepository& users_;
  SessionRepository& sessions_;
  InvitationRepository& invitations_;
  RoleAssignmentRepository& assignments_;
  PasswordHasher& hasher_;
  Secrets& secrets_;
  Transactions& transactions_;
  AuditTrail& audit_;
  const Clock& clock_;
};

}  // namespace samordna::core
