#include "platform/database/sqlite_database.hpp"

#include <sqlite3.h>

#include <chrono>
#include <unordered_map>
#include <unordered_set>

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
using Connection = SqliteDatabase::Connection;

// The databases this thread is inside a write transaction of, and the reader its read transaction holds.
thread_local std::unordered_set<const void*> t_writing;
thread_local std::unordered_map<const void*, Connection*> t_reading;

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view what) {
  std::string message = std::string(what) + ": " + sqlite3_errmsg(db);
  if ((rc & 0xff) == SQLITE_CONSTRAINT) throw ConstraintError(message);
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) throw BusyError(message);
  throw std::runtime_error(message);
}

void run_script(sqlite3* db, std::string_view sql) {
  std::string script(sql);
  char* error = nullptr;
  int rc = sqlite3_exec(db, script.c_str(), nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) throw BusyError("script failed: " + message);
    throw std::runtime_error("script failed: " + message);
  }
}

sqlite3* open_connection(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    throw std::runtime_error("cannot open database " + path + ": " + message);
  }
  sqlite3_extended_result_codes(db, 1);
  return db;
}

sqlite3_stmt* prepare(Connection& c, std::string_view sql) {
  if (auto it = c.statements.find(sql); it != c.statements.end()) return it->second;
  std::string translated = to_sqlite_placeholders(sql);
  sqlite3_stmt* stmt = nullptr;
  int rc =
      sqlite3_prepare_v3(c.db, translated.c_str(), int(translated.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) fail(c.db, rc, "prepare");
  c.statements.emplace(std::string(sql), stmt);
  return stmt;
}

void bind(sqlite3* db, sqlite3_stmt* stmt, const std::vector<Value>& params) {
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
    if (rc != SQLITE_OK) fail(db, rc, "bind");
  }
}

// Steps through the statement's rows, each read into `row` (its texts' room reused) and handed to `take`.
template <class Take>
void step_rows(sqlite3* db, sqlite3_stmt* stmt, const std::vector<Value>& params, Row& row, Take take) {
  StatementReset reset{stmt};
  bind(db, stmt, params);
  int rc = 0;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    const auto columns = std::size_t(sqlite3_column_count(stmt));
    row.resize(columns);
    for (std::size_t c = 0; c < columns; ++c) {
      const int i = int(c);
      switch (sqlite3_column_type(stmt, i)) {
        case SQLITE_NULL: row[c] = nullptr; break;
        case SQLITE_INTEGER: row[c] = std::int64_t(sqlite3_column_int64(stmt, i)); break;
        default: {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
          const auto size = std::size_t(sqlite3_column_bytes(stmt, i));
          if (auto* kept = std::get_if<std::string>(&row[c])) {
            kept->assign(text, size);
          } else {
            row[c].emplace<std::string>(text, size);
          }
        }
      }
    }
    take(row);
  }
  if (rc != SQLITE_DONE) fail(db, rc, "query");
}

std::vector<Row> rows_of(sqlite3* db, sqlite3_stmt* stmt, const std::vector<Value>& params) {
  std::vector<Row> rows;
  Row row;
  step_rows(db, stmt, params, row, [&rows](Row& r) { rows.push_back(std::move(r)); });
  return rows;
}

void visit_rows(sqlite3* db, sqlite3_stmt* stmt, const std::vector<Value>& params,
                const std::function<void(const Row&)>& visit) {
  Row row;
  step_rows(db, stmt, params, row, [&visit](const Row& r) { visit(r); });
}

constexpr const char* kPragmas = "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";

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

SqliteDatabase::Connection::~Connection() {
  for (auto& [sql, stmt] : statements) sqlite3_finalize(stmt);
  sqlite3_close(db);
}

SqliteDatabase::SqliteDatabase(const std::string& path, int readers) : path_(path), reader_limit_(readers) {
  writer_.db = open_connection(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  run_script(writer_.db, std::string("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; ") + kPragmas);
}

SqliteDatabase::~SqliteDatabase() = default;

std::unique_ptr<Connection> SqliteDatabase::open_reader() {
  auto reader = std::make_unique<Connection>();
  reader->db = open_connection(path_, SQLITE_OPEN_READWRITE);
  run_script(reader->db, std::string(kPragmas) + " PRAGMA query_only=1;");
  return reader;
}

Connection* SqliteDatabase::lease_reader() {
  std::unique_lock lock(readers_mutex_);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (idle_readers_.empty()) {
    if (int(readers_.size()) < reader_limit_) {
      readers_.push_back(open_reader());
      return readers_.back().get();
    }
    if (reader_freed_.wait_until(lock, deadline) == std::cv_status::timeout && idle_readers_.empty()) {
      throw BusyError("no free database reader within 5 s");
    }
  }
  Connection* reader = idle_readers_.back();
  idle_readers_.pop_back();
  return reader;
}

void SqliteDatabase::give_back(Connection* reader) {
  {
    std::lock_guard lock(readers_mutex_);
    idle_readers_.push_back(reader);
  }
  reader_freed_.notify_one();
}

std::vector<Row> SqliteDatabase::query_on_writer(std::string_view sql, const std::vector<Value>& params) {
  std::lock_guard lock(mutex_);
  return rows_of(writer_.db, prepare(writer_, sql), params);
}

bool SqliteDatabase::on_reader(std::string_view sql, const std::function<void(sqlite3*, sqlite3_stmt*)>& read) {
  if (reader_limit_ < 1 || t_writing.contains(this)) return false;
  if (auto held = t_reading.find(this); held != t_reading.end()) {
    sqlite3_stmt* stmt = prepare(*held->second, sql);
    if (!sqlite3_stmt_readonly(stmt)) return false;
    read(held->second->db, stmt);
    return true;
  }
  Connection* reader = lease_reader();
  struct GiveBack {
    SqliteDatabase* owner;
    Connection* reader;
    ~GiveBack() { owner->give_back(reader); }
  } give_back_when_done{this, reader};
  sqlite3_stmt* stmt = prepare(*reader, sql);
  if (!sqlite3_stmt_readonly(stmt)) return false;  // INSERT … RETURNING and the like
  read(reader->db, stmt);
  return true;
}

std::vector<Row> SqliteDatabase::query(std::string_view sql, const std::vector<Value>& params) {
  std::vector<Row> rows;
  if (on_reader(sql, [&](sqlite3* db, sqlite3_stmt* stmt) { rows = rows_of(db, stmt, params); })) return rows;
  return query_on_writer(sql, params);
}

void SqliteDatabase::each(std::string_view sql, const std::vector<Value>& params,
                          const std::function<void(const Row&)>& visit) {
  if (on_reader(sql, [&](sqlite3* db, sqlite3_stmt* stmt) { visit_rows(db, stmt, params, visit); })) return;
  std::lock_guard lock(mutex_);
  visit_rows(writer_.db, prepare(writer_, sql), params, visit);
}

std::int64_t SqliteDatabase::execute(std::string_view sql, const std::vector<Value>& params) {
  std::lock_guard lock(mutex_);
  sqlite3_stmt* stmt = prepare(writer_, sql);
  StatementReset reset{stmt};
  bind(writer_.db, stmt, params);
  int rc = 0;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
  }
  if (rc != SQLITE_DONE) fail(writer_.db, rc, "execute");
  return sqlite3_changes64(writer_.db);
}

void SqliteDatabase::execute_script(std::string_view sql) {
  std::lock_guard lock(mutex_);
  run_script(writer_.db, sql);
}

void SqliteDatabase::read_transaction(const std::function<void()>& work) {
  if (reader_limit_ < 1 || t_writing.contains(this) || t_reading.contains(this)) {  // consistent already
    work();
    return;
  }
  Connection* reader = lease_reader();
  t_reading[this] = reader;
  try {
    run_script(reader->db, "BEGIN DEFERRED");  // the first read fixes the snapshot (WAL)
    work();
    run_script(reader->db, "COMMIT");
  } catch (...) {
    sqlite3_exec(reader->db, "ROLLBACK", nullptr, nullptr, nullptr);
    t_reading.erase(this);
    give_back(reader);
    throw;
  }
  t_reading.erase(this);
  give_back(reader);
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
  t_writing.insert(this);
  try {
    work();
    execute("COMMIT", {});
  } catch (...) {
    transaction_depth_ = 0;
    t_writing.erase(this);
    sqlite3_exec(writer_.db, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
  transaction_depth_ = 0;
  t_writing.erase(this);
}

}  // namespace samordna::storage
