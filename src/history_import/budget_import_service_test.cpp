// The förbund's own budgets of past years from its sheet, in memory: Insjöriket's members and 2018 population
// (DOMAIN.md, seed 000), a charter splitting the kommun quarter by population until 2021 and by fixed shares
// from 2022. A dry run changes nothing; the import saves each new year as the budget page would, all or none.
#include "history_import/budget_import_service.hpp"

#include <gtest/gtest.h>

#include "audit/testing/memory_audit.hpp"
#include "finance/testing/memory_budgets.hpp"
#include "history_import/testing/memory_imports.hpp"
#include "history_import/testing/rows.hpp"
#include "kernel/testing/fakes.hpp"
#include "membership/testing/memory_membership.hpp"

namespace samordna::core {
namespace {

using testing::Rows;

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

const std::string kHeader = "År;Total budget;Medlem;Andel (%)";

class BudgetImport : public ::testing::Test {
 protected:
  void SetUp() override {
    associations.associations = {Association{1, "Insjöriket", "222000-1234", "Alingsås", d("2006-07-01")}};
    add(1, "Försäkringskassan", PartyKind::fk, "");
    add(2, "Arbetsförmedlingen", PartyKind::af, "");
    add(3, "Västra Götalandsregionen", PartyKind::region, "14");
    add(4, "Mölndals stad", PartyKind::kommun, "1481");
    add(5, "Partille kommun", PartyKind::kommun, "1402");
    associations.population[2018] = {{"1481", 43409}, {"1402", 23516}};
    for (const auto& [code, _] : associations.population[2018]) associations.regions[code] = "14";
    Charter by_population;
    by_population.id = 1;
    by_population.association_id = 1;
    by_population.effective_from = d("2006-07-01");
    by_population.notice = {3, NoticeCounting::calendar_years};
    by_population.split_key = {SplitKeyKind::population, 2018};
    Charter by_shares = by_population;
    by_shares.id = 2;
    by_shares.effective_from = d("2022-01-01");
    by_shares.split_key = {SplitKeyKind::fixed_percent, std::nullopt};
    charters.charters = {by_population, by_shares};
  }
  void add(std::int64_t id, const char* name, PartyKind kind, const char* code) {
    Member m;
    m.id = id;
    m.association_id = 1;
    m.name = name;
    m.kind = kind;
    m.area_code = code;
    m.joined_on = d("2006-07-01");
    associations.members.push_back(m);
  }
  static std::vector<std::string> problems(const ImportReport& report) {
    std::vector<std::string> out;
    for (const auto& p : report.problems) out.push_back(std::to_string(p.row) + " " + p.field + " " + p.code);
    return out;
  }
  int audited(const std::string& action, const std::string& object) {
    int n = 0;
    for (const auto& e : events.events) n += e.action == action && e.entity == object ? 1 : 0;
    return n;
  }
  testing::MemoryAssociations associations;
  testing::MemoryCharters charters;
  testing::MemoryBudgets budgets;
  testing::DirectTransactions transactions;
  testing::MemoryAudit events;
  AuditTrail audit{events, testing::fake_digest, [] { return std::int64_t{1'000}; }};
  testing::FakeClock clock;  // 2026-11-22
  testing::MemoryImports imports;
  FinanceService finance{associations, charters, budgets, transactions, audit, clock};
  BudgetImportService service{finance, budgets, associations, charters, imports, transactions, audit, clock};
  Actor ekonom{9, "ekonom", "10.0.0.1"};
};

TEST_F(BudgetImport, YearsWithTheirTotalsAndSharesAreImportedAndAgainChangeNothing) {
  Rows file({kHeader, "2020;12 000 000 kr;;", "2021;12 500 000;;", "2022;13 000 000;Mölndals stad;60",
             "2022;;Partille;40 %"});
  auto dry = service.check(1, file, std::nullopt);
  ASSERT_TRUE(dry);
  EXPECT_EQ(problems(*dry), std::vector<std::string>{});
  EXPECT_EQ(dry->rows, 4);
  EXPECT_EQ(dry->to_import, 3);
  EXPECT_TRUE(budgets.budgets.empty());  // a dry run changes nothing
  EXPECT_EQ(imports.mappings.count({1, ImportKind::budgets}), 0U);

  auto done = service.run(ekonom, 1, file, std::nullopt);
  ASSERT_TRUE(done);
  EXPECT_TRUE(done->imported);
  auto y2020 = finance.budget(1, 2020);
  ASSERT_TRUE(y2020);
  EXPECT_EQ(y2020->budget.total, Money::kronor(12'000'000));
  EXPECT_TRUE(y2020->budget.key_inputs.empty());
  auto y2022 = finance.budget(1, 2022);
  ASSERT_TRUE(y2022);
  ASSERT_EQ(y2022->budget.key_inputs.size(), 2U);
  EXPECT_EQ(y2022->budget.key_inputs[0].member_id, 4);
  EXPECT_EQ(y2022->budget.key_inputs[0].percent_bp, 6000);
  EXPECT_EQ(y2022->budget.key_inputs[1].percent_bp, 4000);
  Money kommuner;
  for (const auto& c : y2022->calculation.contributions) {
    if (c.member_id >= 4) kommuner = kommuner + c.amount;
  }
  EXPECT_EQ(kommuner, Money::kronor(3'250'000));  // the kommun quarter, split 60/40
  EXPECT_EQ(audited("create", "budget"), 3);      // each year as one entered by hand
  EXPECT_EQ(audited("import", "budget"), 1);

  auto again = service.run(ekonom, 1, file, std::nullopt);
  ASSERT_TRUE(again);
  EXPECT_FALSE(again->imported);
  EXPECT_EQ(again->to_import, 0);
  EXPECT_EQ(again->already_imported, 3);
  EXPECT_EQ(audited("create", "budget"), 3);
}

TEST_F(BudgetImport, AYearTheFörbundHasWithOtherFiguresIsAProblemNotAChange) {
  ASSERT_TRUE(finance.save_budget(ekonom, StoredBudget{1, 2020, Money::kronor(11'000'000), {}, 0}, 0));
  auto dry = service.run(ekonom, 1, Rows({kHeader, "2020;12 000 000;;", "2021;12 500 000;;"}), std::nullopt);
  ASSERT_TRUE(dry);
  EXPECT_FALSE(dry->imported);
  EXPECT_EQ(problems(*dry), std::vector<std::string>{"2 budget differs_from_saved"});
  EXPECT_EQ(finance.budget(1, 2020)->budget.total, Money::kronor(11'000'000));
  EXPECT_FALSE(finance.budget(1, 2021));  // all or nothing
}

TEST_F(BudgetImport, EveryProblemByRowAndField) {
  Rows file({kHeader,
             "2019;;;",                           // 2: no row of 2019 gives its total
             "2020;1 000 000;;",                  // 3
             "2020;2 000 000;;",                  // 4: another total for 2020
             "2021;1 000 000;Mölndal;50",         // 5: the key is by population in 2021
             "2022;1 000 000;Göteborg;50",        // 6: not a member
             "2022;;Mölndals stad;50",            // 7
             "2022;;Mölndals stad;50",            // 8: twice
             "2023;1 000 000;Mölndals stad;70",   // 9
             "2023;;Partille;20",                 // 10: the shares add up to 90 %
             "2024;1 000 000;Mölndals stad;100",  // 11: Partille has no share
             "1980;1;;",                          // 12
             "2025;1 000 000;Mölndals stad;100",  // 13
             "2025;;Partille;"});                 // 14: no value (and 2025 is not checked as a whole)
  auto report = service.check(1, file, std::nullopt);
  ASSERT_TRUE(report);
  EXPECT_EQ(problems(*report),
            (std::vector<std::string>{"2 budget required", "4 budget conflicts", "5 keyValue not_used",
                                      "6 member unknown", "8 member duplicate", "9 keyValue shares_not_100",
                                      "11 keyValue member_missing", "12 budgetYear invalid", "14 keyValue required"}));
  EXPECT_EQ(report->to_import, 0);
}

TEST_F(BudgetImport, AYearBeforeAnyCharterAndAFörbundThatDoesNotExist) {
  charters.charters.erase(charters.charters.begin());  // only the 2022 charter
  auto report = service.check(1, Rows({kHeader, "2021;1 000 000;;"}), std::nullopt);
  ASSERT_TRUE(report);
  EXPECT_EQ(problems(*report), std::vector<std::string>{"2 budgetYear no_charter"});
  auto missing = service.check(99, Rows({kHeader, "2021;1 000 000;;"}), std::nullopt);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, "not_found");
}

}  // namespace
}  // namespace samordna::core
