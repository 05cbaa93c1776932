#pragma once
// Looks into the server's database from a test, beside the running server, whichever backend it is on (an
// SQLite file, or PostgreSQL under make test-postgres): what a person with access to the database would see.
#include <libpq-fe.h>
#include <sqlite3.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "platform/database/postgres_database.hpp"
#include "platform/database/sqlite_database.hpp"
#include "server_process.hpp"

namespace samordna::apitest {

// A connection of the test's own to the server's database.
inline std::unique_ptr<storage::Database> connect(const ServerProcess& server) {
  if (server.postgres()) return std::make_unique<storage::PostgresDatabase>(storage::PostgresOptions{server.db_path()});
  return std::make_unique<storage::SqliteDatabase>(server.db_path());
}

// The first column of the first row as text: "(no row)" or "(null)" when there is none.
inline std::string text_of(storage::Database& db, const std::string& sql) {
  auto rows = db.query(sql, {});
  if (rows.empty()) return "(no row)";
  const auto& v = rows[0].at(0);
  if (std::holds_alternative<std::nullptr_t>(v)) return "(null)";
  if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  return std::get<std::string>(v);
}

// Drops one of the audit log's append-only triggers, as someone with write access to the database could.
inline void drop_audit_trigger(storage::Database& db, const std::string& name) {
  db.execute_script(db.dialect() == "sqlite" ? "DROP TRIGGER " + name : "DROP TRIGGER " + name + " ON audit_event");
}

// PRAGMA integrity_check of an SQLite database ("ok" when whole).
inline std::string integrity(const std::string& db_path) {
  sqlite3* db = nullptr;
  std::string result = "cannot open";
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
      result = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    }
    sqlite3_finalize(statement);
  }
  sqlite3_close(db);
  return result;
}

// The database is whole: PRAGMA integrity_check of an SQLite file; on PostgreSQL (which checks its own pages),
// every table read to its end.
inline std::string integrity(const ServerProcess& server) {
  if (!server.postgres()) return integrity(server.db_path());
  try {
    auto db = connect(server);
    for (const auto& table : storage::table_names(*db)) db->query("SELECT count(*) FROM \"" + table + "\"", {});
    return "ok";
  } catch (const std::exception& e) {
    return e.what();
  }
}

// Holds the database's write lock from another process while it lives, as a backup or a maintenance script
// would: SQLite's exclusive lock, or PostgreSQL's writer lock that every write transaction of Samordna takes.
class WriteLockHolder {
 public:
  explicit WriteLockHolder(const ServerProcess& server) {
    if (server.postgres()) {
      pg_ = PQconnectdb(server.db_path().c_str());
      const std::string lock = std::string("BEGIN; ") + storage::kPostgresWriterLock;
      PGresult* r = PQexec(pg_, lock.c_str());
      const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
      PQclear(r);
      if (!ok) throw std::runtime_error(std::string("cannot take the writer lock: ") + PQerrorMessage(pg_));
    } else {
      if (sqlite3_open(server.db_path().c_str(), &sqlite_) != SQLITE_OK ||
          sqlite3_exec(sqlite_, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        throw std::runtime_error("cannot take the exclusive lock");
      }
    }
  }
  ~WriteLockHolder() {
    if (sqlite_) sqlite3_exec(sqlite_, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(sqlite_);
    if (pg_) PQfinish(pg_);  // ends the transaction and its lock
  }
  WriteLockHolder(const WriteLockHolder&) = delete;
  WriteLockHolder& operator=(const WriteLockHolder&) = delete;

 private:
  sqlite3* sqlite_ = nullptr;
  PGconn* pg_ = nullptr;
};

}  // namespace samordna::apitest
