#pragma once
// Callers kept in memory between their requests: a session (by its token's digest) with its user and their role
// assignments, as read at one AccessVersion. Used only while the version is the same, so a logout, a password
// change, a disabled user or a changed role anywhere (any process, any server) is seen by the next request. Only
// sessions that were valid when read are kept; up to a bound, then all are let go. Safe from many threads.
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "access/domain/role.hpp"
#include "access/domain/user.hpp"

namespace samordna::core {

struct Principal {
  User user;
  Session session;
  std::vector<RoleAssignment> assignments;
};

inline constexpr std::size_t kDefaultPrincipalCacheSize = 10'000;

class PrincipalCache {
 public:
  explicit PrincipalCache(std::size_t most = kDefaultPrincipalCacheSize) : most_(most) {}

  // The principal kept for the session at `version`; none when it was kept at another (then it is let go).
  std::optional<Principal> find(const std::string& token_digest, std::int64_t version);
  void keep(const std::string& token_digest, std::int64_t version, Principal principal);
  // The session's last use as written to the database.
  void touched(const std::string& token_digest, std::int64_t at);
  void forget(const std::string& token_digest);
  [[nodiscard]] std::size_t size() const;

 private:
  struct Entry {
    std::int64_t version = 0;
    Principal principal;
  };
  mutable std::mutex mutex_;
  std::size_t most_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace samordna::core
