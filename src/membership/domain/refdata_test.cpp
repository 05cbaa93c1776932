#include "membership/domain/refdata.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace samordna::core {
namespace {

std::string shared_file(const std::string& name) {
  const char* dir = std::getenv("SAMORDNA_SHARED_DATA");
  std::ifstream in(std::string(dir ? dir : "../shared/data") + "/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(RefData, ParsesTheSharedScbFiles) {
  auto regions = parse_regions(shared_file("regions.csv"));
  ASSERT_TRUE(std::holds_alternative<std::vector<Region>>(regions));
  EXPECT_EQ(std::get<0>(regions).size(), 21U);

  auto municipalities = parse_municipalities(shared_file("municipalities.csv"));
  ASSERT_TRUE(std::holds_alternative<std::vector<Municipality>>(municipalities));
  const auto& m = std::get<0>(municipalities);
  ASSERT_EQ(m.size(), 290U);
  auto alingsas = std::find_if(m.begin(), m.end(), [](auto& x) { return x.code == "1489"; });
  ASSERT_NE(alingsas, m.end());
  EXPECT_EQ(alingsas->name, "Alingsås");
  EXPECT_EQ(alingsas->region_code, "14");

  auto population = parse_population(shared_file("population_2018_2022.csv"));
  ASSERT_TRUE(std::holds_alternative<std::vector<Population>>(population));
  const auto& p = std::get<0>(population);
  ASSERT_EQ(p.size(), 580U);
  std::int64_t national_2018 = 0;
  for (const auto& row : p) national_2018 += row.year == 2018 ? row.age_16_64 : 0;
  EXPECT_EQ(national_2018, 6'248'189);  // SOURCES.md: national 16–64 in 2018
}

TEST(RefData, ReportsEveryBadRowWithItsLineAndKeepsNothing) {
  std::string csv =
      "kommunkod,kommun,kommun_officiellt_namn,lanskod,lan\n"
      "1489,Alingsås,Alingsås kommun,14,Västra Götalands län\n"
      "14X9,Bad,Bad kommun,14,x\n"
      "1481,Mölndal,Mölndals kommun,01,x\n"
      "1489,Alingsås,Alingsås kommun,14,again\n"
      "1402,Partille\n";
  auto parsed = parse_municipalities(csv);
  ASSERT_TRUE(std::holds_alternative<std::vector<RowProblem>>(parsed));
  const auto& problems = std::get<1>(parsed);
  ASSERT_EQ(problems.size(), 4U);
  EXPECT_EQ(problems[0].line, 3);
  EXPECT_EQ(problems[0].code, "bad_kommun_code");
  EXPECT_EQ(problems[1].line, 4);
  EXPECT_EQ(problems[1].code, "lan_mismatch");
  EXPECT_EQ(problems[2].line, 5);
  EXPECT_EQ(problems[2].code, "duplicate");
  EXPECT_EQ(problems[3].line, 6);
  EXPECT_EQ(problems[3].code, "wrong_column_count");
}

TEST(RefData, PopulationNumbersAreChecked) {
  std::string header =
      "kommunkod,kommun,ar,folkmangd_totalt,folkmangd_16_64,folkmangd_16_64_man,folkmangd_16_64_kvinnor,"
      "folkmangd_0_15,folkmangd_65_plus,folkmangd_20_64\n";
  auto bad = parse_population(header +
                              "1489,Alingsås,2018,-1,2,1,1,0,0,1\n1489,Alingsås,20x8,4,2,1,1,1,1,2\n"
                              "1489,Alingsås,2022,4,2,1,2,1,1,2\n");
  ASSERT_TRUE(std::holds_alternative<std::vector<RowProblem>>(bad));
  const auto& problems = std::get<1>(bad);
  ASSERT_EQ(problems.size(), 3U);
  EXPECT_EQ(problems[0].column, "folkmangd_totalt");
  EXPECT_EQ(problems[1].column, "ar");
  EXPECT_EQ(problems[2].code, "sum_mismatch");
  auto missing = parse_population("kommunkod,ar\n1489,2018\n");
  ASSERT_TRUE(std::holds_alternative<std::vector<RowProblem>>(missing));
  EXPECT_EQ(std::get<1>(missing).front().code, "missing_column");
}

}  // namespace
}  // namespace samordna::core
