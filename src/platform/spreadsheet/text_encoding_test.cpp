#include "platform/spreadsheet/text_encoding.hpp"

#include <gtest/gtest.h>

namespace samordna::platform {
namespace {

TEST(TextEncoding, Utf8WithOrWithoutByteOrderMarkIsKeptAndTheMarkDropped) {
  auto plain = decode_spreadsheet_text("Förnamn;Ålder\n");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->text, "Förnamn;Ålder\n");
  EXPECT_EQ(plain->encoding, TextEncoding::utf8);
  auto marked = decode_spreadsheet_text("\xEF\xBB\xBFInsats;Start\n");
  ASSERT_TRUE(marked);
  EXPECT_EQ(marked->text, "Insats;Start\n");
}

TEST(TextEncoding, WindowsCodePageTextBecomesUtf8) {
  // "Östersund – 12 €" as a Swedish Windows Excel saves it.
  auto decoded = decode_spreadsheet_text("\xD6stersund \x96 12 \x80;\xE5\xE4\xF6");
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->encoding, TextEncoding::windows_1252);
  EXPECT_EQ(decoded->text, "Östersund – 12 €;åäö");
}

TEST(TextEncoding, Utf16AndBinaryAreRefusedNotGuessed) {
  EXPECT_FALSE(decode_spreadsheet_text(std::string("\xFF\xFEI\0n\0", 6)));
  EXPECT_FALSE(decode_spreadsheet_text(std::string("I\0n\0s\0", 6)));
  EXPECT_FALSE(decode_spreadsheet_text("ok \x81 not defined in 1252"));
}

TEST(TextEncoding, Utf8ValidationRefusesOverlongSurrogatesAndTruncatedSequences) {
  EXPECT_TRUE(is_valid_utf8("åäö €  \xF0\x9F\x98\x80"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // a surrogate
  EXPECT_FALSE(is_valid_utf8("\xE2\x82"));          // cut short
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
}

}  // namespace
}  // namespace samordna::platform
