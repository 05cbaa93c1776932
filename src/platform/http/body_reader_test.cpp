#include "platform/http/body_reader.hpp"

#include <gtest/gtest.h>

namespace samordna::http {
namespace {

std::string code_of(const nlohmann::json& body, const std::string& name) {
  core::FieldErrors errors;
  BodyReader in(body, errors);
  (void)in.text(name, false);
  if (errors.empty()) return "ok";
  return errors.error().fields.at(0).field + " " + errors.error().fields.at(0).code;
}

TEST(BodyReader, TextRefusesControlAndBidirectionalOverrideCharacters) {
  EXPECT_EQ(code_of({{"name", "Åsa Öberg"}}, "name"), "ok");
  EXPECT_EQ(code_of({{"name", "rad ett\nrad två\ttabb\r"}}, "name"), "ok");
  EXPECT_EQ(code_of({{"name", "\xF0\x9F\x98\x80"}}, "name"), "ok");  // an emoji is a character like any other
  EXPECT_EQ(code_of({{"name", std::string("a\0b", 3)}}, "name"), "name invalid");
  EXPECT_EQ(code_of({{"name", "a\x1b[31mb"}}, "name"), "name invalid");  // ESC
  EXPECT_EQ(code_of({{"name", "a\x7f"}}, "name"), "name invalid");       // DEL
  EXPECT_EQ(code_of({{"name",
                      "\xE2\x80\xAE"
                      "evil"}},
                    "name"),
            "name invalid");  // U+202E RLO
  EXPECT_EQ(code_of({{"name",
                      "a\xE2\x81\xA6"
                      "b\xE2\x81\xA9"}},
                    "name"),
            "name invalid");  // U+2066, U+2069
  EXPECT_EQ(code_of({{"name", 5}}, "name"), "name invalid");
  EXPECT_EQ(code_of({{"name", nullptr}}, "name"), "ok");  // null is no value
}

}  // namespace
}  // namespace samordna::http
