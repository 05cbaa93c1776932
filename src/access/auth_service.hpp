#pragma once
// Login, session check and logout over the ports. Errors never say whether the username or the password
// was wrong.
#include <optional>
#include <string>
#include <vector>

#include "access/domain/throttle.hpp"
#include "access/domain/user.hpp"
#include "access/ports.hpp"
#include "access/principal_cache.hpp"
#include "audit/audit_trail.hpp"
#include "audit/domain/audit.hpp"
#include "kernel/clock.hpp"
#include "kernel/error.hpp"
#include "kernel/secrets.hpp"

namespace samordna::core {

struct LoginResult {
  User user;
  std::string token;  // goes into the cookie, never stored
  std::string csrf_token;
};

struct Authenticated {
  User user;
  Session session;
  // With kept principals (AuthService::keep_principals): the user's role assignments, read with the rest, and
  // the access version they were read at (else 0).
  std::optional<std::vector<RoleAssignment>> assignments;
  std::int64_t access_version = 0;
};

class AuthService {
 public:
  // `throttle` and `audit` are optional: without them logins are neither throttled nor audited.
  AuthService(UserRepository& users, SessionRepository& sessions, PasswordHasher& hasher, Secrets& secrets,
              const Clock& clock, SessionPolicy policy = {}, LoginThrottle* throttle = nullptr,
              AuditTrail* audit = nullptr)
      : users_(users),
        sessions_(sessions),
        hasher_(hasher),
        secrets_(secrets),
        clock_(clock),
        policy_(policy),
        throttle_(throttle),
        audit_(audit) {}

  // Codes: validation_failed, invalid_credentials, too_many_attempts (throttled: no password is checked).
  Result<LoginResult> login(const std::string& username, const std::string& password,
                            const std::string& client_address = "");
  // Checks expiry and refreshes the idle timer. Codes: unauthenticated, session_expired.
  Result<Authenticated> authenticate(const std::string& token);
  // From now on, valid sessions are kept in memory with their user and role assignments while `version` stays
  // the same (principal_cache.hpp); every request then reads the version instead of them.
  void keep_principals(AccessVersion& version, RoleAssignmentRepository& assignments);
  void logout(const std::string& token, const Actor& actor = {});
  // Ends every session of the user ("log out everywhere").
  void logout_everywhere(const Actor& actor);
  // Checks the current password, sets the new one, ends every session and opens a new one (rotation).
  // Field errors: currentPassword wrong; password required|too_short|too_long.
  Result<LoginResult> change_password(const User& user, const std::string& current, const std::string& next,
                                      const Actor& actor);

 private:
  UserRepository& users_;
  SessionRepository& sessions_;
  PasswordHasher& hasher_;
  Secrets& secrets_;
  Result<LoginResult> open_session(const User& user);
  // The session's principal from memory when kept at the present version and still within its limits.
  std::optional<Authenticated> kept(const std::string& digest, std::int64_t version, std::int64_t now);
  void record(const Actor& actor, const std::string& action, const std::string& username = "");
  const Clock& clock_;
  SessionPolicy policy_;
  LoginThrottle* throttle_;
  AuditTrail* audit_;
  AccessVersion* version_ = nullptr;
  RoleAssignmentRepository* assignments_ = nullptr;
  PrincipalCache principals_;
};

// Validates a new password: field "password", codes required, too_short, too_long.
Result<void> validate_new_password(const std::string& password);
// Validates a username: field "username", codes required, invalid (letters, digits, . _ - ; 2–64 chars).
Result<void> validate_username(const std::string& username);

}  // namespace samordna::core
