#include "audit/storage/audit_store.hpp"

#include <gtest/gtest.h>

#include "platform/database/testing/test_database.hpp"

namespace samordna::storage {
namespace {

// A digest that is easy to read in a failing expectation (the real one is keyed SHA-256).
std::string fake_digest(const std::string& text) { return "d(" + std::to_string(std::hash<std::string>{}(text)) + ")"; }

core::AuditEvent event(std::int64_t at, std::optional<std::int64_t> association, std::string action,
                       std::string username = "anna", std::string entity = "budget", std::string entity_id = "2020") {
  core::AuditEvent e;
  e.at = at;
  e.actor = {7, std::move(username), "10.0.0.1"};
  e.association_id = association;
  e.action = std::move(action);
  e.entity = std::move(entity);
  e.entity_id = std::move(entity_id);
  return e;
}

class AuditStoreTest : public ::testing::Test {
 protected:
  testing::TestDatabase file_;
  AuditStore store_{file_.db()};
};

TEST_F(AuditStoreTest, AppendNumbersChainsAndStoresEveryColumn) {
  auto first = event(100, 1, "create");
  first.fields = {{"total", "15000000"}, {"name", std::nullopt}, {"note", "two\nlines \\ and a backslash"}};
  auto one = store_.append(first, fake_digest);
  EXPECT_EQ(one.id, 1);
  EXPECT_EQ(one.prev_hash, "");
  EXPECT_FALSE(one.hash.empty());
  auto two = store_.append(event(101, std::nullopt, "login", "bo", "session", ""), fake_digest);
  EXPECT_EQ(two.id, 2);
  EXPECT_EQ(two.prev_hash, one.hash);

  auto all = store_.all_events();
  ASSERT_EQ(all.size(), 2U);
  EXPECT_EQ(all[0].id, 1);
  EXPECT_EQ(all[0].at, 100);
  EXPECT_EQ(all[0].actor.user_id, 7);
  EXPECT_EQ(all[0].actor.username, "anna");
  EXPECT_EQ(all[0].actor.client_address, "10.0.0.1");
  EXPECT_EQ(all[0].association_id, 1);
  EXPECT_EQ(all[0].action, "create");
  EXPECT_EQ(all[0].entity, "budget");
  EXPECT_EQ(all[0].entity_id, "2020");
  ASSERT_EQ(all[0].fields.size(), 3U);
  EXPECT_EQ(all[0].fields[0].value, "15000000");
  EXPECT_EQ(all[0].fields[1].name, "name");
  EXPECT_FALSE(all[0].fields[1].value);  // personal: the name alone
  EXPECT_EQ(all[0].fields[2].value, "two\nlines \\ and a backslash");
  EXPECT_EQ(all[0].hash, one.hash);
  EXPECT_FALSE(all[1].association_id);
  EXPECT_EQ(all[1].prev_hash, one.hash);
  EXPECT_FALSE(core::first_broken_link(all, fake_digest));
}

TEST_F(AuditStoreTest, AppendMovesTheAuthenticatedHead) {
  EXPECT_FALSE(store_.stored_head());
  store_.append(event(100, 1, "create"), fake_digest);
  auto last = store_.append(event(101, 1, "update"), fake_digest);
  auto head = store_.stored_head();
  ASSERT_TRUE(head);
  EXPECT_EQ(head->count, 2);
  EXPECT_EQ(head->hash, last.hash);
  EXPECT_EQ(head->mac, fake_digest(core::head_text(2, last.hash)));
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM audit_head"), 1);
}

TEST_F(AuditStoreTest, SetHeadReplacesTheOneHead) {
  store_.append(event(100, 1, "create"), fake_digest);
  store_.set_head({1, "h", "m"});
  store_.set_head({5, "h5", "m5"});
  auto head = *store_.stored_head();
  EXPECT_EQ(head.count, 5);
  EXPECT_EQ(head.hash, "h5");
  EXPECT_EQ(head.mac, "m5");
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM audit_head"), 1);
}

TEST_F(AuditStoreTest, EventsCannotBeChangedOrRemoved) {
  store_.append(event(100, 1, "create"), fake_digest);
  EXPECT_THROW(file_.db().execute("UPDATE audit_event SET action = 'x'"), std::exception);
  EXPECT_THROW(file_.db().execute("DELETE FROM audit_event"), std::exception);
  EXPECT_EQ(store_.all_events().at(0).action, "create");
}

TEST_F(AuditStoreTest, FindFiltersNewestFirstWithLimitAndOffset) {
  store_.append(event(100, 1, "create", "anna", "budget", "2020"), fake_digest);
  store_.append(event(200, 2, "create", "bo", "member", "8"), fake_digest);
  store_.append(event(300, 1, "update", "bo", "budget", "2021"), fake_digest);
  store_.append(event(400, std::nullopt, "login", "anna", "session", ""), fake_digest);
  store_.append(event(500, 1, "update", "anna", "budget", "2020"), fake_digest);

  auto ids = [&](const core::AuditFilter& f) {
    std::vector<std::int64_t> out;
    for (const auto& e : store_.find(f)) out.push_back(e.id);
    return out;
  };
  core::AuditFilter all;
  EXPECT_EQ(ids(all), (std::vector<std::int64_t>{5, 4, 3, 2, 1}));
  EXPECT_EQ(store_.count(all), 5);

  core::AuditFilter f;
  f.association_id = 1;
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{5, 3, 1}));
  EXPECT_EQ(store_.count(f), 3);
  f.action = "update";
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{5, 3}));
  f.username = "anna";
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{5}));

  core::AuditFilter entity;
  entity.entity = "budget";
  entity.entity_id = "2020";
  EXPECT_EQ(ids(entity), (std::vector<std::int64_t>{5, 1}));

  core::AuditFilter window;
  window.from_at = 200;
  window.to_at = 400;  // exclusive
  EXPECT_EQ(ids(window), (std::vector<std::int64_t>{3, 2}));
  EXPECT_EQ(store_.count(window), 2);

  core::AuditFilter page;
  page.limit = 2;
  page.offset = 1;
  EXPECT_EQ(ids(page), (std::vector<std::int64_t>{4, 3}));
  EXPECT_EQ(store_.count(page), 5);  // the count ignores the page

  core::AuditFilter none;
  none.association_id = 3;
  EXPECT_TRUE(store_.find(none).empty());
  EXPECT_EQ(store_.count(none), 0);
}

// A förbund's log shows the sign-ins of its users (they belong to no förbund), and no one else's.
TEST_F(AuditStoreTest, AForbundsLogIncludesItsUsersSignIns) {
  store_.append(event(100, 1, "create", "anna"), fake_digest);
  store_.append(event(200, std::nullopt, "login", "anna", "session", "7"), fake_digest);
  store_.append(event(300, std::nullopt, "login_failed", "okand", "session", ""), fake_digest);
  store_.append(event(400, std::nullopt, "login_throttled", "bo", "session", ""), fake_digest);
  store_.append(event(500, 2, "create", "anna"), fake_digest);
  store_.append(event(600, std::nullopt, "create", "anna", "association", "3"), fake_digest);
  auto ids = [&](const core::AuditFilter& f) {
    std::vector<std::int64_t> out;
    for (const auto& e : store_.find(f)) out.push_back(e.id);
    return out;
  };
  core::AuditFilter f;
  f.association_id = 1;
  f.session_usernames = {"anna", "bo"};
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{4, 2, 1}));
  EXPECT_EQ(store_.count(f), 3);
  f.action = "login_throttled";
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{4}));
  f.action = "";
  f.session_usernames = {"anna"};
  f.from_at = 150;
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{2}));
}

TEST_F(AuditStoreTest, SnapshotReadsEventsHeadAndAccounts) {
  auto empty = store_.snapshot();
  EXPECT_TRUE(empty.events.empty());
  EXPECT_FALSE(empty.head);
  EXPECT_FALSE(empty.accounts_exist);

  store_.append(event(100, 1, "create"), fake_digest);
  auto last = store_.append(event(101, 1, "update"), fake_digest);
  file_.db().execute(
      "INSERT INTO app_user (username, display_name, password_hash, disabled, created_at) VALUES ('a', 'A', 'h', 0, "
      "1)");
  auto s = store_.snapshot();
  ASSERT_EQ(s.events.size(), 2U);
  EXPECT_EQ(s.events[0].id, 1);
  EXPECT_EQ(s.events[1].id, 2);
  ASSERT_TRUE(s.head);
  EXPECT_EQ(s.head->count, 2);
  EXPECT_EQ(s.head->hash, last.hash);
  EXPECT_TRUE(s.accounts_exist);
}

TEST_F(AuditStoreTest, AppendJoinsTheCallersTransaction) {
  EXPECT_THROW(file_.db().transaction([&] {
    store_.append(event(100, 1, "create"), fake_digest);
    throw std::runtime_error("the change failed");
  }),
               std::runtime_error);
  EXPECT_TRUE(store_.all_events().empty());
  EXPECT_FALSE(store_.stored_head());
}

TEST_F(AuditStoreTest, TwoConnectionsAppendToOneChain) {
  auto other_db = file_.another_connection();
  AuditStore other(*other_db);
  for (int i = 0; i < 3; ++i) {
    store_.append(event(100 + i, 1, "create"), fake_digest);
    other.append(event(200 + i, 2, "update"), fake_digest);
  }
  auto all = other.all_events();
  ASSERT_EQ(all.size(), 6U);
  for (std::size_t i = 0; i < all.size(); ++i) EXPECT_EQ(all[i].id, std::int64_t(i) + 1);
  EXPECT_FALSE(core::first_broken_link(all, fake_digest));
  EXPECT_EQ(store_.stored_head()->count, 6);
  EXPECT_EQ(store_.stored_head()->hash, all.back().hash);
}

}  // namespace
}  // namespace samordna::storage
