#include "access/domain/throttle.hpp"

#include <algorithm>
#include <cctype>

namespace samordna::core {
namespace {
std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return text;
}
}  // namespace

std::string account_key(const std::string& username) { return "account:" + lower(username); }

std::string pair_key(const std::string& username, const std::string& client_address) {
  return "pair:" + client_address + "|" + lower(username);
}

std::string unknown_from_key(const std::string& client_address) { return "unknown-from:" + client_address; }

bool LoginThrottle::admit(const std::string& username, bool known_user, const std::string& address, std::int64_t now) {
  const std::int64_t since = now - policy_.window_seconds;
  if (!known_user) return attempts_.reserve({{unknown_from_key(address), policy_.unknown_address_limit}}, since, now);
  return attempts_.reserve(
      {{pair_key(username, address), policy_.pair_limit}, {account_key(username), policy_.account_limit}}, since, now);
}

void LoginThrottle::succeeded(const std::string& username, const std::string& address) {
  attempts_.clear_failures(pair_key(username, address));
  attempts_.clear_failures(account_key(username));
}

}  // namespace samordna::core
