// SqliteDatabase's writer and readers on a real file: reads run beside a write transaction and see only what is
// committed; a transaction sees its own writes; statements that write go to the writer whatever they are called by.
#include "platform/database/sqlite_database.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "platform/database/testing/test_database.hpp"

namespace samordna::storage {
namespace {

class SqliteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (file_.postgres()) GTEST_SKIP() << "the SQLite backend's own tests";
    db().execute_script("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER)");
  }
  Database& db() { return file_.db(); }
  std::int64_t count() { return as_int(db().query("SELECT count(*) FROM t")[0][0]); }
  testing::TestDatabase file_;
};

TEST_F(SqliteTest, ReadsRunBesideAWriteTransactionAndSeeOnlyWhatIsCommitted) {
  std::atomic<bool> written{false}, read{false};
  std::int64_t seen_during = -1;
  std::thread writer([&] {
    db().transaction([&] {
      db().execute("INSERT INTO t (n) VALUES (1)");
      EXPECT_EQ(count(), 1);  // the transaction sees its own write
      written = true;
      while (!read) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    });
  });
  while (!written) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  const auto started = std::chrono::steady_clock::now();
  seen_during = count();  // on a reader: does not wait for the writer's mutex
  const auto waited = std::chrono::steady_clock::now() - started;
  read = true;
  writer.join();
  EXPECT_EQ(seen_during, 0);
  EXPECT_LT(waited, std::chrono::seconds(1));
  EXPECT_EQ(count(), 1);  // committed: every reader sees it now
}

TEST_F(SqliteTest, AStatementThatWritesGoesToTheWriterWhenCalledAsAQuery) {
  auto id = as_int(db().query("INSERT INTO t (n) VALUES ($1) RETURNING id", {std::int64_t(7)})[0][0]);
  EXPECT_EQ(as_int(db().query("SELECT n FROM t WHERE id = $1", {id})[0][0]), 7);
  db().read_transaction([&] {  // inside a read transaction too
    db().query("INSERT INTO t (n) VALUES (8) RETURNING id");
  });
  EXPECT_EQ(count(), 2);
}

TEST_F(SqliteTest, AReadTransactionSeesOneSnapshotWhileOthersCommit) {
  db().execute("INSERT INTO t (n) VALUES (1)");
  std::int64_t before = 0, after = 0;
  db().read_transaction([&] {
    before = count();
    std::thread([&] { db().execute("INSERT INTO t (n) VALUES (2)"); }).join();
    after = count();
  });
  EXPECT_EQ(before, 1);
  EXPECT_EQ(after, 1);
  EXPECT_EQ(count(), 2);
}

TEST_F(SqliteTest, ManyThreadsReadAndWriteWithoutLosingAWrite) {
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int w = 0; w < 6; ++w) {
    threads.emplace_back([&, w] {
      for (int i = 0; i < 50; ++i) {
        try {
          if (w % 2 == 0) {
            db().transaction([&] {
              auto last = db().query("SELECT coalesce(max(n), 0) FROM t");
              db().execute("INSERT INTO t (n) VALUES ($1)", {as_int(last[0][0]) + 1});
            });
          } else {
            count();
          }
        } catch (const std::exception&) {
          ++failures;
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(count(), 150);
  EXPECT_EQ(as_int(db().query("SELECT count(DISTINCT n) FROM t")[0][0]), 150);
}

TEST_F(SqliteTest, ReadersKeepForeignKeysAndCannotWrite) {
  EXPECT_EQ(as_int(db().query("PRAGMA foreign_keys")[0][0]), 1);
  EXPECT_THROW(db().query("SELECT * FROM no_such_table"), std::runtime_error);
  EXPECT_EQ(count(), 0);  // the reader that failed is usable again
}

}  // namespace
}  // namespace samordna::storage
