#include "history_import/domain/imported_budget.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

const std::vector<std::string> kHeader{"År", "Total budget", "Medlem", "Ohälsotal"};

std::vector<ImportProblem> problems_of(const std::vector<std::string>& cells) {
  const auto columns = *resolve_mapping(ImportKind::budgets, guess_mapping(ImportKind::budgets, kHeader), kHeader);
  std::vector<ImportProblem> problems;
  read_budget_row(2, cells, columns, problems);
  return problems;
}

TEST(ImportedBudget, AYearWithItsTotalAndAMemberWithItsValue) {
  const auto columns = *resolve_mapping(ImportKind::budgets, guess_mapping(ImportKind::budgets, kHeader), kHeader);
  std::vector<ImportProblem> problems;
  auto whole = read_budget_row(2, {"2021", "14 000 000 kr", "", ""}, columns, problems);
  ASSERT_TRUE(whole);
  EXPECT_EQ(whole->year, 2021);
  EXPECT_EQ(whole->total, Money::kronor(14'000'000));
  EXPECT_FALSE(whole->key_hundredths);
  auto member = read_budget_row(3, {"2021", "", "Lerum", "27,3"}, columns, problems);
  ASSERT_TRUE(member);
  EXPECT_FALSE(member->total);
  EXPECT_EQ(member->member, "Lerum");
  EXPECT_EQ(member->key_hundredths, 2730);
  EXPECT_TRUE(problems.empty());
}

TEST(ImportedBudget, ValuesAsExcelShowsThem) {
  EXPECT_EQ(parse_import_year("2016"), 2016);
  EXPECT_EQ(parse_import_year("1990"), 1990);
  EXPECT_FALSE(parse_import_year("1989"));
  EXPECT_FALSE(parse_import_year("2101"));
  EXPECT_FALSE(parse_import_year("16"));
  EXPECT_FALSE(parse_import_year("2016 "));
  EXPECT_FALSE(parse_import_year("99999999999"));
  EXPECT_EQ(parse_import_hundredths("27,3"), 2730);
  EXPECT_EQ(parse_import_hundredths("27,30 dagar"), 2730);
  EXPECT_EQ(parse_import_hundredths("12,5 %"), 1250);
  EXPECT_EQ(parse_import_hundredths("100%"), 10000);
  EXPECT_EQ(parse_import_hundredths("1 250 000 kr"), 125'000'000);
  EXPECT_FALSE(parse_import_hundredths("-3"));
  EXPECT_FALSE(parse_import_hundredths("12,345"));
  EXPECT_FALSE(parse_import_hundredths("tolv"));
}

TEST(ImportedBudget, ProblemsByField) {
  auto one = [](const std::vector<std::string>& cells) {
    auto p = problems_of(cells);
    return p.size() == 1 ? p[0].field + " " + p[0].code : std::to_string(p.size()) + " problems";
  };
  EXPECT_EQ(one({"", "1 000", "", ""}), "budgetYear required");
  EXPECT_EQ(one({"21", "1 000", "", ""}), "budgetYear invalid");
  EXPECT_EQ(one({"2101", "1 000", "", ""}), "budgetYear invalid");
  EXPECT_EQ(one({"2021x", "1 000", "", ""}), "budgetYear invalid");
  EXPECT_EQ(one({"2021", "-1 000", "", ""}), "budget invalid");
  EXPECT_EQ(one({"2021", "", "Lerum", ""}), "keyValue required");
  EXPECT_EQ(one({"2021", "", "", "27,3"}), "member required");
  EXPECT_EQ(one({"2021", "", "Lerum", "x"}), "keyValue invalid");
  EXPECT_EQ(problems_of({"2021", "", "", ""}).size(), 0U);  // a year whose total another row gives
}

TEST(ImportedBudget, TheSheetNeedsItsYearAndTotalColumns) {
  const std::vector<std::string> header{"År", "Medlem"};
  auto bad = resolve_mapping(ImportKind::budgets, guess_mapping(ImportKind::budgets, header), header);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().fields.front().field, "mapping.budget");
  EXPECT_TRUE(import_field_required(ImportKind::budgets, ImportField::budget_year));
  EXPECT_FALSE(import_field_required(ImportKind::insatser, ImportField::budget_year));
  EXPECT_EQ(parse_import_kind("budgets"), ImportKind::budgets);
  EXPECT_EQ(to_string(ImportKind::budgets), "budgets");
}

}  // namespace
}  // namespace samordna::core
