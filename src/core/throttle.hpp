#pragma once
// Throttling of failed logins, per account and per client address, within a sliding window. While either
// is over its limit every login for it is refused (429), the right password included, until the window
// has passed; a successful login clears the account's failures.
#include <cstdint>
#include <string>

namespace samordna::core {

struct ThrottlePolicy {
  std::int64_t account_limit = 5;
  std::int64_t address_limit = 50;
  std::int64_t window_seconds = std::int64_t{15} * 60;
};

class LoginAttemptRepository {
 public:
  virtual ~LoginAttemptRepository() = default;
  virtual std::int64_t count_failures(const std::string& key, std::int64_t since) = 0;
  virtual void add_failure(const std::string& key, std::int64_t at) = 0;
  virtual void clear_failures(const std::string& key) = 0;
};

std::string account_key(const std::string& username);  // case-insensitive
std::string address_key(const std::string& client_address);

class LoginThrottle {
 public:
  LoginThrottle(LoginAttemptRepository& attempts, ThrottlePolicy policy) : attempts_(attempts), policy_(policy) {}
  [[nodiscard]] bool blocked(const std::string& username, const std::string& address, std::int64_t now) const;
  void failed(const std::string& username, const std::string& address, std::int64_t now);
  void succeeded(const std::string& username);
  [[nodiscard]] const ThrottlePolicy& policy() const { return policy_; }

 private:
  LoginAttemptRepository& attempts_;
  ThrottlePolicy policy_;
};

}  // namespace samordna::core
