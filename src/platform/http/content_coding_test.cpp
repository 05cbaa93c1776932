#include "platform/http/content_coding.hpp"

#include <gtest/gtest.h>

namespace samordna::http {
namespace {

constexpr StoredCodings kBoth{true, true};

TEST(ContentCoding, PrefersBrotliWhenBothAreAcceptedEqually) {
  EXPECT_EQ(choose_coding("gzip, deflate, br, zstd", kBoth), ContentCoding::br);
  EXPECT_EQ(choose_coding("br;q=1.0, gzip;q=1", kBoth), ContentCoding::br);
}

TEST(ContentCoding, FollowsTheWeights) {
  EXPECT_EQ(choose_coding("br;q=0.5, gzip;q=0.8", kBoth), ContentCoding::gzip);
  EXPECT_EQ(choose_coding("br;q=0.501, gzip;q=0.5", kBoth), ContentCoding::br);
  EXPECT_EQ(choose_coding("gzip;q=0, br;q=0", kBoth), ContentCoding::identity);
  EXPECT_EQ(choose_coding("GZIP", kBoth), ContentCoding::gzip);  // codings are case-insensitive
  EXPECT_EQ(choose_coding("x-gzip", kBoth), ContentCoding::gzip);
}

TEST(ContentCoding, SendsOnlyWhatIsStored) {
  EXPECT_EQ(choose_coding("br, gzip", StoredCodings{true, false}), ContentCoding::gzip);
  EXPECT_EQ(choose_coding("br", StoredCodings{true, false}), ContentCoding::identity);
  EXPECT_EQ(choose_coding("gzip, br", StoredCodings{}), ContentCoding::identity);
}

TEST(ContentCoding, StarCoversCodingsNotNamed) {
  EXPECT_EQ(choose_coding("*", kBoth), ContentCoding::br);
  EXPECT_EQ(choose_coding("br;q=0, *", kBoth), ContentCoding::gzip);
  EXPECT_EQ(choose_coding("*;q=0", kBoth), ContentCoding::identity);
  EXPECT_EQ(choose_coding("identity", kBoth), ContentCoding::identity);
}

TEST(ContentCoding, AbsentOrMalformedMeansIdentity) {
  EXPECT_EQ(choose_coding("", kBoth), ContentCoding::identity);
  EXPECT_EQ(choose_coding(",,, ;", kBoth), ContentCoding::identity);
  EXPECT_EQ(choose_coding("br;q=2", kBoth), ContentCoding::identity);       // weights go up to 1
  EXPECT_EQ(choose_coding("br;q=0.1234", kBoth), ContentCoding::identity);  // three decimals at most
  EXPECT_EQ(choose_coding("br;level=5", kBoth), ContentCoding::identity);
  EXPECT_EQ(choose_coding("br;q=", kBoth), ContentCoding::identity);
  EXPECT_EQ(choose_coding("br;q=x, gzip", kBoth), ContentCoding::gzip);  // the malformed element alone is ignored
}

}  // namespace
}  // namespace samordna::http
