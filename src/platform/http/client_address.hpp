#pragma once
// Who the client is when a reverse proxy stands in front. Only a peer listed as a trusted proxy is believed
// about the hops before it (X-Forwarded-For, or Forwarded when that is absent); the client is the rightmost hop
// that is not itself a trusted proxy, so a client cannot pose as another by sending the header itself.
#include <optional>
#include <string>
#include <vector>

namespace samordna::http {

// An address or a CIDR block (IPv4 or IPv6): "10.0.0.1", "10.0.0.0/8", "::1", "fd00::/8".
class AddressBlock {
 public:
  static std::optional<AddressBlock> parse(const std::string& text);
  [[nodiscard]] bool contains(const std::string& address) const;

 private:
  bool v6_ = false;
  unsigned char bytes_[16]{};
  int prefix_ = 0;
};

using TrustedProxies = std::vector<AddressBlock>;

// Parses "a, b/24, ..." (commas or blanks); nullopt names nothing: the caller reports the bad entry.
std::optional<TrustedProxies> parse_trusted_proxies(const std::vector<std::string>& entries, std::string& bad);

// The client's address: `peer` unless it is a trusted proxy and the forwarding headers name hops before it.
std::string client_address(const std::string& peer, const std::string& x_forwarded_for, const std::string& forwarded,
                           const TrustedProxies& trusted);

}  // namespace samordna::http
