// The change listener against a real PostgreSQL (make test-postgres sets SAMORDNA_TEST_POSTGRES; skipped without
// it): the counters are known once read, never older than a write of this process once it has returned, known
// again when another server's change is told, unknown while the connection is lost and known again after it.
#include "platform/database/postgres_change_listener.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "platform/database/testing/test_database.hpp"

namespace samordna::storage {
namespace {

using std::chrono::milliseconds;
using std::chrono::steady_clock;

constexpr std::size_t kAccess = 0, kMembers = 1;

// Waits up to five seconds for `ready`.
template <class Ready>
bool eventually(Ready ready) {
  const auto until = steady_clock::now() + std::chrono::seconds(5);
  while (steady_clock::now() < until) {
    if (ready()) return true;
    std::this_thread::sleep_for(milliseconds(5));
  }
  return ready();
}

class ChangeListenerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!file_.postgres()) GTEST_SKIP() << "SAMORDNA_TEST_POSTGRES is not set (make test-postgres sets it)";
    db().after_writes([this] { watch_.written(); });
  }
  void TearDown() override {
    if (file_.postgres()) db().after_writes({});
  }
  PostgresDatabase& db() { return dynamic_cast<PostgresDatabase&>(file_.db()); }
  std::int64_t stored(std::size_t counter) {
    return as_int(file_.db().query("SELECT version FROM " + watch_.tables()[counter] + " WHERE id = 1")[0][0]);
  }
  // A listener that reads only when told or written to (its own check once an hour).
  std::unique_ptr<PostgresChangeListener> listen() {
    return std::make_unique<PostgresChangeListener>(file_.postgres_options(), watch_,
                                                    std::function<void(const std::string&)>{}, std::chrono::hours(1));
  }

  testing::TestDatabase file_;
  CounterWatch watch_{{"access_version", "members_version"}};
};

TEST_F(ChangeListenerTest, CountersAreKnownOnceReadAndAsStored) {
  auto listener = listen();
  ASSERT_TRUE(eventually([&] { return watch_.known(kAccess).has_value(); }));
  EXPECT_EQ(watch_.known(kAccess), stored(kAccess));
  EXPECT_EQ(watch_.known(kMembers), stored(kMembers));
}

// What the server relies on for its own changes: once a write has returned, no older value is known.
TEST_F(ChangeListenerTest, AfterAWriteOfThisProcessNoOlderValueIsEverKnown) {
  auto listener = listen();
  ASSERT_TRUE(eventually([&] { return watch_.known(kMembers).has_value(); }));
  for (int i = 0; i < 50; ++i) {
    file_.db().transaction(
        [&] { file_.db().execute("UPDATE members_version SET version = version + 1 WHERE id = 1"); });
    const auto now = stored(kMembers);
    const auto known = watch_.known(kMembers);
    EXPECT_TRUE(!known || *known == now) << "known " << *known << ", stored " << now;
    file_.db().execute("UPDATE access_version SET version = version + 1 WHERE id = 1");  // outside a transaction
    const auto access = watch_.known(kAccess);
    EXPECT_TRUE(!access || *access == stored(kAccess));
  }
  ASSERT_TRUE(eventually([&] { return watch_.known(kMembers) == stored(kMembers); }));
  EXPECT_EQ(watch_.known(kAccess), stored(kAccess));
}

TEST_F(ChangeListenerTest, AChangeByAnotherServerIsKnownWhenItsNotificationArrives) {
  auto listener = listen();
  ASSERT_TRUE(eventually([&] { return watch_.known(kMembers).has_value(); }));
  const auto before = *watch_.known(kMembers);
  auto other = file_.another_connection();                        // no watch of ours: only the notification tells
  other->execute("UPDATE member SET name = name WHERE id = -1");  // the statement's trigger counts and tells
  ASSERT_TRUE(eventually([&] { return watch_.known(kMembers) > before; }));
  EXPECT_EQ(watch_.known(kMembers), stored(kMembers));
  other->execute(
      "INSERT INTO app_user (id, username, display_name, password_hash, created_at) VALUES (7, 'k', 'K', 'x', 1)");
  ASSERT_TRUE(eventually([&] { return watch_.known(kMembers).has_value(); }));
  ASSERT_TRUE(watch_.known(kAccess).has_value());
  const auto access_before = *watch_.known(kAccess);
  other->execute("UPDATE app_user SET disabled = 1 WHERE id = 7");  // a user disabled on another server
  other.reset();
  ASSERT_TRUE(eventually([&] { return watch_.known(kAccess) > access_before; }));
  EXPECT_EQ(watch_.known(kAccess), stored(kAccess));
}

TEST_F(ChangeListenerTest, ANotificationForAnotherSchemaIsNotOurs) {
  auto listener = listen();
  ASSERT_TRUE(eventually([&] { return watch_.known(kMembers).has_value(); }));
  const auto reads = listener->reads();
  auto other = file_.another_connection();
  other->query("SELECT pg_notify('samordna_change', 'another_schema')");
  std::this_thread::sleep_for(milliseconds(300));
  EXPECT_EQ(listener->reads(), reads);
  EXPECT_TRUE(watch_.known(kMembers).has_value());
  // And one for ours is read (the same channel, the same wait).
  other->query("SELECT pg_notify('samordna_change', $1)", {file_.postgres_options().search_path});
  EXPECT_TRUE(eventually([&] { return listener->reads() > reads; }));
  other.reset();
}

// A script whose search path is another schema, naming this installation's tables, moves and tells this
// installation's counter (the trigger uses the changed table's schema).
TEST_F(ChangeListenerTest, AChangeNamingTheSchemaFromAnotherSearchPathIsTold) {
  auto listener = listen();
  ASSERT_TRUE(eventually([&] { return watch_.known(kMembers).has_value(); }));
  const auto before = *watch_.known(kMembers);
  PostgresDatabase script(PostgresOptions{file_.postgres_options().conninfo});  // the server's default path
  const auto schema = file_.postgres_options().search_path;
  script.execute("UPDATE " + schema + ".member SET name = name WHERE id = -1", {});
  ASSERT_TRUE(eventually([&] { return watch_.known(kMembers) > before; }));
  EXPECT_EQ(watch_.known(kMembers), stored(kMembers));
}

TEST_F(ChangeListenerTest, ALostConnectionMakesThemUnknownUntilConnectedAgain) {
  auto listener = listen();
  ASSERT_TRUE(eventually([&] { return listener->backend_pid() != 0 && watch_.known(kAccess).has_value(); }));
  const int pid = listener->backend_pid();
  auto other = file_.another_connection();
  other->query("SELECT pg_terminate_backend($1::integer)", {std::int64_t(pid)});
  ASSERT_TRUE(eventually([&] { return !watch_.known(kAccess).has_value(); }));
  other->execute("UPDATE members_version SET version = version + 5 WHERE id = 1");  // untold: no trigger
  other.reset();
  ASSERT_TRUE(eventually([&] { return watch_.known(kMembers).has_value(); }));  // connected again after a second
  EXPECT_NE(listener->backend_pid(), pid);
  EXPECT_EQ(watch_.known(kMembers), stored(kMembers));  // read again on connecting, so the untold change is in
}

// A read that gets no answer (here: the counter's table locked by another server) leaves the counters unknown
// while it waits, and a stop does not wait for it.
TEST_F(ChangeListenerTest, AReadWithoutAnAnswerLeavesThemUnknownAndAStopDoesNotWaitForIt) {
  auto listener = listen();
  ASSERT_TRUE(eventually([&] { return watch_.known(kMembers).has_value(); }));
  auto other = file_.another_connection();
  std::atomic<bool> locked{false}, release{false};
  std::thread holder([&] {
    other->transaction([&] {
      other->execute("LOCK TABLE members_version IN ACCESS EXCLUSIVE MODE");
      locked = true;
      while (!release) std::this_thread::sleep_for(milliseconds(5));
    });
  });
  ASSERT_TRUE(eventually([&] { return locked.load(); }));
  file_.db().execute("UPDATE access_version SET version = version + 1 WHERE id = 1");  // wakes a read, which waits
  std::this_thread::sleep_for(milliseconds(300));
  EXPECT_FALSE(watch_.known(kAccess).has_value());
  EXPECT_FALSE(watch_.known(kMembers).has_value());
  const auto stopping = steady_clock::now();
  listener.reset();
  EXPECT_LT(steady_clock::now() - stopping, milliseconds(1000));
  release = true;
  holder.join();
  other.reset();
}

// A server that takes the connection and never answers it: the stop does not wait for connect_timeout.
TEST(ChangeListener, AStopDoesNotWaitForAConnectionBeingMade) {
  const int silent = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  ASSERT_GE(silent, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::bind(silent, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  ASSERT_EQ(::listen(silent, 4), 0);
  socklen_t length = sizeof address;
  ASSERT_EQ(::getsockname(silent, reinterpret_cast<sockaddr*>(&address), &length), 0);
  PostgresOptions options("postgresql://samordna@127.0.0.1:" + std::to_string(ntohs(address.sin_port)) + "/s");
  options.connect_timeout = std::chrono::seconds(20);
  CounterWatch watch({"access_version"});
  auto listener = std::make_unique<PostgresChangeListener>(options, watch);
  std::this_thread::sleep_for(milliseconds(300));  // connected at TCP, waiting for the server's answer
  EXPECT_FALSE(watch.known(0).has_value());
  const auto stopping = steady_clock::now();
  listener.reset();
  EXPECT_LT(steady_clock::now() - stopping, milliseconds(1000));
  ::close(silent);
}

TEST(ChangeListener, WithoutAServerNothingIsKnownAndItStopsAtOnce) {
  PostgresOptions options("postgresql://samordna@127.0.0.1:1/samordna");
  options.connect_timeout = std::chrono::seconds(2);
  CounterWatch watch({"access_version"});
  std::vector<std::string> notes;
  std::mutex noted;
  const auto started = steady_clock::now();
  {
    PostgresChangeListener listener(options, watch, [&](const std::string& note) {
      std::lock_guard lock(noted);
      notes.push_back(note);
    });
    std::this_thread::sleep_for(milliseconds(200));
    EXPECT_FALSE(watch.known(0).has_value());
  }
  EXPECT_LT(steady_clock::now() - started, std::chrono::seconds(4));
  ASSERT_EQ(notes.size(), 1U);  // told once, not at every attempt
  EXPECT_NE(notes[0].find("counters read on each request"), std::string::npos) << notes[0];
}

}  // namespace
}  // namespace samordna::storage
