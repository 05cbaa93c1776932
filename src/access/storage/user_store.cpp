#include "access/storage/user_store.hpp"

#include <ctime>
#include <map>

namespace samordna::storage {
namespace {
constexpr std::string_view kUserColumns = "SELECT id, username, display_name, password_hash, disabled FROM app_user";

core::User to_user(const Row& r) {
  return core::User{as_int(r[0]), as_text(r[1]), as_text(r[2]), as_text(r[3]), as_int(r[4]) != 0, {}};
}
}  // namespace

// One query: the user with their roles (a row per role, or one row with none), as every authenticated request
// asks for the caller.
std::optional<core::User> UserStore::find_where(std::string_view column, const Value& value) {
  std::optional<core::User> user;
  db_.each(
      "SELECT u.id, u.username, u.display_name, u.password_hash, u.disabled, r.role FROM app_user u "
      "LEFT JOIN user_role r ON r.user_id = u.id WHERE u." +
          std::string(column) + " = $1 ORDER BY r.role",
      {value}, [&](const Row& r) {
        if (!user) user = to_user(r);
        if (auto role = as_optional_text(r[5])) user->roles.push_back(*role);
      });
  return user;
}

std::optional<core::User> UserStore::find_user_by_username(const std::string& username) {
  return find_where("username", username);
}

std::optional<core::User> UserStore::find_user(std::int64_t id) { return find_where("id", id); }

std::vector<core::User> UserStore::list_users() {
  std::vector<core::User> users;
  for (const auto& r : db_.query(std::string(kUserColumns) + " ORDER BY username")) users.push_back(to_user(r));
  // One query for every user's roles (no query per user).
  std::map<std::int64_t, core::User*> by_id;
  for (auto& u : users) by_id[u.id] = &u;
  for (const auto& r : db_.query("SELECT user_id, role FROM user_role ORDER BY user_id, role")) {
    if (auto it = by_id.find(as_int(r[0])); it != by_id.end()) it->second->roles.push_back(as_text(r[1]));
  }
  return users;
}

std::int64_t UserStore::add_user(const core::User& user) {
  std::int64_t id = 0;
  db_.transaction([&] {
    auto rows = db_.query(
        "INSERT INTO app_user (username, display_name, password_hash, disabled, created_at) "
        "VALUES ($1, $2, $3, $4, $5) RETURNING id",
        {user.username, user.display_name, user.password_hash, std::int64_t(user.disabled ? 1 : 0),
         std::int64_t(std::time(nullptr))});
    id = as_int(rows.at(0).at(0));
    for (const auto& role : user.roles) {
      db_.execute("INSERT INTO user_role (user_id, role) VALUES ($1, $2)", {id, role});
    }
  });
  return id;
}

void UserStore::set_password_hash(std::int64_t user_id, const std::string& hash) {
  db_.transaction([&] {
    db_.execute("UPDATE app_user SET password_hash = $1, version = version + 1 WHERE id = $2", {hash, user_id});
    db_.execute("DELETE FROM session WHERE user_id = $1", {user_id});
  });
}

void UserStore::set_disabled(std::int64_t user_id, bool disabled) {
  db_.transaction([&] {
    db_.execute("UPDATE app_user SET disabled = $1, version = version + 1 WHERE id = $2",
                {std::int64_t(disabled ? 1 : 0), user_id});
    if (disabled) db_.execute("DELETE FROM session WHERE user_id = $1", {user_id});
  });
}

void UserStore::add_session(const core::Session& s) {
  db_.execute(
      "INSERT INTO session (token_digest, user_id, csrf_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5)",
      {s.token_digest, s.user_id, s.csrf_token, s.created_at, s.last_seen_at});
}

std::optional<core::Session> UserStore::find_session(const std::string& token_digest) {
  auto rows = db_.query(
      "SELECT token_digest, user_id, csrf_token, created_at, last_seen_at FROM session WHERE token_digest = $1",
      {token_digest});
  if (rows.empty()) return std::nullopt;
  const auto& r = rows.front();
  return core::Session{as_text(r[0]), as_int(r[1]), as_text(r[2]), as_int(r[3]), as_int(r[4])};
}

void UserStore::touch_session(const std::string& token_digest, std::int64_t now) {
  db_.execute("UPDATE session SET last_seen_at = $1 WHERE token_digest = $2", {now, token_digest});
}

// Ending sessions moves the access version (a trigger). As a write of its own it takes the writers' lock first,
// as every other change to who may do what does: on PostgreSQL, run alone, it locked the session row and then
// waited for the version, which a password change or a role change of the same user could hold while waiting for
// that row (a deadlock, which PostgreSQL ends by failing one of them).
void UserStore::remove_session(const std::string& token_digest) {
  db_.transaction([&] { db_.execute("DELETE FROM session WHERE token_digest = $1", {token_digest}); });
}

void UserStore::remove_sessions_of(std::int64_t user_id) {
  db_.transaction([&] { db_.execute("DELETE FROM session WHERE user_id = $1", {user_id}); });
}

std::int64_t UserStore::access_version() {
  auto rows = db_.query("SELECT version FROM access_version WHERE id = 1");
  return rows.empty() ? 0 : as_int(rows[0][0]);
}

}  // namespace samordna::storage
