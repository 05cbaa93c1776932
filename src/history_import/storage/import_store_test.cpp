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

TEST_F(ImportStoreTest, EachFörbundKeepsItsOwnMappingAndASavedOneReplacesTheLast) {
  EXPECT_FALSE(store_.mapping(1));
  core::ColumnMapping first{{{core::ImportField::personnummer, "Pnr"},
                             {core::ImportField::insats, "Insats"},
                             {core::ImportField::started_on, "Start"},
                             {core::ImportField::consent, "Samtycke ✓"}}};
  store_.save_mapping(1, first);
  ASSERT_TRUE(store_.mapping(1));
  EXPECT_EQ(store_.mapping(1)->headers, first.headers);
  EXPECT_FALSE(store_.mapping(2));
  core::ColumnMapping second{{{core::ImportField::personnummer, "Personnummer"}, {core::ImportField::name, ""}}};
  store_.save_mapping(1, second);
  EXPECT_EQ(store_.mapping(1)->headers,
            (std::map<core::ImportField, std::string>{{core::ImportField::personnummer, "Personnummer"}}));
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
