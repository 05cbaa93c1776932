#pragma once
// In-memory implementations of the access and audit ports, shared by the core's tests.
#include <map>
#include <string>
#include <vector>

#include "core/access_ports.hpp"
#include "core/error.hpp"
#include "core/ports.hpp"
#include "core/throttle.hpp"
#include "core/user.hpp"

namespace samordna::core::testing {

struct MemoryAttempts : LoginAttemptRepository {
  std::map<std::string, std::vector<std::int64_t>> failures;
  std::int64_t count(const std::string& key, std::int64_t since) {
    std::int64_t n = 0;
    for (auto at : failures[key]) n += at > since ? 1 : 0;
    return n;
  }
  bool reserve(const std::vector<AttemptLimit>& limits, std::int64_t since, std::int64_t at) override {
    for (const auto& l : limits) {
      if (count(l.key, since) >= l.limit) return false;
    }
    for (const auto& l : limits) failures[l.key].push_back(at);
    return true;
  }
  void clear_failures(const std::string& key) override { failures.erase(key); }
};

struct MemoryAudit : AuditRepository {
  std::vector<AuditEvent> events;
  std::optional<AuditHead> head;
  bool accounts = false;
  AuditEvent append(AuditEvent e, const DigestFn& digest) override {
    e.id = std::int64_t(events.size()) + 1;
    chain(e, events.empty() ? "" : events.back().hash, digest);
    events.push_back(e);
    head = AuditHead{e.id, e.hash, digest(head_text(e.id, e.hash))};
    return e;
  }
  std::vector<AuditEvent> find(const AuditFilter&) override { return events; }
  std::int64_t count(const AuditFilter&) override { return std::int64_t(events.size()); }
  std::vector<AuditEvent> all_events() override { return events; }
  AuditSnapshot snapshot() override { return {events, head, accounts}; }
  void set_head(const AuditHead& h) override { head = h; }
  std::optional<AuditHead> stored_head() override { return head; }
};

// Users, sessions, a clock, tokens and password hashes for testing the rules alone.
struct FakeClock : Clock {
  std::int64_t now = 1'000'000;
  [[nodiscard]] std::int64_t now_unix() const override { return now; }
  [[nodiscard]] CivilDate today() const override { return *CivilDate::parse("2026-11-22"); }
};
struct FakeSecrets : Secrets {
  int counter = 0;
  std::string random_token() override { return "token" + std::to_string(++counter); }
  [[nodiscard]] std::string digest(const std::string& t) const override { return "digest:" + t; }
};
struct FakeHasher : PasswordHasher {
  [[nodiscard]] std::string hash(const std::string& p) const override { return "h:" + p; }
  [[nodiscard]] bool verify(const std::string& h, const std::string& p) const override { return h == "h:" + p; }
};
struct MemoryUsers : UserRepository {
  std::map<std::int64_t, User> users;
  std::optional<User> find_user_by_username(const std::string& name) override {
    for (auto& [id, u] : users) {
      if (u.username == name) return u;
    }
    return std::nullopt;
  }
  std::optional<User> find_user(std::int64_t id) override {
    auto it = users.find(id);
    return it == users.end() ? std::nullopt : std::optional<User>(it->second);
  }
  std::vector<User> list_users() override { return {}; }
  std::int64_t add_user(const User& u) override {
    auto id = std::int64_t(users.size()) + 1;
    users[id] = u;
    users[id].id = id;
    return id;
  }
  void set_password_hash(std::int64_t id, const std::string& h) override { users[id].password_hash = h; }
  void set_disabled(std::int64_t id, bool d) override { users[id].disabled = d; }
};
struct MemorySessions : SessionRepository {
  std::map<std::string, Session> sessions;
  void add_session(const Session& s) override { sessions[s.token_digest] = s; }
  std::optional<Session> find_session(const std::string& d) override {
    auto it = sessions.find(d);
    return it == sessions.end() ? std::nullopt : std::optional<Session>(it->second);
  }
  void touch_session(const std::string& d, std::int64_t now) override {
    if (busy) throw Unavailable("database is locked");
    ++touches;
    sessions[d].last_seen_at = now;
  }
  int touches = 0;
  bool busy = false;
  void remove_session(const std::string& d) override { sessions.erase(d); }
  void remove_sessions_of(std::int64_t user_id) override {
    std::erase_if(sessions, [&](auto& kv) { return kv.second.user_id == user_id; });
  }
};

// Role assignments in memory.
struct MemoryAssignments : RoleAssignmentRepository {
  std::vector<RoleAssignment> list;
  std::vector<RoleAssignment> assignments_of_user(std::int64_t user_id) override {
    std::vector<RoleAssignment> out;
    for (const auto& a : list) {
      if (a.user_id == user_id) out.push_back(a);
    }
    return out;
  }
  std::vector<RoleAssignment> assignments_in(std::int64_t association_id) override {
    std::vector<RoleAssignment> out;
    for (const auto& a : list) {
      if (a.association_id == association_id) out.push_back(a);
    }
    return out;
  }
  std::vector<RoleAssignment> assignments_in_all() override { return list; }
  std::int64_t add_assignment(const RoleAssignment& a) override {
    list.push_back(a);
    list.back().id = std::int64_t(list.size());
    return list.back().id;
  }
  void remove_assignment(std::int64_t id) override {
    std::erase_if(list, [&](const RoleAssignment& a) { return a.id == id; });
  }
  bool confirm_assignment(std::int64_t id, std::int64_t by, std::int64_t at) override {
    for (auto& a : list) {
      if (a.id == id && !a.confirmed_by) {
        a.confirmed_by = by;
        a.confirmed_at = at;
        return true;
      }
    }
    return false;
  }
  bool confirm_for_party(std::int64_t id, std::int64_t member_id, std::int64_t, std::int64_t) override {
    for (auto& a : list) {
      if (a.id == id && std::find(a.confirmed_for.begin(), a.confirmed_for.end(), member_id) == a.confirmed_for.end()) {
        a.confirmed_for.push_back(member_id);
        return true;
      }
    }
    return false;
  }
};

// Work runs as is (the memory ports need no transaction).
struct DirectTransactions : Transactions {
  void run(const std::function<void()>& work) override { work(); }
};

// A stand-in digest: enough to show the chain's logic (the real one is keyed BLAKE2b).
inline std::string fake_digest(const std::string& text) { return std::to_string(std::hash<std::string>{}(text)); }

}  // namespace samordna::core::testing
