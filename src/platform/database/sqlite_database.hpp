#pragma once
// SQLite backend: one connection with WAL, synchronous=NORMAL, foreign keys, busy timeout; write
// transactions with BEGIN IMMEDIATE; prepared statements cached by SQL text. Calls are serialised by a
// mutex, so one instance may be shared by the server's worker threads.
#include <map>
#include <mutex>
#include <string>

#include "platform/database/database.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace samordna::storage {

class SqliteDatabase final : public Database {
 public:
  explicit SqliteDatabase(const std::string& path);
  ~SqliteDatabase() override;
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  std::vector<Row> query(std::string_view sql, const std::vector<Value>& params) override;
  std::int64_t execute(std::string_view sql, const std::vector<Value>& params) override;
  void execute_script(std::string_view sql) override;
  void transaction(const std::function<void()>& work) override;
  void read_transaction(const std::function<void()>& work) override;
  [[nodiscard]] std::string_view dialect() const override { return "sqlite"; }

 private:
  // Begins with `begin`, runs `work`, commits; rolls back if it throws. The caller holds the mutex.
  void outermost(const char* begin, const std::function<void()>& work);
  sqlite3_stmt* prepare(std::string_view sql);
  void bind(sqlite3_stmt* stmt, const std::vector<Value>& params);
  [[noreturn]] void fail(int rc, std::string_view what);

  sqlite3* db_ = nullptr;
  std::recursive_mutex mutex_;
  int transaction_depth_ = 0;
  std::map<std::string, sqlite3_stmt*, std::less<>> statements_;
};

// Rewrites $1..$n placeholders to SQLite's positional ?1..?n (outside quoted strings).
std::string to_sqlite_placeholders(std::string_view sql);

}  // namespace samordna::storage
