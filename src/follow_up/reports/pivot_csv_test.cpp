#include "follow_up/reports/pivot_csv.hpp"

#include <gtest/gtest.h>

#include "follow_up/reports/labels.hpp"

namespace samordna::report {
namespace {

core::CivilDate d(const char* iso) { return *core::CivilDate::parse(iso); }

core::Fact fact(const char* insats, const char* gender, int n) {
  core::Fact f;
  f.insats_name = insats;
  f.gender = gender;
  f.on = d("2018-01-01");
  f.person = std::string(insats) + gender + std::to_string(n);
  return f;
}

// Golden file: seed 000's Aktiv Lerum, Balder and Primus rows, published (suppressed).
TEST(PivotCsv, GoldenSuppressedTable) {
  std::vector<core::Fact> facts;
  for (int i = 0; i < 90; ++i) facts.push_back(fact("Aktiv Lerum", "woman", i));
  for (int i = 0; i < 43; ++i) facts.push_back(fact("Aktiv Lerum", "man", i));
  for (int i = 0; i < 2; ++i) facts.push_back(fact("Primus", "woman", i));
  for (int i = 0; i < 2; ++i) facts.push_back(fact("Primus", "man", i));
  for (int i = 0; i < 29; ++i) facts.push_back(fact("Balder", "woman", i));
  for (int i = 0; i < 28; ++i) facts.push_back(fact("Balder", "man", i));
  core::PivotRequest request{core::Measure::participations,
                             core::Dimension::insats,
                             core::Dimension::gender,
                             d("2017-01-01"),
                             d("2020-03-14"),
                             {}};
  core::StatisticsResult result;
  result.pivot = core::pivot(facts, request);
  result.suppression = core::suppress(result.pivot, 5);
  result.pivot = core::apply(result.pivot, *result.suppression);
  EXPECT_EQ(pivot_csv(result, request),
            "\xEF\xBB\xBFInsats;Kvinnor;M\xC3\xA4n;Totalt\r\n"
            "Aktiv Lerum;90;43;133\r\n"
            "Balder;..;..;..\r\n"  // else 194 − 133 − 57 would give Primus's 4
            "Primus;..;..;..\r\n"
            "Totalt;121;73;194\r\n"
            "\r\n"
            "\".. = Uppgifter som avser färre än 5 personer, och uppgifter som skulle avslöja dem, visas som "
            "\"\"..\"\". Övriga tal kan avvika med upp till 2 (andelar med upp till 5 procentenheter), alltid på samma "
            "sätt för samma personer, så att dolda tal inte kan räknas fram ur flera tabeller; delarna behöver därför "
            "inte summera exakt till totalen.\"\r\n");
}

TEST(PivotCsv, MoneyInKronorWithADecimalComma) {
  EXPECT_EQ(kronor_plain(123456), "1234,56");
  EXPECT_EQ(kronor_plain(-5), "-0,05");
  EXPECT_EQ(key_label("1489", {{"1489", "Alingsås"}}), "Alingsås");
  EXPECT_EQ(key_label("woman", {}), "Kvinnor");
}

// Age bands as the page writes them (an en dash, "år"); months and quarters keep their keys.
TEST(PivotCsv, AgeBandsReadAsOnThePage) {
  EXPECT_EQ(key_label("20-24", {}), "20\u201324 år");
  EXPECT_EQ(key_label("65+", {}), "65 år och äldre");
  EXPECT_EQ(key_label("2026-01", {}), "2026-01");
  EXPECT_EQ(key_label("2026-Q1", {}), "2026-Q1");
}

}  // namespace
}  // namespace samordna::report
