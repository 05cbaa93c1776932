#pragma once
// Login, session check and logout over the ports. Errors never say whether the username or the password
// was wrong.
#include <string>

#include "core/error.hpp"
#include "core/ports.hpp"
#include "core/user.hpp"

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
  AuthService(UserRepository& users, SessionRepository& sessions, PasswordHasher& hasher, Secrets& secrets,
              const Clock& clock, SessionPolicy policy = {})
      : users_(users), sessions_(sessions), hasher_(hasher), secrets_(secrets), clock_(clock), policy_(policy) {}

  Result<LoginResult> login(const std::string& username, const std::string& password);
  // Checks expiry and refreshes the idle timer. Codes: unauthenticated, session_expired.
  Result<Authenticated> authenticate(const std::string& token);
  void logout(const std::string& token);

 private:
  UserRepository& users_;
  SessionRepository& sessions_;
  PasswordHasher& hasher_;
  Secrets& secrets_;
  const Clock& clock_;
  SessionPolicy policy_;
};

// Validates a new password: field "password", codes required, too_short, too_long.
Result<void> validate_new_password(const std::string& password);
// Validates a username: field "username", codes required, invalid (letters, digits, . _ - ; 2–64 chars).
Result<void> validate_username(const std::string& username);

}  // namespace samordna::core
