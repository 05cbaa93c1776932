#include "platform/http/json/json_writer.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>

namespace samordna::http {
namespace {
using nlohmann::json;

std::string written(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

// `cp` as UTF-8.
std::string utf8(char32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s.push_back(char(cp));
  } else if (cp < 0x800) {
    s.push_back(char(0xC0 | (cp >> 6)));
    s.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    s.push_back(char(0xE0 | (cp >> 12)));
    s.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    s.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    s.push_back(char(0xF0 | (cp >> 18)));
    s.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    s.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    s.push_back(char(0x80 | (cp & 0x3F)));
  }
  return s;
}

TEST(JsonWriter, WritesNestedContainersWithCommasWhereTheyBelong) {
  JsonWriter w;
  w.begin_object();
  w.key("items").begin_array();
  for (int i = 1; i <= 2; ++i) {
    w.begin_object().key("id").number(i).key("tags").begin_array().string("a").string("b").end_array();
    w.key("notice").null().key("active").boolean(i == 1).end_object();
  }
  w.end_array();
  w.key("empty").begin_object().end_object().key("none").begin_array().end_array();
  w.key("nested").begin_array().begin_array().number(1).end_array().begin_array().end_array().end_array();
  w.end_object();
  EXPECT_EQ(w.text(),
            R"({"items":[{"id":1,"tags":["a","b"],"notice":null,"active":true},)"
            R"({"id":2,"tags":["a","b"],"notice":null,"active":false}],"empty":{},"none":[],"nested":[[1],[]]})");
  EXPECT_EQ(json::parse(w.text())["items"][1]["id"], 2);
}

TEST(JsonWriter, WritesNumbersDatesAndAbsentValues) {
  JsonWriter w;
  w.begin_array();
  w.number(0).number(-1).number(std::numeric_limits<std::int64_t>::min());
  w.number(std::numeric_limits<std::int64_t>::max());
  w.date(*core::CivilDate::from_ymd(2026, 3, 9)).date_or_null(std::nullopt);
  w.string_or_null(std::string("x")).string_or_null(std::nullopt).number_or_null(7).number_or_null(std::nullopt);
  w.end_array();
  EXPECT_EQ(w.take(), R"([0,-1,-9223372036854775808,9223372036854775807,"2026-03-09",null,"x",null,7,null])");
}

TEST(JsonWriter, EscapesStringsAsNlohmannDumpDoes) {
  std::vector<std::string> cases = {"",
                                    "Kommun 0114",
                                    "Försäkringskassan",
                                    R"(say "hi")",
                                    R"(C:\temp\)",
                                    "tab\there",
                                    "line\nbreak\r\n",
                                    "bell\a",
                                    "\x7f",
                                    "emoji " + utf8(0x1F600),
                                    "</script>",
                                    "key:\"value\",{}[]"};
  for (int c = 0; c < 0x20; ++c) cases.push_back(std::string(1, char(c)) + "x");
  for (const auto& s : cases) EXPECT_EQ(written(s), json(s).dump()) << s;
  // Keys are escaped like values.
  JsonWriter w;
  w.begin_object().key("a\"b").string("c").end_object();
  EXPECT_EQ(w.text(), json({{"a\"b", "c"}}).dump());
}

TEST(JsonWriter, AgreesWithNlohmannOnRandomText) {
  std::mt19937 random(20261205);
  std::uniform_int_distribution<int> length(0, 40);
  std::uniform_int_distribution<std::uint32_t> kind(0, 9);
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    for (int i = length(random); i > 0; --i) {
      auto k = kind(random);
      auto in = [&](std::uint32_t lo, std::uint32_t end) {
        return char32_t(lo + std::uint32_t(random() % (end - lo)));
      };
      char32_t cp = k < 4   ? in(0, 0x80)  // ASCII, control characters included
                    : k < 6 ? in(0x80, 0x800)
                    : k < 8 ? in(0x800, 0xD800)
                    : k < 9 ? in(0xE000, 0x10000)
                            : in(0x10000, 0x110000);
      s += utf8(cp);
    }
    ASSERT_EQ(written(s), json(s).dump()) << round;
  }
}

TEST(JsonWriter, ReplacesBytesThatAreNotUtf8) {
  // nlohmann's dump() would throw on these and fail the whole answer; the writer keeps the rest.
  const std::string replacement = "\xEF\xBF\xBD";
  EXPECT_EQ(written("a\xFF"
                    "b"),
            "\"a" + replacement + "b\"");
  EXPECT_EQ(written("\xC0\x80"), "\"" + replacement + replacement + "\"");                    // overlong NUL
  EXPECT_EQ(written("\xED\xA0\x80"), "\"" + replacement + replacement + replacement + "\"");  // a surrogate
  EXPECT_EQ(written("\xE2\x82"), "\"" + replacement + replacement + "\"");                    // cut short
  EXPECT_EQ(written("\xF4\x90\x80\x80").substr(0, 4), "\"" + replacement);                    // past U+10FFFF
  EXPECT_EQ(written("\xC3"), "\"" + replacement + "\"");                                      // at the end
  for (const char* bad : {"\xFF", "\xC0\x80", "\xED\xA0\x80", "\xE2\x82", "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80"}) {
    EXPECT_FALSE(json::parse(written(bad), nullptr, false).is_discarded()) << "not JSON for " << bad;
  }
}

#ifndef NDEBUG
TEST(JsonWriterDeathTest, MisuseIsCaughtInDebugBuilds) {
  EXPECT_DEATH(JsonWriter().begin_object().string("a value without its key"), "");
  EXPECT_DEATH(JsonWriter().begin_array().key("a key in an array"), "");
  EXPECT_DEATH(JsonWriter().begin_array().end_object(), "");
  EXPECT_DEATH(JsonWriter().begin_object().key("k").end_object(), "");
}
#endif

}  // namespace
}  // namespace samordna::http
