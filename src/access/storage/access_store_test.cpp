#include "access/storage/access_store.hpp"

#include <gtest/gtest.h>

#include "platform/database/testing/test_database.hpp"

namespace samordna::storage {
namespace {

core::CivilDate date(std::string_view iso) { return *core::CivilDate::parse(iso); }

class AccessStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Users, two förbund and a member each, written as rows (their stores belong to this and other contexts).
    auto& db = file_.db();
    for (auto name : {"anna", "bo", "eva"}) {
      db.execute(
          "INSERT INTO app_user (username, display_name, password_hash, disabled, created_at) VALUES ($1, $1, 'h', 0, "
          "1)",
          {std::string(name)});
    }
    db.execute(
        "INSERT INTO association (id, name, org_number, seat, formed_on) VALUES (1, 'F', '1', 'A', '2006-07-01')");
    db.execute(
        "INSERT INTO association (id, name, org_number, seat, formed_on) VALUES (2, 'G', '2', 'B', '2006-07-01')");
    db.execute(
        "INSERT INTO member (id, association_id, name, party_kind, joined_on) VALUES (10, 1, 'Lerum', 'kommun', "
        "'2006-07-01'), (11, 1, 'FK', 'fk', '2006-07-01'), (20, 2, 'Region', 'region', '2006-07-01')");
  }

  core::RoleAssignment assignment(std::int64_t user, std::int64_t association, core::Role role) {
    core::RoleAssignment a;
    a.user_id = user;
    a.association_id = association;
    a.role = role;
    a.valid_from = date("2026-01-01");
    return a;
  }

  static std::vector<std::int64_t> ids(const std::vector<core::RoleAssignment>& list) {
    std::vector<std::int64_t> out;
    for (const auto& a : list) out.push_back(a.id);
    return out;
  }

  testing::TestDatabase file_;
  AccessStore store_{file_.db()};
};

TEST_F(AccessStoreTest, AssignmentRoundTrip) {
  auto a = assignment(2, 1, core::Role::deltagaransvarig);
  a.organisation_member_id = 10;
  a.valid_to = date("2026-12-31");
  a.requested_by = 1;
  a.confirmed_by = 3;
  a.confirmed_at = 1'700'000'000;
  auto id = store_.add_assignment(a);
  auto found = store_.assignments_of_user(2);
  ASSERT_EQ(found.size(), 1U);
  const auto& f = found[0];
  EXPECT_EQ(f.id, id);
  EXPECT_EQ(f.user_id, 2);
  EXPECT_EQ(f.association_id, 1);
  EXPECT_EQ(f.role, core::Role::deltagaransvarig);
  EXPECT_EQ(f.organisation_member_id, 10);
  EXPECT_EQ(f.valid_from, date("2026-01-01"));
  EXPECT_EQ(f.valid_to, date("2026-12-31"));
  EXPECT_EQ(f.requested_by, 1);
  EXPECT_EQ(f.confirmed_by, 3);
  EXPECT_EQ(f.confirmed_at, 1'700'000'000);
  EXPECT_TRUE(f.confirmed_for.empty());

  store_.add_assignment(assignment(3, 1, core::Role::controller_contact));
  auto contact = store_.assignments_of_user(3).at(0);
  EXPECT_EQ(contact.role, core::Role::controller_contact);
  EXPECT_FALSE(contact.organisation_member_id);
  EXPECT_FALSE(contact.valid_to);
  EXPECT_FALSE(contact.requested_by);
  EXPECT_FALSE(contact.confirmed_by);
  EXPECT_FALSE(contact.confirmed_at);
}

TEST_F(AccessStoreTest, AssignmentsByUserByForbundAndAllInIdOrder) {
  auto a1 = store_.add_assignment(assignment(1, 1, core::Role::administrator));
  auto a2 = store_.add_assignment(assignment(2, 2, core::Role::ekonom));
  auto a3 = store_.add_assignment(assignment(1, 2, core::Role::revisor));
  auto a4 = store_.add_assignment(assignment(2, 1, core::Role::remittent));
  EXPECT_EQ(ids(store_.assignments_of_user(1)), (std::vector<std::int64_t>{a1, a3}));
  EXPECT_EQ(ids(store_.assignments_of_user(2)), (std::vector<std::int64_t>{a2, a4}));
  EXPECT_TRUE(store_.assignments_of_user(3).empty());
  EXPECT_EQ(ids(store_.assignments_in(1)), (std::vector<std::int64_t>{a1, a4}));
  EXPECT_EQ(ids(store_.assignments_in(2)), (std::vector<std::int64_t>{a2, a3}));
  EXPECT_EQ(ids(store_.assignments_in_all()), (std::vector<std::int64_t>{a1, a2, a3, a4}));
}

TEST_F(AccessStoreTest, AnAssignmentNeedsItsUserForbundAndMember) {
  EXPECT_THROW(store_.add_assignment(assignment(9, 1, core::Role::ekonom)), ConstraintError);
  EXPECT_THROW(store_.add_assignment(assignment(1, 9, core::Role::ekonom)), ConstraintError);
  auto a = assignment(1, 1, core::Role::ekonom);
  a.organisation_member_id = 99;
  EXPECT_THROW(store_.add_assignment(a), ConstraintError);
  EXPECT_TRUE(store_.assignments_in_all().empty());
}

TEST_F(AccessStoreTest, ConfirmationHappensOnce) {
  auto id = store_.add_assignment(assignment(2, 1, core::Role::deltagaransvarig));
  EXPECT_TRUE(store_.confirm_assignment(id, 3, 500));
  EXPECT_FALSE(store_.confirm_assignment(id, 1, 600));  // already confirmed: the first stays
  auto a = store_.assignments_of_user(2).at(0);
  EXPECT_EQ(a.confirmed_by, 3);
  EXPECT_EQ(a.confirmed_at, 500);
  EXPECT_FALSE(store_.confirm_assignment(id + 1, 3, 500));  // gone
}

TEST_F(AccessStoreTest, ConfirmationsOfOtherPartiesAreListedWithTheAssignment) {
  auto id = store_.add_assignment(assignment(2, 1, core::Role::deltagaransvarig));
  auto other = store_.add_assignment(assignment(2, 2, core::Role::deltagaransvarig));
  EXPECT_TRUE(store_.confirm_for_party(id, 11, 3, 500));
  EXPECT_TRUE(store_.confirm_for_party(id, 10, 3, 501));
  EXPECT_FALSE(store_.confirm_for_party(id, 11, 1, 502));  // that party already had
  EXPECT_TRUE(store_.confirm_for_party(other, 20, 3, 503));
  auto mine = store_.assignments_of_user(2);
  ASSERT_EQ(mine.size(), 2U);
  EXPECT_EQ(mine[0].confirmed_for, (std::vector<std::int64_t>{10, 11}));  // by member
  EXPECT_EQ(mine[1].confirmed_for, (std::vector<std::int64_t>{20}));
  EXPECT_EQ(store_.assignments_in(1).at(0).confirmed_for, (std::vector<std::int64_t>{10, 11}));
  EXPECT_EQ(store_.assignments_in(2).at(0).confirmed_for, (std::vector<std::int64_t>{20}));
  EXPECT_EQ(store_.assignments_in_all().at(1).confirmed_for, (std::vector<std::int64_t>{20}));
  EXPECT_EQ(
      file_.scalar("SELECT confirmed_at FROM role_confirmation WHERE assignment_id = $1 AND member_id = 11", {id}),
      500);
}

TEST_F(AccessStoreTest, RemovingAnAssignmentRemovesItsConfirmations) {
  auto id = store_.add_assignment(assignment(2, 1, core::Role::deltagaransvarig));
  auto kept = store_.add_assignment(assignment(2, 1, core::Role::remittent));
  store_.confirm_for_party(id, 11, 3, 500);
  store_.remove_assignment(id);
  EXPECT_EQ(ids(store_.assignments_of_user(2)), (std::vector<std::int64_t>{kept}));
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM role_confirmation"), 0);
  store_.remove_assignment(id);  // again: nothing happens
  EXPECT_EQ(store_.assignments_in_all().size(), 1U);
}

TEST_F(AccessStoreTest, ReserveAdmitsUpToTheLimitInTheWindow) {
  std::vector<core::AttemptLimit> pair{{"pair:bo@10.0.0.1", 2}, {"account:bo", 5}};
  EXPECT_TRUE(store_.reserve(pair, 0, 100));
  EXPECT_TRUE(store_.reserve(pair, 0, 101));
  EXPECT_FALSE(store_.reserve(pair, 0, 102));  // the pair is full: nothing is recorded
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM login_failure WHERE scope_key = 'account:bo'"), 2);
  EXPECT_TRUE(store_.reserve(pair, 101, 103));  // only failures after `since` count
  // Another address for the same account has its own pair but shares the account's limit.
  std::vector<core::AttemptLimit> other{{"pair:bo@10.0.0.2", 2}, {"account:bo", 3}};
  EXPECT_FALSE(store_.reserve(other, 0, 104));
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM login_failure WHERE scope_key = 'pair:bo@10.0.0.2'"), 0);
}

TEST_F(AccessStoreTest, ClearingFailuresForgetsOneKey) {
  std::vector<core::AttemptLimit> limits{{"account:bo", 1}, {"address:10.0.0.1", 10}};
  EXPECT_TRUE(store_.reserve(limits, 0, 100));
  EXPECT_FALSE(store_.reserve(limits, 0, 101));
  store_.clear_failures("account:bo");
  EXPECT_TRUE(store_.reserve(limits, 0, 102));
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM login_failure WHERE scope_key = 'address:10.0.0.1'"), 2);
}

TEST_F(AccessStoreTest, ReserveDropsFailuresOlderThanADay) {
  std::vector<core::AttemptLimit> limits{{"account:bo", 100}};
  store_.reserve(limits, 0, 1'000);
  store_.reserve(limits, 0, 2'000);
  store_.reserve(limits, 0, 1'000 + 86'400 + 500);
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM login_failure"), 2);
  EXPECT_EQ(file_.scalar("SELECT min(at) FROM login_failure"), 2'000);
}

TEST_F(AccessStoreTest, RunIsOneTransaction) {
  EXPECT_THROW(store_.run([&] {
    store_.add_assignment(assignment(1, 1, core::Role::ekonom));
    throw std::runtime_error("refused");
  }),
               std::runtime_error);
  EXPECT_TRUE(store_.assignments_in_all().empty());
  store_.run([&] { store_.add_assignment(assignment(1, 1, core::Role::ekonom)); });
  EXPECT_EQ(store_.assignments_in_all().size(), 1U);
}

}  // namespace
}  // namespace samordna::storage
