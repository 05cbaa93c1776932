#include "history_import/storage/import_store.hpp"

#include <gtest/gtest.h>

#include <unordered_set>

#include "platform/database/testing/test_database.hpp"

namespace samordna::storage {
namespace {

class ImportStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& db = file_.db();
    db.execute(
        "INSERT INTO association (id, name, org_number, seat, formed_on) VALUES (1, 'F', '1', 'A', '2006-07-01'), "
        "(2, 'G', '2', 'B', '2006-07-01')");
    db.execute(
        "INSERT INTO member (id, association_id, name, party_kind, joined_on) VALUES (11, 1, 'Lerum', 'kommun', "
        "'2006-07-01')");
    db.execute(
        "INSERT INTO insats (id, association_id, name, description, kind, min_age, max_age, referral_required, "
        "lead_member_id, capacity, starts_on) VALUES (100, 1, 'Balder', '', 'individual', 16, 64, 1, 11, 10, "
        "'2026-01-01')");
    db.execute(
        "INSERT INTO participation (id, association_id, insats_id, gender, start_year, started_on) VALUES "
        "(7, 1, 100, 'man', 2019, '2019-04-01')");
  }
  testing::TestDatabase file_;
  ImportStore store_{file_.db()};
};

TEST_F(ImportStoreTest, EachFörbundKeepsItsOwnMappingPerKindOfSheetAndASavedOneReplacesTheLast) {
  using core::ImportField;
  constexpr auto participations = core::ImportKind::participations;
  constexpr auto insatser = core::ImportKind::insatser;
  EXPECT_FALSE(store_.mapping(1, participations));
  core::ColumnMapping first{{{ImportField::personnummer, "Pnr"},
                             {ImportField::insats, "Insats"},
                             {ImportField::started_on, "Start"},
                             {ImportField::consent, "Samtycke ✓"}}};
  store_.save_mapping(1, participations, first);
  core::ColumnMapping sheet_of_insatser{
      {{ImportField::insats, "Namn"}, {ImportField::lead_party, "Huvudman"}, {ImportField::starts_on, "Start"}}};
  store_.save_mapping(1, insatser, sheet_of_insatser);
  ASSERT_TRUE(store_.mapping(1, participations));
  EXPECT_EQ(store_.mapping(1, participations)->headers, first.headers);
  EXPECT_EQ(store_.mapping(1, insatser)->headers, sheet_of_insatser.headers);
  EXPECT_FALSE(store_.mapping(2, participations));
  core::ColumnMapping second{{{ImportField::personnummer, "Personnummer"},
                              {ImportField::name, ""},
                              {ImportField::budget, "Budget"}}};  // not a participation's field: left out
  store_.save_mapping(1, participations, second);
  EXPECT_EQ(store_.mapping(1, participations)->headers,
            (std::map<ImportField, std::string>{{ImportField::personnummer, "Personnummer"}}));
  EXPECT_EQ(store_.mapping(1, insatser)->headers, sheet_of_insatser.headers);
  core::ColumnMapping sheet_of_budgets{{{ImportField::budget_year, "År"},
                                        {ImportField::budget, "Total"},
                                        {ImportField::member, "Medlem"},
                                        {ImportField::key_value, "Andel"}}};
  store_.save_mapping(1, core::ImportKind::budgets, sheet_of_budgets);
  EXPECT_EQ(store_.mapping(1, core::ImportKind::budgets)->headers, sheet_of_budgets.headers);
  EXPECT_EQ(store_.mapping(1, insatser)->headers, sheet_of_insatser.headers);
}

TEST_F(ImportStoreTest, ImportedRowsAreKnownByKeyPerFörbundAndOnlyOnce) {
  const std::string key = "100|2019-04-01|||man|1";
  EXPECT_TRUE(store_.row_keys(1).empty());
  store_.add_row(1, key, 7);
  EXPECT_EQ(store_.row_keys(1), std::unordered_set<std::string>{key});
  EXPECT_TRUE(store_.row_keys(2).empty());
  EXPECT_THROW(store_.add_row(1, key, 7), ConstraintError);
  EXPECT_EQ(store_.row_keys(1).size(), 1U);
}

}  // namespace
}  // namespace samordna::storage
