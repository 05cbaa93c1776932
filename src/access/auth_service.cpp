#include "access/auth_service.hpp"

#include <algorithm>

namespace samordna::core {

Result<LoginResult> AuthService::login(const std::string& username, const std::string& password,
                                       const std::string& client_address) {
  if (username.empty() || password.empty() || password.size() > kMaxPasswordLength) {
    Error e = Error::of(ErrorKind::invalid_input, "validation_failed");
    if (username.empty()) e.fields.push_back({"username", "required"});
    if (password.empty()) e.fields.push_back({"password", "required"});
    if (password.size() > kMaxPasswordLength) e.fields.push_back({"password", "too_long"});
    return unexpected(e);
  }
  const std::int64_t now = clock_.now_unix();
  auto user = users_.find_user_by_username(username);
  if (throttle_ && !throttle_->admit(username, user.has_value(), client_address, now)) {
    record({0, username, client_address}, "login_throttled");
    return unexpected(Error::of(ErrorKind::too_many, "too_many_attempts"));
  }
  // Verify against a fixed hash when the user is unknown or has not set a password yet (invited), so timing
  // does not reveal which part was wrong.
  static const std::string kDummy = hasher_.hash("not-a-real-password-for-timing");
  const bool has_password = user && !user->password_hash.empty();
  bool ok = hasher_.verify(has_password ? user->password_hash : kDummy, password) && has_password;
  if (!user || !ok || user->disabled) {
    record({user ? user->id : 0, username, client_address}, "login_failed");
    return unexpected(Error::of(ErrorKind::unauthenticated, "invalid_credentials"));
  }
  if (throttle_) throttle_->succeeded(username, client_address);
  record({user->id, user->username, client_address}, "login");
  return open_session(*user);
}

Result<LoginResult> AuthService::open_session(const User& user) {
  Session session;
  std::string token = secrets_.random_token();
  session.token_digest = secrets_.digest(token);
  session.user_id = user.id;
  session.csrf_token = secrets_.random_token();
  session.created_at = session.last_seen_at = clock_.now_unix();
  sessions_.add_session(session);
  return LoginResult{user, token, session.csrf_token};
}

void AuthService::record(const Actor& actor, const std::string& action, const std::string& username) {
  if (!audit_) return;
  std::vector<AuditField> fields;
  if (!username.empty()) fields.push_back({"username", username});
  audit_->record(actor, std::nullopt, action, "session", actor.user_id ? std::to_string(actor.user_id) : "", fields);
}

void AuthService::logout_everywhere(const Actor& actor) {
  sessions_.remove_sessions_of(actor.user_id);
  record(actor, "logout_everywhere");
}

Result<LoginResult> AuthService::change_password(const User& user, const std::string& current, const std::string& next,
                                                 const Actor& actor) {
  auto stored = users_.find_user(user.id);
  if (!stored || !hasher_.verify(stored->password_hash, current)) {
    return unexpected(Error::invalid("currentPassword", "wrong"));
  }
  if (auto ok = validate_new_password(next); !ok) return unexpected(ok.error());
  users_.set_password_hash(user.id, hasher_.hash(next));  // ends every session of the user
  sessions_.remove_sessions_of(user.id);
  record(actor, "password_change");
  return open_session(*stored);
}

void AuthService::keep_principals(AccessVersion& version, RoleAssignmentRepository& assignments) {
  version_ = &version;
  assignments_ = &assignments;
}

std::optional<Authenticated> AuthService::kept(const std::string& digest, std::int64_t version, std::int64_t now) {
  auto principal = principals_.find(digest, version);
  if (!principal) return std::nullopt;
  auto& session = principal->session;
  // Past a limit by what is kept (another server may have used the session since): the database decides.
  if (now - session.last_seen_at > policy_.idle_seconds || now - session.created_at > policy_.absolute_seconds) {
    principals_.forget(digest);
    return std::nullopt;
  }
  if (now - session.last_seen_at >= policy_.touch_interval_seconds) {
    try {
      sessions_.touch_session(digest, now);
      session.last_seen_at = now;
      principals_.touched(digest, now);
    } catch (const Unavailable&) {
      // Best effort, as below.
    }
  }
  return Authenticated{std::move(principal->user), std::move(session), std::move(principal->assignments), version};
}

Result<Authenticated> AuthService::authenticate(const std::string& token) {
  if (token.empty()) return unexpected(Error::of(ErrorKind::unauthenticated, "unauthenticated"));
  std::string digest = secrets_.digest(token);
  std::int64_t now = clock_.now_unix();
  // The version first: what is read after it is at least as new, so nothing is kept older than its version.
  const std::int64_t version = version_ ? version_->access_version() : 0;
  if (version_) {
    if (auto principal = kept(digest, version, now)) return std::move(*principal);
  }
  auto session = sessions_.find_session(digest);
  if (!session) return unexpected(Error::of(ErrorKind::unauthenticated, "unauthenticated"));
  if (now - session->last_seen_at > policy_.idle_seconds || now - session->created_at > policy_.absolute_seconds) {
    sessions_.remove_session(digest);
    return unexpected(Error::of(ErrorKind::unauthenticated, "session_expired"));
  }
  auto user = users_.find_user(session->user_id);
  if (!user || user->disabled) {
    sessions_.remove_session(digest);
    return unexpected(Error::of(ErrorKind::unauthenticated, "unauthenticated"));
  }
  if (now - session->last_seen_at >= policy_.touch_interval_seconds) {
    try {
      sessions_.touch_session(digest, now);
      session->last_seen_at = now;
    } catch (const Unavailable&) {
      // Best effort: the session stays valid, and the next request within the interval writes it.
    }
  }
  if (!version_) return Authenticated{*user, *session, std::nullopt, 0};
  auto assignments = assignments_->assignments_of_user(user->id);
  principals_.keep(digest, version, Principal{*user, *session, assignments});
  return Authenticated{std::move(*user), *session, std::move(assignments), version};
}

void AuthService::logout(const std::string& token, const Actor& actor) {
  if (token.empty()) return;
  sessions_.remove_session(secrets_.digest(token));
  record(actor, "logout");
}

Result<void> validate_new_password(const std::string& password) {
  if (password.empty()) return unexpected(Error::invalid("password", "required"));
  if (password.size() < kMinPasswordLength) return unexpected(Error::invalid("password", "too_short"));
  if (password.size() > kMaxPasswordLength) return unexpected(Error::invalid("password", "too_long"));
  return {};
}

Result<void> validate_username(const std::string& username) {
  if (username.empty()) return unexpected(Error::invalid("username", "required"));
  bool chars_ok = std::all_of(username.begin(), username.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-';
  });
  if (!chars_ok || username.size() < 2 || username.size() > 64) {
    return unexpected(Error::invalid("username", "invalid"));
  }
  return {};
}

}  // namespace samordna::core
