// ReplicaDatabase's choice of source, over two stand-in databases: the replica while it answers and keeps up,
// the primary when it fails or lags (said once per change), writes always on the primary.
#include "platform/database/replica_database.hpp"

#include <gtest/gtest.h>

namespace samordna::storage {
namespace {

// Answers every query with its own name; fails with BusyError while `down`.
class NamedDatabase final : public Database {
 public:
  explicit NamedDatabase(std::string name) : name_(std::move(name)) {}
  std::vector<Row> query(std::string_view, const std::vector<Value>&) override {
    if (down) throw BusyError(name_ + " is down");
    return {{name_}};
  }
  std::int64_t execute(std::string_view, const std::vector<Value>&) override {
    ++writes;
    return 1;
  }
  void execute_script(std::string_view) override { ++writes; }
  void transaction(const std::function<void()>& work) override { work(); }
  void read_transaction(const std::function<void()>& work) override {
    ++snapshots;
    work();
  }
  [[nodiscard]] std::string_view dialect() const override { return "postgresql"; }
  bool down = false;
  int writes = 0;
  int snapshots = 0;

 private:
  std::string name_;
};

class ReplicaTest : public ::testing::Test {
 protected:
  ReplicaTest() {
    auto r = std::make_unique<NamedDatabase>("replica");
    replica_ = r.get();
    db_ = std::make_unique<ReplicaDatabase>(
        primary_, std::move(r), std::chrono::seconds(30), [this](const std::string& n) { notes_.push_back(n); },
        [this](Database&) { return lag_; });
  }
  std::string source() { return as_text(db_->query("SELECT 1", {}).at(0).at(0)); }

  NamedDatabase primary_{"primary"};
  NamedDatabase* replica_ = nullptr;
  std::optional<std::int64_t> lag_ = 0;
  std::vector<std::string> notes_;
  std::unique_ptr<ReplicaDatabase> db_;
};

TEST_F(ReplicaTest, ReadsGoToTheReplicaAndWritesToThePrimary) {
  EXPECT_EQ(source(), "replica");
  db_->execute("INSERT …", {});
  db_->transaction([&] { db_->execute("UPDATE …", {}); });
  EXPECT_EQ(primary_.writes, 2);
  EXPECT_EQ(replica_->writes, 0);
  EXPECT_TRUE(notes_.empty());
}

TEST_F(ReplicaTest, AFailingReplicaFallsBackToThePrimaryAndSaysSoOnce) {
  replica_->down = true;
  EXPECT_EQ(source(), "primary");  // the read that met the failure is answered all the same
  EXPECT_EQ(source(), "primary");
  ASSERT_EQ(notes_.size(), 1U);
  EXPECT_NE(notes_[0].find("replica failed"), std::string::npos) << notes_[0];
}

TEST_F(ReplicaTest, AReplicaThatLagsOrCannotBeAskedIsNotUsed) {
  lag_ = 31;
  EXPECT_EQ(source(), "primary");
  ASSERT_EQ(notes_.size(), 1U);
  EXPECT_NE(notes_[0].find("lags 31 s"), std::string::npos) << notes_[0];
}

TEST_F(ReplicaTest, AReadTransactionKeepsToOneSource) {
  db_->read_transaction([&] {
    EXPECT_EQ(source(), "replica");
    EXPECT_EQ(source(), "replica");
  });
  EXPECT_EQ(replica_->snapshots, 1);
  EXPECT_EQ(primary_.snapshots, 0);
}

}  // namespace
}  // namespace samordna::storage
