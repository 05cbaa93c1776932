#include "finance/storage/budget_store.hpp"

#include <gtest/gtest.h>

#include "platform/database/testing/test_database.hpp"

// Beyond src/app/storage_test.cpp (a first budget, payment and equity year, and a second insert refused).
namespace samordna::storage {
namespace {

using core::Money;

core::CivilDate date(std::string_view iso) { return *core::CivilDate::parse(iso); }

class BudgetStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Two förbund and their members as rows (membership's store is another context's).
    auto& db = file_.db();
    db.execute(
        "INSERT INTO association (id, name, org_number, seat, formed_on) VALUES (1, 'F', '1', 'A', '2006-07-01'), "
        "(2, 'G', '2', 'B', '2006-07-01')");
    db.execute(
        "INSERT INTO member (id, association_id, name, party_kind, joined_on) VALUES (10, 1, 'FK', 'fk', "
        "'2006-07-01'), (11, 1, 'Lerum', 'kommun', '2006-07-01'), (12, 1, 'Alingsås', 'kommun', '2006-07-01'), "
        "(20, 2, 'FK', 'fk', '2006-07-01')");
  }

  static core::StoredBudget budget(std::int64_t association, int year, Money total,
                                   std::vector<core::KeyInput> inputs = {}) {
    return {association, year, total, std::move(inputs), 0};
  }

  testing::TestDatabase file_;
  BudgetStore store_{file_.db()};
};

TEST_F(BudgetStoreTest, KeyInputsOfEveryKindRoundTripByMember) {
  ASSERT_TRUE(store_.save_budget(budget(1, 2026, Money::kronor(1'000'000),
                                        {{12, std::nullopt, std::nullopt, Money::ore(12'345)},
                                         {11, std::nullopt, 2'500, std::nullopt},
                                         {10, 2'730, std::nullopt, std::nullopt}}),
                                 0));
  auto found = *store_.find_budget(1, 2026);
  EXPECT_EQ(found.association_id, 1);
  EXPECT_EQ(found.year, 2026);
  EXPECT_EQ(found.version, 1);
  ASSERT_EQ(found.key_inputs.size(), 3U);
  EXPECT_EQ(found.key_inputs[0].member_id, 10);
  EXPECT_EQ(found.key_inputs[0].sickness_rate, 2'730);
  EXPECT_FALSE(found.key_inputs[0].percent_bp);
  EXPECT_FALSE(found.key_inputs[0].amount);
  EXPECT_EQ(found.key_inputs[1].member_id, 11);
  EXPECT_EQ(found.key_inputs[1].percent_bp, 2'500);
  EXPECT_FALSE(found.key_inputs[1].sickness_rate);
  EXPECT_EQ(found.key_inputs[2].member_id, 12);
  EXPECT_EQ(found.key_inputs[2].amount, Money::ore(12'345));
  EXPECT_FALSE(store_.find_budget(1, 2025));
  EXPECT_FALSE(store_.find_budget(2, 2026));
}

TEST_F(BudgetStoreTest, ListIsByYearEachWithItsOwnInputs) {
  store_.save_budget(budget(1, 2027, Money::kronor(3), {{11, 1, std::nullopt, std::nullopt}}), 0);
  store_.save_budget(budget(1, 2025, Money::kronor(1), {{10, 2, std::nullopt, std::nullopt}}), 0);
  store_.save_budget(budget(1, 2026, Money::kronor(2)), 0);
  store_.save_budget(budget(2, 2026, Money::kronor(9), {{20, 3, std::nullopt, std::nullopt}}), 0);
  auto list = store_.list_budgets(1);
  ASSERT_EQ(list.size(), 3U);
  EXPECT_EQ(list[0].year, 2025);
  EXPECT_EQ(list[0].total, Money::kronor(1));
  ASSERT_EQ(list[0].key_inputs.size(), 1U);
  EXPECT_EQ(list[0].key_inputs[0].member_id, 10);
  EXPECT_EQ(list[1].year, 2026);
  EXPECT_TRUE(list[1].key_inputs.empty());
  EXPECT_EQ(list[2].year, 2027);
  ASSERT_EQ(list[2].key_inputs.size(), 1U);
  EXPECT_EQ(list[2].key_inputs[0].sickness_rate, 1);
  ASSERT_EQ(store_.list_budgets(2).size(), 1U);
  EXPECT_EQ(store_.list_budgets(2)[0].key_inputs.at(0).member_id, 20);
  EXPECT_TRUE(store_.list_budgets(3).empty());
}

TEST_F(BudgetStoreTest, AStaleSaveChangesNeitherTotalNorInputs) {
  store_.save_budget(budget(1, 2026, Money::kronor(100), {{10, 2'730, std::nullopt, std::nullopt}}), 0);
  auto changed = budget(1, 2026, Money::kronor(200), {{11, 3'000, std::nullopt, std::nullopt}});
  EXPECT_FALSE(store_.save_budget(changed, 2));
  auto found = *store_.find_budget(1, 2026);
  EXPECT_EQ(found.total, Money::kronor(100));
  EXPECT_EQ(found.version, 1);
  ASSERT_EQ(found.key_inputs.size(), 1U);
  EXPECT_EQ(found.key_inputs[0].member_id, 10);
  EXPECT_FALSE(store_.save_budget(budget(1, 2030, Money::kronor(1)), 1));  // no budget at that version
  EXPECT_FALSE(store_.find_budget(1, 2030));
}

TEST_F(BudgetStoreTest, ASavedBudgetReplacesItsInputs) {
  store_.save_budget(budget(1, 2026, Money::kronor(100),
                            {{10, 2'730, std::nullopt, std::nullopt}, {11, 2'000, std::nullopt, std::nullopt}}),
                     0);
  ASSERT_TRUE(store_.save_budget(budget(1, 2026, Money::kronor(100), {{12, 1'500, std::nullopt, std::nullopt}}), 1));
  auto found = *store_.find_budget(1, 2026);
  EXPECT_EQ(found.version, 2);
  ASSERT_EQ(found.key_inputs.size(), 1U);
  EXPECT_EQ(found.key_inputs[0].member_id, 12);
  ASSERT_TRUE(store_.save_budget(budget(1, 2026, Money::kronor(100)), 2));
  EXPECT_TRUE(store_.find_budget(1, 2026)->key_inputs.empty());
}

TEST_F(BudgetStoreTest, ABudgetIsWrittenWholeOrNotAtAll) {
  // An input for a member that does not exist fails the whole save.
  EXPECT_THROW(store_.save_budget(budget(1, 2026, Money::kronor(1), {{99, 1, std::nullopt, std::nullopt}}), 0),
               ConstraintError);
  EXPECT_FALSE(store_.find_budget(1, 2026));
  EXPECT_THROW(store_.save_budget(budget(1, 2026, Money::ore(-1)), 0), ConstraintError);
  EXPECT_FALSE(store_.find_budget(1, 2026));
}

TEST_F(BudgetStoreTest, PaymentsPerYearGuardedByVersion) {
  store_.save_budget(budget(1, 2026, Money::kronor(100)), 0);
  store_.save_budget(budget(1, 2027, Money::kronor(100)), 0);
  core::Payment invoiced{core::PaymentStatus::invoiced, date("2026-01-15"), std::nullopt, 0, date("2026-02-14")};
  ASSERT_TRUE(store_.save_payment(1, 2026, 10, invoiced, 0));
  EXPECT_EQ(store_.payments(1, 2026).at(10).due_on, date("2026-02-14"));
  ASSERT_TRUE(store_.save_payment(1, 2026, 11, {core::PaymentStatus::due, std::nullopt, std::nullopt, 0}, 0));
  ASSERT_TRUE(store_.save_payment(1, 2027, 10, invoiced, 0));

  core::Payment paid{core::PaymentStatus::paid, date("2026-01-15"), date("2026-02-01"), 1,
                     date("2026-02-14"),        Money::kronor(100)};
  EXPECT_FALSE(store_.save_payment(1, 2026, 10, paid, 2));  // stale
  EXPECT_EQ(store_.payments(1, 2026).at(10).status, core::PaymentStatus::invoiced);
  EXPECT_TRUE(store_.save_payment(1, 2026, 10, paid, 1));
  EXPECT_FALSE(store_.save_payment(1, 2026, 10, paid, 1));  // again: stale now

  auto year = store_.payments(1, 2026);
  ASSERT_EQ(year.size(), 2U);
  EXPECT_EQ(year.at(10).status, core::PaymentStatus::paid);
  EXPECT_EQ(year.at(10).invoiced_on, date("2026-01-15"));
  EXPECT_EQ(year.at(10).paid_on, date("2026-02-01"));
  EXPECT_EQ(year.at(10).version, 2);
  EXPECT_EQ(year.at(10).due_on, date("2026-02-14"));
  EXPECT_EQ(year.at(10).paid, Money::kronor(100));
  EXPECT_EQ(year.at(11).paid, Money());
  EXPECT_FALSE(year.at(11).due_on);
  EXPECT_EQ(year.at(11).status, core::PaymentStatus::due);
  EXPECT_FALSE(year.at(11).invoiced_on);
  EXPECT_EQ(year.at(11).version, 1);
  EXPECT_EQ(store_.payments(1, 2027).at(10).status, core::PaymentStatus::invoiced);  // the other year is its own
  EXPECT_TRUE(store_.payments(2, 2026).empty());
  EXPECT_FALSE(store_.save_payment(1, 2026, 12, invoiced, 1));  // none recorded at that version
  EXPECT_EQ(store_.payments(1, 2026).count(12), 0U);
}

TEST_F(BudgetStoreTest, APaymentNeedsItsBudget) {
  EXPECT_THROW(store_.save_payment(1, 2026, 10, {core::PaymentStatus::due, std::nullopt, std::nullopt, 0}, 0),
               ConstraintError);
  EXPECT_TRUE(store_.payments(1, 2026).empty());
}

TEST_F(BudgetStoreTest, EquityYearsInOrderGuardedByVersion) {
  ASSERT_TRUE(store_.save_equity(1, {2019, std::nullopt, Money::tkr(4100), Money::tkr(4000), 0}, 0));
  ASSERT_TRUE(store_.save_equity(1, {2017, Money::tkr(873), Money::tkr(4000), Money::tkr(3500), 0}, 0));
  ASSERT_TRUE(store_.save_equity(2, {2018, Money::tkr(1), Money::tkr(2), Money::tkr(3), 0}, 0));
  EXPECT_FALSE(store_.save_equity(1, {2017, Money::tkr(1), Money::tkr(1), Money::tkr(1), 0}, 0));  // exists

  core::EquityEntry changed{2017, Money::tkr(900), Money::tkr(4200), Money::tkr(3600), 1};
  EXPECT_FALSE(store_.save_equity(1, changed, 2));  // stale
  EXPECT_EQ(store_.equity_entries(1).at(0).opening, Money::tkr(873));
  EXPECT_TRUE(store_.save_equity(1, changed, 1));

  auto entries = store_.equity_entries(1);
  ASSERT_EQ(entries.size(), 2U);
  EXPECT_EQ(entries[0].year, 2017);
  EXPECT_EQ(entries[0].opening, Money::tkr(900));
  EXPECT_EQ(entries[0].received, Money::tkr(4200));
  EXPECT_EQ(entries[0].costs, Money::tkr(3600));
  EXPECT_EQ(entries[0].version, 2);
  EXPECT_EQ(entries[1].year, 2019);
  EXPECT_FALSE(entries[1].opening);  // later years carry the previous closing
  EXPECT_EQ(entries[1].version, 1);
  EXPECT_EQ(store_.equity_entries(2).size(), 1U);

  changed.opening.reset();
  EXPECT_TRUE(store_.save_equity(1, changed, 2));
  EXPECT_FALSE(store_.equity_entries(1).at(0).opening);
}

TEST_F(BudgetStoreTest, TheSecondOfTwoWritersOnOneVersionLoses) {
  auto other_db = file_.another_connection();
  BudgetStore other(*other_db);
  store_.save_budget(budget(1, 2026, Money::kronor(100)), 0);
  auto mine = *store_.find_budget(1, 2026);
  auto theirs = *other.find_budget(1, 2026);
  mine.total = Money::kronor(200);
  theirs.total = Money::kronor(300);
  EXPECT_TRUE(other.save_budget(theirs, theirs.version));
  EXPECT_FALSE(store_.save_budget(mine, mine.version));  // read before the other wrote: stale
  EXPECT_EQ(store_.find_budget(1, 2026)->total, Money::kronor(300));
  EXPECT_EQ(store_.find_budget(1, 2026)->version, 2);
  EXPECT_FALSE(other.save_budget(budget(1, 2026, Money::kronor(1)), 0));  // the other cannot create it twice
}

}  // namespace
}  // namespace samordna::storage
