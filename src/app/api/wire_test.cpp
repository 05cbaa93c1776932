// What reaches the log from a request, and which request framings are accepted.
#include <gtest/gtest.h>

#include "platform/http/client_address.hpp"
#include "platform/http/log_text.hpp"
#include "platform/http/request_framing.hpp"

namespace samordna::http {
namespace {

TEST(LogText, ControlCharactersCannotForgeALine) {
  EXPECT_EQ(log_text("/api/v1/health"), "/api/v1/health");
  EXPECT_EQ(log_text("/x\nGET /forged 200"), "/x\\x0aGET /forged 200");
  EXPECT_EQ(log_text(std::string_view("/a\0b", 4)), "/a\\x00b");
  EXPECT_EQ(log_text("/a\r\x1b[31m\x7f"), "/a\\x0d\\x1b[31m\\x7f");
  EXPECT_EQ(log_text("back\\slash"), "back\\x5cslash");  // so an escaped-looking sequence is not ambiguous
  EXPECT_EQ(log_text("/%0a%00/åäö"), "/%0a%00/åäö");     // undecoded percent escapes and UTF-8 stay as they are
}

TEST(RequestFraming, OnlyPlainChunkedWithoutLength) {
  EXPECT_TRUE(framing_acceptable(std::nullopt, true));
  EXPECT_TRUE(framing_acceptable(std::nullopt, false));
  EXPECT_TRUE(framing_acceptable("chunked", false));
  EXPECT_TRUE(framing_acceptable(" Chunked ", false));
  EXPECT_FALSE(framing_acceptable("chunked", true));  // both: which one ends the body?
  EXPECT_FALSE(framing_acceptable("xchunked", false));
  EXPECT_FALSE(framing_acceptable("chunked, identity", false));
  EXPECT_FALSE(framing_acceptable("identity", false));
  EXPECT_FALSE(framing_acceptable("gzip, chunked", false));
  EXPECT_FALSE(framing_acceptable("", false));
}

}  // namespace
}  // namespace samordna::http

namespace samordna::http {
namespace {

TrustedProxies proxies(std::vector<std::string> entries) {
  std::string bad;
  auto parsed = parse_trusted_proxies(entries, bad);
  EXPECT_TRUE(parsed) << bad;
  return parsed.value_or(TrustedProxies{});
}

TEST(ClientAddress, BlocksParseAndContain) {
  auto ten = AddressBlock::parse("10.0.0.0/8");
  ASSERT_TRUE(ten);
  EXPECT_TRUE(ten->contains("10.200.3.4"));
  EXPECT_FALSE(ten->contains("11.0.0.1"));
  EXPECT_FALSE(ten->contains("::ffff:10.0.0.1"));  // another family
  auto v6 = AddressBlock::parse("fd00::/8");
  ASSERT_TRUE(v6);
  EXPECT_TRUE(v6->contains("fd12::1"));
  EXPECT_FALSE(v6->contains("fe80::1"));
  EXPECT_TRUE(AddressBlock::parse("192.168.1.7")->contains("192.168.1.7"));
  EXPECT_FALSE(AddressBlock::parse("192.168.1.7")->contains("192.168.1.8"));
  EXPECT_TRUE(AddressBlock::parse("172.16.0.0/12")->contains("172.31.255.255"));
  EXPECT_FALSE(AddressBlock::parse("172.16.0.0/12")->contains("172.32.0.0"));
  for (const char* bad : {"", "10.0.0.0/33", "10.0.0/8", "::1/129", "example.org", "10.0.0.0/x", "10.0.0.0/-1"}) {
    EXPECT_FALSE(AddressBlock::parse(bad)) << bad;
  }
  std::string which;
  EXPECT_FALSE(parse_trusted_proxies({"127.0.0.1, 10.0.0.0/8, nonsense"}, which));
  EXPECT_EQ(which, "nonsense");
}

TEST(ClientAddress, OnlyATrustedPeerIsBelievedAndTheRightmostUntrustedHopIsTheClient) {
  const auto trusted = proxies({"127.0.0.1", "10.0.0.0/8"});
  // No proxy: the header is the client's own invention.
  EXPECT_EQ(client_address("203.0.113.9", "198.51.100.1", "", trusted), "203.0.113.9");
  // Through our proxy.
  EXPECT_EQ(client_address("127.0.0.1", "198.51.100.1", "", trusted), "198.51.100.1");
  // A client that sends its own X-Forwarded-For: the proxy appends the real address, which is the one taken.
  EXPECT_EQ(client_address("127.0.0.1", "1.2.3.4, 198.51.100.1", "", trusted), "198.51.100.1");
  // Two of our proxies in a row.
  EXPECT_EQ(client_address("127.0.0.1", "198.51.100.1, 10.1.1.1", "", trusted), "198.51.100.1");
  // Forwarded (RFC 7239), with a port and IPv6.
  EXPECT_EQ(client_address("127.0.0.1", "", "for=192.0.2.60;proto=https, for=\"[2001:db8::17]:4711\"", trusted),
            "2001:db8::17");
  // Nothing forwarded, or only our own hops: the peer, or the first hop.
  EXPECT_EQ(client_address("127.0.0.1", "", "", trusted), "127.0.0.1");
  EXPECT_EQ(client_address("127.0.0.1", "10.0.0.5", "", trusted), "10.0.0.5");
  // A garbled hop (or a log-injection attempt) is not believed.
  EXPECT_EQ(client_address("127.0.0.1", "evil\nline", "", trusted), "127.0.0.1");
  EXPECT_EQ(client_address("127.0.0.1", "198.51.100.1", "", {}), "127.0.0.1");  // no proxy trusted
}

}  // namespace
}  // namespace samordna::http
