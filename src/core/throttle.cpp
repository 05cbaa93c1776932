#include "core/throttle.hpp"

#include <algorithm>
#include <cctype>

namespace samordna::core {

std::string account_key(const std::string& username) {
  std::string lower = username;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return "account:" + lower;
}

std::string address_key(const std::string& client_address) { return "address:" + client_address; }

bool LoginThrottle::blocked(const std::string& username, const std::string& address, std::int64_t now) const {
  const std::int64_t since = now - policy_.window_seconds;
  return attempts_.count_failures(account_key(username), since) >= policy_.account_limit ||
         attempts_.count_failures(address_key(address), since) >= policy_.address_limit;
}

void LoginThrottle::failed(const std::string& username, const std::string& address, std::int64_t now) {
  attempts_.add_failure(account_key(username), now);
  attempts_.add_failure(address_key(address), now);
}

void LoginThrottle::succeeded(const std::string& username) { attempts_.clear_failures(account_key(username)); }

}  // namespace samordna::core
