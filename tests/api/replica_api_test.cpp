// A streaming replica for reads (make test-postgres starts one: scripts/postgres.sh run --replica): statistics
// are read from the hot standby while writes go to the primary; a replica that lags too much, or cannot be
// reached, is passed over for the primary, and the server says so in its log.
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <thread>

#include "api_fixture.hpp"
#include "database_check.hpp"

namespace samordna::apitest {
namespace {

const std::string kSeed = "?rows=insats&columns=gender&from=2017-01-01&to=2020-03-14&filter.kommun=1489";

std::string read_log(const ServerProcess& server) {
  std::ifstream in(server.log_path());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class Replica : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* replica = std::getenv("SAMORDNA_TEST_POSTGRES_REPLICA");
    if (!replica || !*replica) GTEST_SKIP() << "no replica (make test-postgres starts one)";
    server_ = std::make_unique<ServerProcess>();
    const std::string base(replica);
    const std::string& db = server_->db_path();
    replica_db_ = base.substr(0, base.rfind('/') + 1) + db.substr(db.rfind('/') + 1);
    // The new database reaches the standby by replication.
    for (int i = 0; i < 100 && !replica_; ++i) {
      try {
        replica_ = std::make_unique<storage::PostgresDatabase>(storage::PostgresOptions{replica_db_});
      } catch (const std::exception&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
    }
    ASSERT_TRUE(replica_) << "the replica never had " << replica_db_;
    primary_ = connect(*server_);
  }
  void TearDown() override {
    if (replica_) replica_->query("SELECT pg_wal_replay_resume()", {});
  }
  std::string statistics(const std::string& cookie) {
    RecordingClient c("127.0.0.1", server_->port());
    auto r = c.Get("/api/v1/associations/1/statistics" + kSeed, {{"Cookie", cookie}});
    EXPECT_TRUE(r);
    if (!r) return "";
    EXPECT_EQ(r->status, 200) << r->body;
    return r->body;
  }
  std::string login(const std::string& user) {
    RecordingClient c("127.0.0.1", server_->port());
    auto r = c.Post("/api/v1/session", json{{"username", user}, {"password", server_->admin_password()}}.dump(),
                    "application/json");
    EXPECT_EQ(r->status, 200);
    const auto cookie = r->get_header_value("Set-Cookie");
    csrf_ = json::parse(r->body)["csrfToken"].get<std::string>();
    return cookie.substr(0, cookie.find(';'));
  }
  void flip_genders() {
    primary_->execute("UPDATE participation SET gender = CASE gender WHEN 'woman' THEN 'man' ELSE 'woman' END", {});
  }
  std::unique_ptr<ServerProcess> server_;
  std::unique_ptr<storage::Database> primary_;
  std::unique_ptr<storage::PostgresDatabase> replica_;
  std::string replica_db_;
  std::string csrf_;
};

TEST_F(Replica, StatisticsAreReadFromTheReplicaAndWritesGoToThePrimary) {
  server_->restart_with({"SAMORDNA_READ_DB=" + replica_db_});
  const auto cookie = login("koordinator");
  const std::string before = statistics(cookie);
  replica_->query("SELECT pg_wal_replay_pause()", {});
  flip_genders();  // on the primary only, while the replica stands still
  EXPECT_EQ(statistics(cookie), before) << "the figures come from the replica, which has not seen the change";
  const auto chef = login("forbundschef");  // who may add target groups (login() keeps the CSRF token)
  RecordingClient c("127.0.0.1", server_->port());
  auto write = c.Post("/api/v1/associations/1/target-groups", {{"Cookie", chef}, {"X-CSRF-Token", csrf_}},
                      json{{"name", "Medan repliken står still"}}.dump(), "application/json");
  ASSERT_TRUE(write);
  EXPECT_EQ(write->status, 201) << write->body;  // a write never reaches the read-only standby
  replica_->query("SELECT pg_wal_replay_resume()", {});
  bool caught_up = false;
  for (int i = 0; i < 50 && !caught_up; ++i) {
    caught_up = statistics(cookie) != before;
    if (!caught_up) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_TRUE(caught_up) << "the replica caught up with the change";
  EXPECT_EQ(read_log(*server_).find("reading from the primary"), std::string::npos) << read_log(*server_);
}

TEST_F(Replica, AReplicaThatLagsIsPassedOverForThePrimary) {
  server_->restart_with({"SAMORDNA_READ_DB=" + replica_db_, "SAMORDNA_READ_DB_MAX_LAG=1"});
  const auto cookie = login("koordinator");
  const std::string before = statistics(cookie);
  replica_->query("SELECT pg_wal_replay_pause()", {});
  flip_genders();
  std::this_thread::sleep_for(std::chrono::milliseconds(3500));  // the replica is now more than 1 s behind
  EXPECT_NE(statistics(cookie), before) << "read from the primary, which has the change";
  EXPECT_NE(read_log(*server_).find("the replica lags"), std::string::npos) << read_log(*server_);
}

TEST_F(Replica, AReplicaThatIsDownIsPassedOverForThePrimary) {
  const auto cookie = login("koordinator");
  const std::string from_primary = statistics(cookie);
  server_->restart_with({"SAMORDNA_READ_DB=postgresql://samordna@127.0.0.1:1/none"});
  const auto again = login("koordinator");
  EXPECT_EQ(statistics(again), from_primary);
  EXPECT_NE(read_log(*server_).find("cannot be reached"), std::string::npos) << read_log(*server_);
}

}  // namespace
}  // namespace samordna::apitest
