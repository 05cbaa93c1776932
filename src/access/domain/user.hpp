#pragma once
// Local user accounts and login sessions.
#include <cstdint>
#include <string>
#include <vector>

namespace samordna::core {

struct User {
  std::int64_t id = 0;
  std::string username;
  std::string display_name;
  std::string password_hash;
  bool disabled = false;
  std::vector<std::string> roles;  // "admin" for now; the full role model follows
};

struct Session {
  std::string token_digest;  // the token itself is only ever in the client's cookie
  std::int64_t user_id = 0;
  std::string csrf_token;
  std::int64_t created_at = 0;
  std::int64_t last_seen_at = 0;
};

struct SessionPolicy {
  std::int64_t idle_seconds = std::int64_t{30} * 60;
  std::int64_t absolute_seconds = std::int64_t{12} * 60 * 60;
  // A session's last use is written at most this often, so that reads do not write (a busy database then
  // delays no read); the idle limit is thereby exact to within this interval.
  std::int64_t touch_interval_seconds = 60;
};

constexpr std::size_t kMinPasswordLength = 12;
constexpr std::size_t kMaxPasswordLength = 1024;

}  // namespace samordna::core
