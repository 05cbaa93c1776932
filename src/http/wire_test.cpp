// What reaches the log from a request, and which request framings are accepted.
#include <gtest/gtest.h>

#include "http/log_text.hpp"
#include "http/request_framing.hpp"

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
