#pragma once
// In-memory implementations of the access ports (users, sessions, login attempts, role assignments), with
// the kernel's fakes and the audit log in memory, for testing the access services alone.
#include <map>
#include <string>
#include <vector>

#include "access/domain/role.hpp"
#include "access/domain/throttle.hpp"
#include "access/domain/user.hpp"
#include "access/ports.hpp"
#include "audit/domain/audit.hpp"
#include "audit/ports.hpp"
#include "audit/testing/memory_audit.hpp"
#include "kernel/civil_date.hpp"
#include "kernel/clock.hpp"
#include "kernel/error.hpp"
#include "kernel/secrets.hpp"
#include "kernel/testing/fakes.hpp"
#include "kernel/transactions.hpp"

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

// The access version in memory. The fakes below that are given it move it where the database's triggers do
// (migration 0029): a session removed, a user changed, an assignment or confirmation changed.
struct MemoryAccessVersion : AccessVersion {
  std::int64_t version = 1;
  std::int64_t access_version() override { return version; }
};
inline void moved(MemoryAccessVersion* access) {
  if (access) ++access->version;
}

// Users, sessions and login attempts.
struct MemoryUsers : UserRepository {
  std::map<std::int64_t, User> users;
  MemoryAccessVersion* access = nullptr;
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
  void set_password_hash(std::int64_t id, const std::string& h) override {
    users[id].password_hash = h;
    moved(access);
  }
  void set_disabled(std::int64_t id, bool d) override {
    users[id].disabled = d;
    moved(access);
  }
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
  MemoryAccessVersion* access = nullptr;
  void remove_session(const std::string& d) override {
    sessions.erase(d);
    moved(access);
  }
  void remove_sessions_of(std::int64_t user_id) override {
    std::erase_if(sessions, [&](auto& kv) { return kv.second.user_id == user_id; });
    moved(access);
  }
};

// Role assignments in memory.
struct MemoryAssignments : RoleAssignmentRepository {
  std::vector<RoleAssignment> list;
  MemoryAccessVersion* access = nullptr;
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
    moved(access);
    return list.back().id;
  }
  void remove_assignment(std::int64_t id) override {
    std::erase_if(list, [&](const RoleAssignment& a) { return a.id == id; });
    moved(access);
  }
  bool confirm_assignment(std::int64_t id, std::int64_t by, std::int64_t at) override {
    for (auto& a : list) {
      if (a.id == id && !a.confirmed_by) {
        a.confirmed_by = by;
        a.confirmed_at = at;
        moved(access);
        return true;
      }
    }
    return false;
  }
  bool confirm_for_party(std::int64_t id, std::int64_t member_id, std::int64_t, std::int64_t) override {
    for (auto& a : list) {
      if (a.id == id && std::find(a.confirmed_for.begin(), a.confirmed_for.end(), member_id) == a.confirmed_for.end()) {
        a.confirmed_for.push_back(member_id);
        moved(access);
        return true;
      }
    }
    return false;
  }
};

}  // namespace samordna::core::testing
