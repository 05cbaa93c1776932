#pragma once
// SQLite backend: WAL, synchronous=NORMAL, foreign keys, busy timeout. One writer connection behind a mutex
// (write transactions with BEGIN IMMEDIATE) and up to `readers` read-only connections, so that reads never wait
// for each other nor for a write in progress: a statement outside a transaction runs on a free reader when
// SQLite says it only reads (sqlite3_stmt_readonly), and on the writer otherwise (INSERT … RETURNING). Inside a
// write transaction every statement of that thread runs on the writer and sees the transaction's own changes;
// a read transaction holds one reader for its snapshot. Prepared statements are cached per connection by SQL
// text. One instance may be shared by the server's worker threads.
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "platform/database/database.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace samordna::storage {

class SqliteDatabase final : public Database {
 public:
  explicit SqliteDatabase(const std::string& path, int readers = 4);
  ~SqliteDatabase() override;
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  std::vector<Row> query(std::string_view sql, const std::vector<Value>& params) override;
  void each(std::string_view sql, const std::vector<Value>& params,
            const std::function<void(const Row&)>& visit) override;
  std::int64_t execute(std::string_view sql, const std::vector<Value>& params) override;
  void execute_script(std::string_view sql) override;
  void transaction(const std::function<void()>& work) override;
  void read_transaction(const std::function<void()>& work) override;
  [[nodiscard]] std::string_view dialect() const override { return "sqlite"; }

  // One connection and its prepared statements.
  struct Connection {
    sqlite3* db = nullptr;
    std::map<std::string, sqlite3_stmt*, std::less<>> statements;
    ~Connection();
  };

 private:
  std::unique_ptr<Connection> open_reader();
  Connection* lease_reader();
  void give_back(Connection* reader);
  // Begins with `begin`, runs `work`, commits; rolls back if it throws. The caller holds the writer's mutex.
  void outermost(const char* begin, const std::function<void()>& work);
  std::vector<Row> query_on_writer(std::string_view sql, const std::vector<Value>& params);
  // Runs `read` with a reader and the statement prepared on it when the statement only reads and no write
  // transaction of this thread is open: on this thread's read transaction's reader, or one leased meanwhile.
  // False, with nothing run, when the statement belongs on the writer.
  bool on_reader(std::string_view sql, const std::function<void(sqlite3*, sqlite3_stmt*)>& read);

  std::string path_;
  Connection writer_;
  std::recursive_mutex mutex_;
  int transaction_depth_ = 0;

  int reader_limit_;
  std::mutex readers_mutex_;
  std::condition_variable reader_freed_;
  std::vector<std::unique_ptr<Connection>> readers_;  // every reader opened
  std::vector<Connection*> idle_readers_;
};

// Rewrites $1..$n placeholders to SQLite's positional ?1..?n (outside quoted strings).
std::string to_sqlite_placeholders(std::string_view sql);

}  // namespace samordna::storage
