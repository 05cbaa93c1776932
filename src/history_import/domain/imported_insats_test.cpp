#include "history_import/domain/imported_insats.hpp"

#include <gtest/gtest.h>

#include "history_import/domain/member_names.hpp"

namespace samordna::core {
namespace {

const std::vector<std::string> kHeader = {"Insats",   "Typ",        "Huvudman",   "Samverkande parter",
                                          "Kommuner", "Platser",    "Startdatum", "Slutdatum",
                                          "År",       "Budget (kr)"};

std::vector<std::pair<std::string, std::string>> read(const std::vector<std::string>& cells,
                                                      std::optional<ImportedInsats>* out = nullptr) {
  const auto columns = *resolve_mapping(ImportKind::insatser, guess_mapping(ImportKind::insatser, kHeader), kHeader);
  std::vector<ImportProblem> problems;
  auto row = read_insats_row(7, cells, columns, problems);
  if (out) *out = row;
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& p : problems) {
    EXPECT_EQ(p.row, 7);
    got.emplace_back(p.field, p.code);
  }
  return got;
}

TEST(ImportedInsats, ARowAsFörbundWriteIt) {
  std::optional<ImportedInsats> row;
  EXPECT_TRUE(read({" Balder ", "Individinriktad", "Alingsås kommun", "FK, AF; Region", "Ale, Alingsås", "12",
                    "2019-01-01", "31.12.2024", "2021", "1 250 000,50 kr"},
                   &row)
                  .empty());
  ASSERT_TRUE(row);
  EXPECT_EQ(row->name, "Balder");
  EXPECT_EQ(row->kind, InsatsKind::individual);
  EXPECT_EQ(row->cooperating_parties, (std::vector<std::string>{"FK", "AF", "Region"}));
  EXPECT_EQ(row->kommuner, (std::vector<std::string>{"Ale", "Alingsås"}));
  EXPECT_EQ(row->capacity, 12);
  EXPECT_EQ(row->ends_on, CivilDate::parse("2024-12-31"));
  EXPECT_EQ(row->budget_year, 2021);
  EXPECT_EQ(row->budget, Money::ore(125'000'050));
  // The kind defaults to individual.
  EXPECT_TRUE(read({"Nätverk", "", "Region", "", "", "", "2020-03-01", "", "", ""}, &row).empty());
  EXPECT_FALSE(row->budget_year);
  EXPECT_EQ(read({"Nätverk", "strukturövergripande", "Region", "", "", "", "2020-03-01", "", "", ""}, &row).size(), 0U);
  EXPECT_EQ(row->kind, InsatsKind::structural);
}

TEST(ImportedInsats, EveryProblemIsNamedByField) {
  using Problems = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(read({"", "grupp", "", "", "", "tolv", "", "2019-13-01", "21", "-5"}), (Problems{{"insats", "required"},
                                                                                             {"kind", "invalid"},
                                                                                             {"capacity", "invalid"},
                                                                                             {"endsOn", "invalid"},
                                                                                             {"budgetYear", "invalid"},
                                                                                             {"budget", "invalid"}}));
  EXPECT_EQ(read({"Balder", "", "FK", "", "", "", "2020-01-01", "2019-12-31", "2020", ""}),
            (Problems{{"endsOn", "before_start"}, {"budget", "required"}}));
  EXPECT_EQ(read({"Balder", "", "FK", "", "", "", "2020-01-01", "", "", "100 000"}),
            (Problems{{"budgetYear", "required"}}));
  EXPECT_EQ(read({std::string(201, 'x'), "", "FK", "", "", "", "2020-01-01", "", "", ""}),
            (Problems{{"insats", "too_long"}}));
  EXPECT_EQ(read({"Balder", "", "FK", "", "", "", "1 januari", "", "", ""}), (Problems{{"startsOn", "invalid"}}));
  // A row that only adds a year to an insats named above.
  EXPECT_TRUE(read({"Balder", "", "", "", "", "", "", "", "2021", "5 000"}).empty());
}

TEST(ImportedInsats, KronorAsExcelShowsThem) {
  EXPECT_EQ(parse_import_kronor("950 000:-"), Money::kronor(950'000));
  EXPECT_EQ(parse_import_kronor("1250000"), Money::kronor(1'250'000));
  EXPECT_EQ(parse_import_kronor("1\xC2\xA0"
                                "250\xC2\xA0"
                                "000 SEK"),
            Money::kronor(1'250'000));
  EXPECT_EQ(parse_import_kronor("12,5"), Money::ore(1'250));
  EXPECT_FALSE(parse_import_kronor("-100"));
  EXPECT_FALSE(parse_import_kronor("kr"));
  EXPECT_FALSE(parse_import_kronor("1,234,5"));
  EXPECT_EQ(split_import_list(" ; a ,, b;"), (std::vector<std::string>{"a", "b"}));
}

TEST(MemberNames, AMemberByNameCodeOrTheShortNamePeopleUse) {
  auto member = [](std::int64_t id, PartyKind kind, std::string name, std::string code) {
    Member m;
    m.id = id;
    m.kind = kind;
    m.name = std::move(name);
    m.area_code = std::move(code);
    return m;
  };
  const MemberNames names(
      {member(1, PartyKind::fk, "Försäkringskassan", ""), member(2, PartyKind::af, "Arbetsförmedlingen", ""),
       member(3, PartyKind::region, "Västra Götalandsregionen", "14"),
       member(4, PartyKind::kommun, "Lerums kommun", "1441"), member(5, PartyKind::kommun, "Ale kommun", "1440"),
       member(7, PartyKind::kommun, "Mölndals stad", "1481")});
  EXPECT_EQ(names.find("FK"), 1);
  EXPECT_EQ(names.find("arbetsförmedlingen"), 2);
  EXPECT_EQ(names.find("Region"), 3);
  EXPECT_EQ(names.find("VÄSTRA GÖTALANDSREGIONEN"), 3);
  EXPECT_EQ(names.find("Lerum"), 4);
  EXPECT_EQ(names.find("Lerums"), 4);
  EXPECT_EQ(names.find("1441"), 4);
  EXPECT_EQ(names.find("Ale"), 5);
  EXPECT_EQ(names.find("Mölndal"), 7);
  EXPECT_EQ(names.find("Partille"), 0);
  const MemberNames two_regions({member(3, PartyKind::region, "Region Halland", "13"),
                                 member(6, PartyKind::region, "Västra Götalandsregionen", "14")});
  EXPECT_EQ(two_regions.find("region"), -1);
  EXPECT_EQ(two_regions.find("Region Halland"), 3);
}

}  // namespace
}  // namespace samordna::core
