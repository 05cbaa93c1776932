#include "platform/http/client_address.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <cstring>

namespace samordna::http {
namespace {

bool to_bytes(const std::string& text, bool& v6, unsigned char* out) {
  if (inet_pton(AF_INET, text.c_str(), out) == 1) {
    v6 = false;
    return true;
  }
  if (inet_pton(AF_INET6, text.c_str(), out) == 1) {
    v6 = true;
    return true;
  }
  return false;
}

std::string trim(std::string s) {
  auto blank = [](unsigned char c) { return c == ' ' || c == '\t'; };
  while (!s.empty() && blank(static_cast<unsigned char>(s.front()))) s.erase(s.begin());
  while (!s.empty() && blank(static_cast<unsigned char>(s.back()))) s.pop_back();
  return s;
}

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  std::string part;
  for (char c : text) {
    if (c == sep) {
      out.push_back(trim(part));
      part.clear();
    } else {
      part += c;
    }
  }
  out.push_back(trim(part));
  return out;
}

// A hop as written in X-Forwarded-For or a Forwarded for= value: "1.2.3.4", "1.2.3.4:80", "[::1]:80", "\"[::1]\"".
std::string bare_address(std::string hop) {
  hop = trim(hop);
  if (hop.size() >= 2 && hop.front() == '"' && hop.back() == '"') hop = hop.substr(1, hop.size() - 2);
  if (!hop.empty() && hop.front() == '[') {
    auto close = hop.find(']');
    return close == std::string::npos ? std::string() : hop.substr(1, close - 1);
  }
  if (std::count(hop.begin(), hop.end(), ':') == 1) hop = hop.substr(0, hop.find(':'));
  return hop;
}

// The hops of a Forwarded header, in order: each element's for= value.
std::vector<std::string> forwarded_hops(const std::string& header) {
  std::vector<std::string> hops;
  for (const auto& element : split(header, ',')) {
    for (const auto& pair : split(element, ';')) {
      auto eq = pair.find('=');
      if (eq == std::string::npos) continue;
      std::string name = trim(pair.substr(0, eq));
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
      if (name == "for") hops.push_back(bare_address(pair.substr(eq + 1)));
    }
  }
  return hops;
}

bool is_trusted(const std::string& address, const TrustedProxies& trusted) {
  return std::any_of(trusted.begin(), trusted.end(), [&](const AddressBlock& b) { return b.contains(address); });
}

}  // namespace

std::optional<AddressBlock> AddressBlock::parse(const std::string& text) {
  AddressBlock b;
  const auto slash = text.find('/');
  const std::string address = trim(text.substr(0, slash));
  if (!to_bytes(address, b.v6_, b.bytes_)) return std::nullopt;
  const int max = b.v6_ ? 128 : 32;
  b.prefix_ = max;
  if (slash != std::string::npos) {
    const std::string bits = trim(text.substr(slash + 1));
    if (bits.empty() || bits.size() > 3 || bits.find_first_not_of("0123456789") != std::string::npos)
      return std::nullopt;
    b.prefix_ = std::stoi(bits);
    if (b.prefix_ > max) return std::nullopt;
  }
  return b;
}

bool AddressBlock::contains(const std::string& address) const {
  bool v6 = false;
  unsigned char bytes[16]{};
  if (!to_bytes(address, v6, bytes) || v6 != v6_) return false;
  const int full = prefix_ / 8;
  if (std::memcmp(bytes, bytes_, std::size_t(full)) != 0) return false;
  const int rest = prefix_ % 8;
  if (rest == 0) return true;
  const auto mask = static_cast<unsigned char>(0xff << (8 - rest));
  return (bytes[full] & mask) == (bytes_[full] & mask);
}

std::optional<TrustedProxies> parse_trusted_proxies(const std::vector<std::string>& entries, std::string& bad) {
  TrustedProxies out;
  for (const auto& entry : entries) {
    for (const auto& item : split(entry, ',')) {
      if (item.empty()) continue;
      auto block = AddressBlock::parse(item);
      if (!block) {
        bad = item;
        return std::nullopt;
      }
      out.push_back(*block);
    }
  }
  return out;
}

std::string client_address(const std::string& peer, const std::string& x_forwarded_for, const std::string& forwarded,
                           const TrustedProxies& trusted) {
  if (!is_trusted(peer, trusted)) return peer;
  std::vector<std::string> hops;
  if (!x_forwarded_for.empty()) {
    for (const auto& hop : split(x_forwarded_for, ',')) hops.push_back(bare_address(hop));
  } else if (!forwarded.empty()) {
    hops = forwarded_hops(forwarded);
  }
  // From the right: the proxies we trust added their hops; the first one that is not ours is the client.
  for (auto it = hops.rbegin(); it != hops.rend(); ++it) {
    bool v6 = false;
    unsigned char bytes[16]{};
    if (!to_bytes(*it, v6, bytes)) return peer;  // a garbled hop: believe only what we saw
    if (!is_trusted(*it, trusted)) return *it;
  }
  return hops.empty() ? peer : hops.front();
}

}  // namespace samordna::http
