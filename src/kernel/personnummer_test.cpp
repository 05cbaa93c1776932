#include "kernel/personnummer.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {
const CivilDate kToday = *CivilDate::from_ymd(2026, 11, 22);

std::string error_of(std::string_view input) {
  auto r = Personnummer::parse(input, kToday);
  return r ? "" : r.error().fields.at(0).code;
}

// Skatteverket's published test personnummer (testpersonnummer, open data).
TEST(Personnummer, AcceptsSkatteverketTestNumbers) {
  for (const char* pnr : {"202508242381", "202510022383", "202503312387", "202509012387", "202512232386",
                          "202504182391", "189506299818", "189002099811", "189103179801", "190006129803",
                          "190704019801", "190108219817", "200306062381", "200802122390", "200607092384"}) {
    auto r = Personnummer::parse(pnr, kToday);
    ASSERT_TRUE(r) << pnr << " " << r.error().fields.at(0).code;
    EXPECT_EQ(r->canonical(), pnr);
  }
}

TEST(Personnummer, TenDigitsUseTheCenturyRule) {
  auto recent = Personnummer::parse("121212-1212", kToday);
  ASSERT_TRUE(recent);
  EXPECT_EQ(recent->canonical(), "201212121212");
  auto old = Personnummer::parse("121212+1212", kToday);
  ASSERT_TRUE(old);
  EXPECT_EQ(old->canonical(), "191212121212");
  auto born_later_this_century = Personnummer::parse("811218-9876", kToday);
  ASSERT_TRUE(born_later_this_century);
  EXPECT_EQ(born_later_this_century->birth_date().iso(), "1981-12-18");
  EXPECT_EQ(Personnummer::parse("8112189876", kToday)->canonical(), "198112189876");
}

TEST(Personnummer, TwelveDigitsWithDash) {
  auto r = Personnummer::parse("19121212-1212", kToday);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->masked(), "19121212-****");
  EXPECT_EQ(r->legal_gender(), Gender::man);
  EXPECT_EQ(Personnummer::parse("200306062381", kToday)->legal_gender(), Gender::woman);
}

TEST(Personnummer, Samordningsnummer) {
  auto r = Personnummer::parse("701063-2391", kToday);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->is_samordningsnummer());
  EXPECT_EQ(r->birth_date().iso(), "1970-10-03");
  EXPECT_EQ(r->canonical(), "197010632391");
  EXPECT_EQ(error_of("701092-2391"), "personnummer_date");  // day 32
}

TEST(Personnummer, RejectsInvalidInputWithSpecificCodes) {
  struct Case {
    const char* input;
    const char* code;
  };
  for (auto c : {Case{"", "personnummer_required"}, Case{"   ", "personnummer_required"},
                 Case{"12121212", "personnummer_format"}, Case{"1212121-1212", "personnummer_format"},
                 Case{"121212_1212", "personnummer_format"}, Case{"19121212+1212", "personnummer_format"},
                 Case{"abcdefghij", "personnummer_format"}, Case{"1212-121212", "personnummer_format"},
                 Case{"121212-1213", "personnummer_checksum"}, Case{"19121212-1211", "personnummer_checksum"},
                 Case{"121312-1212", "personnummer_date"}, Case{"190230-1234", "personnummer_date"},
                 Case{"20290101-0000", "personnummer_future"}, Case{"19000229-0000", "personnummer_date"}}) {
    EXPECT_EQ(error_of(c.input), c.code) << c.input;
  }
}

TEST(Personnummer, LuhnCheckDigit) {
  EXPECT_EQ(luhn_check_digit("811218987"), 6);
  EXPECT_EQ(luhn_check_digit("121212121"), 2);
}

}  // namespace
}  // namespace samordna::core
