#include "platform/database/sqlite_database.hpp"

#include <sqlite3.h>

namespace samordna::storage {
namespace {
// Resets a statement when a call leaves, however it leaves.
struct StatementReset {
  sqlite3_stmt* stmt;
  ~StatementReset() {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  }
};
}  // namespace

std::string to_sqlite_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  char quote = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '$' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      c = '?';
    }
    out += c;
  }
  return out;
}

SqliteDatabase::SqliteDatabase(const std::string& path) {
  int rc =
      sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw std::runtime_error("cannot open database " + path + ": " + message);
  }
  sqlite3_extended_result_codes(db_, 1);
  execute_script(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");
}

SqliteDatabase::~SqliteDatabase() {
  for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  sqlite3_close(db_);
}

void SqliteDatabase::fail(int rc, std::string_view what) {
  std::string message = std::string(what) + ": " + sqlite3_errmsg(db_);
  if ((rc & 0xff) == SQLITE_CONSTRAINT) throw ConstraintError(message);
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) throw BusyError(message);
  throw std::runtime_error(message);
}

sqlite3_stmt* SqliteDatabase::prepare(std::string_view sql) {
  if (auto it = statements_.find(sql); it != statements_.end()) return it->second;
  std::string translated = to_sqlite_placeholders(sql);
  sqlite3_stmt* stmt = nullptr;
  int rc =
      sqlite3_prepare_v3(db_, translated.c_str(), int(translated.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) fail(rc, "prepare");
  statements_.emplace(std::string(sql), stmt);
  return stmt;
}

void SqliteDatabase::bind(sqlite3_stmt* stmt, const std::vector<Value>& params) {
  for (std::size_t i = 0; i < params.size(); ++i) {
    int index = int(i) + 1;
    int rc = SQLITE_OK;
    if (const auto* n = std::get_if<std::int64_t>(&params[i])) {
      rc = sqlite3_bind_int64(stmt, index, *n);
    } else if (const auto* s = std::get_if<std::string>(&params[i])) {
      rc = sqlite3_bind_text(stmt, index, s->data(), int(s->size()), SQLITE_TRANSIENT);
    } else {
      rc = sqlite3_bind_null(stmt, index);
    }
    if (rc != SQLITE_OK) fail(rc, "bind");
  }
}

std::vector<Row> SqliteDatabase::query(std::string_view sql, const std::vector<Value>& params) {
  std::lock_guard lock(mutex_);
  sqlite3_stmt* stmt = prepare(sql);
  StatementReset reset{stmt};
  bind(stmt, params);
  std::vector<Row> rows;
  int rc = 0;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    int columns = sqlite3_column_count(stmt);
    Row row;
    row.reserve(std::size_t(columns));
    for (int c = 0; c < columns; ++c) {
      switch (sqlite3_column_type(stmt, c)) {
        case SQLITE_NULL: row.emplace_back(nullptr); break;
        case SQLITE_INTEGER: row.emplace_back(std::int64_t(sqlite3_column_int64(stmt, c))); break;
        default: {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
          row.emplace_back(std::string(text, std::size_t(sqlite3_column_bytes(stmt, c))));
        }
      }
    }
    rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) fail(rc, "query");
  return rows;
}

std::int64_t SqliteDatabase::execute(std::string_view sql, const std::vector<Value>& params) {
  std::lock_guard lock(mutex_);
  sqlite3_stmt* stmt = prepare(sql);
  StatementReset reset{stmt};
  bind(stmt, params);
  int rc = 0;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
  }
  if (rc != SQLITE_DONE) fail(rc, "execute");
  return sqlite3_changes64(db_);
}

void SqliteDatabase::execute_script(std::string_view sql) {
  std::lock_guard lock(mutex_);
  std::string script(sql);
  char* error = nullptr;
  int rc = sqlite3_exec(db_, script.c_str(), nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    throw std::runtime_error("script failed: " + message);
  }
}

void SqliteDatabase::read_transaction(const std::function<void()>& work) {
  std::lock_guard lock(mutex_);
  if (transaction_depth_ > 0) {  // inside a transaction: its reads are consistent already
    work();
    return;
  }
  outermost("BEGIN DEFERRED", work);  // the first read fixes the snapshot (WAL)
}

void SqliteDatabase::transaction(const std::function<void()>& work) {
  std::lock_guard lock(mutex_);
  if (transaction_depth_ > 0) {
    ++transaction_depth_;
    try {
      work();
    } catch (...) {
      --transaction_depth_;
      throw;
    }
    --transaction_depth_;
    return;
  }
  outermost("BEGIN IMMEDIATE", work);
}

void SqliteDatabase::outermost(const char* begin, const std::function<void()>& work) {
  execute(begin, {});
  transaction_depth_ = 1;
  try {
    work();
    execute("COMMIT", {});
  } catch (...) {
    transaction_depth_ = 0;
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
  transaction_depth_ = 0;
}

}  // namespace samordna::storage
