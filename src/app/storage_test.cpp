#include <gtest/gtest.h>

#include <filesystem>

#include "access/storage/user_store.hpp"
#include "finance/storage/budget_store.hpp"
#include "membership/storage/association_store.hpp"
#include "platform/database/migrations.hpp"
#include "platform/database/sqlite_database.hpp"
#include "platform/database/testing/test_database.hpp"

namespace samordna::storage {
namespace {

class StorageTest : public ::testing::Test {
 protected:
  Database& base() { return file_.db(); }
  testing::TestDatabase file_;
  Database* db_ = &file_.db();
};

TEST(Placeholders, DollarBecomesPositional) {
  EXPECT_EQ(to_sqlite_placeholders("SELECT $2, '$1', $1"), "SELECT ?2, '$1', ?1");
}

TEST_F(StorageTest, MigrationsRunOnce) {
  EXPECT_TRUE(migrate(*db_).empty());
  auto rows = base().query("SELECT max(version) FROM schema_migrations");
  EXPECT_EQ(as_int(rows[0][0]), latest_migration_version(*db_));
  if (base().dialect() == "sqlite") {
    EXPECT_EQ(as_text(base().query("PRAGMA journal_mode")[0][0]), "wal");
    EXPECT_EQ(as_int(base().query("PRAGMA foreign_keys")[0][0]), 1);
  }
}

TEST_F(StorageTest, APostgresSchemaDroppedIsMadeAnewByTheMigrations) {
  if (base().dialect() != "postgresql") GTEST_SKIP() << "an SQLite installation is its file";
  drop_schema(base());
  EXPECT_TRUE(table_names(base()).empty());
  EXPECT_TRUE(base()
                  .query("SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                         "WHERE n.nspname = current_schema()",
                         {})
                  .empty());
  // Every migration again, the trigger functions too (demo --force failed on the statistics' function).
  EXPECT_EQ(int(migrate(base()).size()), latest_migration_version(base()));
  EXPECT_FALSE(table_names(base()).empty());
}

TEST_F(StorageTest, TransactionRollsBackOnError) {
  AssociationStore store(*db_);
  EXPECT_THROW(store.import_reference_data({{"14", "Västra Götalands län", "Västra Götaland"}},
                                           {{"1489", "Alingsås", "Alingsås kommun", "99"}}, {}),
               ConstraintError);
  EXPECT_TRUE(store.known_region_codes().empty());
}

TEST_F(StorageTest, AssociationsAndMembersRoundTrip) {
  AssociationStore store(*db_);
  auto id = *store.add_association(
      {0, "Samordningsförbundet Insjöriket", "222000-2295", "Mölndal", *core::CivilDate::parse("2006-07-01")});
  core::Member kommun;
  kommun.association_id = id;
  kommun.name = "Alingsås kommun";
  kommun.kind = core::PartyKind::kommun;
  kommun.area_code = "1489";
  kommun.joined_on = *core::CivilDate::parse("2006-07-01");
  kommun.notice = core::Notice{*core::CivilDate::parse("2021-03-29"), "KF",         "§ 1",
                               *core::CivilDate::parse("2024-12-31"), std::nullopt, ""};
  store.add_member(kommun);
  core::Member fk = kommun;
  fk.name = "Försäkringskassan";
  fk.kind = core::PartyKind::fk;
  fk.area_code.clear();
  fk.notice.reset();
  store.add_member(fk);
  auto members = store.list_members(id);
  ASSERT_EQ(members.size(), 2U);
  EXPECT_EQ(members[0].name, "Försäkringskassan");  // FK first
  EXPECT_EQ(members[1].notice->given_on.iso(), "2021-03-29");
  EXPECT_EQ(store.find_association(id)->formed_on.iso(), "2006-07-01");
  EXPECT_FALSE(store.find_association(id + 1));
}

TEST_F(StorageTest, NoticesKeepHistoryAndVersionsGuardWrites) {
  AssociationStore store(*db_);
  auto id = *store.add_association({0, "F", "222000-0001", "Lerum", *core::CivilDate::parse("2006-07-01")});
  EXPECT_FALSE(store.add_association({0, "G", "222000-0001", "Lerum", *core::CivilDate::parse("2006-07-01")}));
  core::Member m;
  m.association_id = id;
  m.name = "Alingsås kommun";
  m.area_code = "1489";
  m.joined_on = *core::CivilDate::parse("2006-07-01");
  auto member_id = store.add_member(m);
  core::Notice notice{*core::CivilDate::parse("2021-05-26"), "KF",         "",
                      *core::CivilDate::parse("2024-12-31"), std::nullopt, ""};
  EXPECT_FALSE(store.save_notice(member_id, notice, 2));  // stale version: nothing written
  EXPECT_FALSE(store.find_member(member_id)->notice);
  EXPECT_TRUE(store.save_notice(member_id, notice, 1));
  notice.revoked_on = core::CivilDate::parse("2023-06-14");
  EXPECT_TRUE(store.save_notice(member_id, notice, 2));
  auto saved = *store.find_member(member_id);
  EXPECT_EQ(saved.version, 3);
  EXPECT_EQ(saved.notice->revoked_on->iso(), "2023-06-14");
  EXPECT_EQ(as_int(base().query("SELECT count(*) FROM member_notice")[0][0]), 1);
  auto a = *store.find_association(id);
  a.seat = "Alingsås";
  EXPECT_TRUE(store.update_association(a, 1));
  EXPECT_FALSE(store.update_association(a, 1));
  EXPECT_EQ(store.find_association(id)->version, 2);
}

TEST_F(StorageTest, BudgetsPaymentsAndEquityRoundTrip) {
  AssociationStore associations(*db_);
  BudgetStore budgets(*db_);
  auto id = *associations.add_association({0, "F", "222000-0001", "Lerum", *core::CivilDate::parse("2006-07-01")});
  core::Member m;
  m.association_id = id;
  m.name = "Lerums kommun";
  m.area_code = "1441";
  m.joined_on = *core::CivilDate::parse("2006-07-01");
  auto member_id = associations.add_member(m);
  core::StoredBudget b{id, 2020, core::Money::kronor(14'976'000), {{member_id, 2730, std::nullopt, std::nullopt}}, 0};
  EXPECT_TRUE(budgets.save_budget(b, 0));
  EXPECT_FALSE(budgets.save_budget(b, 0));  // exists already
  b.total = core::Money::kronor(15'000'000);
  EXPECT_TRUE(budgets.save_budget(b, 1));
  auto found = *budgets.find_budget(id, 2020);
  EXPECT_EQ(found.total, core::Money::kronor(15'000'000));
  EXPECT_EQ(found.version, 2);
  ASSERT_EQ(found.key_inputs.size(), 1U);
  EXPECT_EQ(found.key_inputs[0].sickness_rate, 2730);
  core::Payment p{core::PaymentStatus::invoiced, core::CivilDate::parse("2020-01-15"), std::nullopt, 0};
  EXPECT_TRUE(budgets.save_payment(id, 2020, member_id, p, 0));
  EXPECT_FALSE(budgets.save_payment(id, 2020, member_id, p, 0));
  EXPECT_EQ(budgets.payments(id, 2020).at(member_id).invoiced_on->iso(), "2020-01-15");
  EXPECT_TRUE(
      budgets.save_equity(id, {2017, core::Money::tkr(873), core::Money::tkr(4000), core::Money::tkr(3500), 0}, 0));
  EXPECT_EQ(budgets.equity_entries(id).at(0).opening, core::Money::tkr(873));
}

TEST_F(StorageTest, UsersAndSessions) {
  UserStore users(*db_);
  auto id = users.add_user({0, "admin", "Administratör", "hash", false, {"admin"}});
  EXPECT_THROW(users.add_user({0, "admin", "x", "hash", false, {}}), ConstraintError);
  EXPECT_EQ(users.find_user_by_username("admin")->roles, std::vector<std::string>{"admin"});
  users.add_session({"digest", id, "csrf", 10, 10});
  users.touch_session("digest", 20);
  EXPECT_EQ(users.find_session("digest")->last_seen_at, 20);
  users.set_password_hash(id, "new");  // changing the password ends every session
  EXPECT_FALSE(users.find_session("digest"));
}

TEST_F(StorageTest, ListUsersCarriesEachUsersRoles) {
  UserStore users(*db_);
  users.add_user({0, "zed", "Zed", "hash", false, {"admin", "revisor"}});
  users.add_user({0, "anna", "Anna", "hash", true, {}});
  auto list = users.list_users();
  ASSERT_EQ(list.size(), 2U);
  EXPECT_EQ(list[0].username, "anna");
  EXPECT_TRUE(list[0].roles.empty());
  EXPECT_TRUE(list[0].disabled);
  EXPECT_EQ(list[1].roles, (std::vector<std::string>{"admin", "revisor"}));
}

}  // namespace
}  // namespace samordna::storage
