#pragma once
// Throttling of failed logins within a sliding window, shaped so that an attacker cannot lock out an office:
// - per (account, address): a few wrong passwords for one account from one address block that pair only;
// - per account: many more, from many addresses (a distributed guess), block the account everywhere;
// - per address: only attempts on usernames that do not exist count, so guessing names from an office's
//   address does not lock out the people who work there.
// Each attempt is reserved before the password is checked, atomically with the limits' check, so parallel
// guesses cannot all slip through before one is counted; a successful login clears its account's failures.
#include <cstdint>
#include <string>
#include <vector>

namespace samordna::core {

struct ThrottlePolicy {
  std::int64_t pair_limit = 5;              // one account from one address
  std::int64_t account_limit = 50;          // one account from anywhere
  std::int64_t unknown_address_limit = 50;  // unknown usernames from one address
  std::int64_t window_seconds = std::int64_t{15} * 60;
};

struct AttemptLimit {
  std::string key;
  std::int64_t limit = 0;
};

class LoginAttemptRepository {
 public:
  virtual ~LoginAttemptRepository() = default;
  // Atomically: when every key has fewer failures after `since` than its limit, records one more for each at
  // `at` and returns true; otherwise records nothing and returns false.
  virtual bool reserve(const std::vector<AttemptLimit>& limits, std::int64_t since, std::int64_t at) = 0;
  virtual void clear_failures(const std::string& key) = 0;
};

std::string account_key(const std::string& username);  // case-insensitive
std::string pair_key(const std::string& username, const std::string& client_address);
std::string unknown_from_key(const std::string& client_address);

class LoginThrottle {
 public:
  LoginThrottle(LoginAttemptRepository& attempts, ThrottlePolicy policy) : attempts_(attempts), policy_(policy) {}
  // Reserves an attempt (counted as failed until it succeeds); false when a limit is reached: refuse (429).
  [[nodiscard]] bool admit(const std::string& username, bool known_user, const std::string& address, std::int64_t now);
  // The password was right: the account's failures, from everywhere, are forgotten.
  void succeeded(const std::string& username, const std::string& address);
  [[nodiscard]] const ThrottlePolicy& policy() const { return policy_; }

 private:
  LoginAttemptRepository& attempts_;
  ThrottlePolicy policy_;
};

}  // namespace samordna::core
