#include "kernel/civil_date.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

TEST(CivilDate, ParsesAndPrintsIso) {
  auto d = CivilDate::parse("2006-07-01");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year(), 2006);
  EXPECT_EQ(d->month(), 7);
  EXPECT_EQ(d->day(), 1);
  EXPECT_EQ(d->iso(), "2006-07-01");
}

TEST(CivilDate, RejectsMalformedAndImpossibleDates) {
  for (const char* s : {"2006-7-01", "2006/07/01", "2023-02-29", "2020-13-01", "2020-00-10", "20060701", "",
                        "2020-04-31", "x020-01-01"}) {
    EXPECT_FALSE(CivilDate::parse(s)) << s;
  }
  EXPECT_TRUE(CivilDate::parse("2024-02-29"));
}

TEST(CivilDate, Arithmetic) {
  auto a = *CivilDate::parse("2020-06-15");
  auto b = *CivilDate::parse("2023-12-31");
  EXPECT_EQ(days_between(a, b), 1294);
  EXPECT_EQ(a.add_days(1294), b);
  EXPECT_LT(a, b);
  EXPECT_EQ(age_on(*CivilDate::parse("2000-03-15"), *CivilDate::parse("2018-03-14")), 17);
  EXPECT_EQ(age_on(*CivilDate::parse("2000-03-15"), *CivilDate::parse("2018-03-15")), 18);
}

}  // namespace
}  // namespace samordna::core
