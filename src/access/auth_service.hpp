#pragma once
// Login, session check and logout over the ports. Errors never say whether the username or the password
// was wrong.
#include <string>

#include "access/domain/throttle.hpp"
#include "access/domain/user.hpp"
#include "access/ports.hpp"
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
  void record(const Actor& actor, const std::string& action, const std::string& username = "");
  const Clock& clock_;
  SessionPolicy policy_;
  LoginThrottle* throttle_;
  AuditTrail* audit_;
};

// Validates a new password: field "password", codes required, too_short, too_long.
Result<void> validate_new_password(const std::string& password);
// Validates a username: field "username", codes required, invalid (letters, digits, . _ - ; 2–64 chars).
Result<void> validate_username(const std::string& username);

}  // namespace samordna::core
