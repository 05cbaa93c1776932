#pragma once
// PostgreSQL backend over libpq: a pool of connections shared by the server's worker threads. A transaction
// keeps one connection for its thread until it ends; a statement outside a transaction borrows one for itself.
// Statements are prepared once per connection and parameter types. Write transactions take one advisory lock
// first, so writes are serialised as with SQLite's single writer (the audit chain and the checks made before a
// write rely on it) while reads run in parallel.
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "platform/database/database.hpp"

struct pg_conn;  // libpq's PGconn

namespace samordna::storage {

// The advisory lock every write transaction takes first: one per schema (an installation), its key the schema's
// name hashed with a seed ("samordna" in ASCII, cut to 63 bits).
inline constexpr const char* kPostgresWriterLock =
    "SELECT pg_advisory_xact_lock(hashtextextended(current_schema(), 7161132458466735457))";

struct PostgresOptions {
  PostgresOptions() = default;
  explicit PostgresOptions(std::string uri) : conninfo(std::move(uri)) {}
  std::string conninfo;                     // postgresql://user@host:port/db or key=value pairs
  std::string search_path;                  // empty: the server's default (tests use one schema each)
  int pool_size = 8;                        // connections opened at most
  std::chrono::milliseconds wait{5000};     // for a free connection before BusyError (503)
  std::chrono::seconds connect_timeout{5};  // per connection attempt
  bool connect_at_start = true;             // false: the first statement connects (a replica may be down at start)
};

class PostgresDatabase final : public Database {
 public:
  // Opens the first connection; throws core::Unavailable when the server cannot be reached.
  explicit PostgresDatabase(PostgresOptions options);
  ~PostgresDatabase() override;
  PostgresDatabase(const PostgresDatabase&) = delete;
  PostgresDatabase& operator=(const PostgresDatabase&) = delete;

  std::vector<Row> query(std::string_view sql, const std::vector<Value>& params) override;
  void each(std::string_view sql, const std::vector<Value>& params,
            const std::function<void(const Row&)>& visit) override;
  std::int64_t execute(std::string_view sql, const std::vector<Value>& params) override;
  void execute_script(std::string_view sql) override;
  void transaction(const std::function<void()>& work) override;
  void read_transaction(const std::function<void()>& work) override;
  [[nodiscard]] std::string_view dialect() const override { return "postgresql"; }
  [[nodiscard]] const PostgresOptions& options() const { return options_; }
  // Called after every write this object makes has ended (a write transaction committed or rolled back, a
  // statement other than SELECT outside a transaction): counter_watch.hpp. Set once, before use.
  void after_writes(std::function<void()> written) { written_ = std::move(written); }

  struct Connection;

 private:
  struct Lease;
  Lease lease();
  void give_back(std::unique_ptr<Connection> connection);
  void outermost(const char* begin, const std::function<void()>& work);

  void wrote() const {
    if (written_) written_();
  }
  // Tells of a write outside a transaction when it ends, also when it failed (it may have been made before the
  // connection failed).
  struct WroteAfter {
    const PostgresDatabase* db;
    bool writes;
    WroteAfter(const PostgresDatabase* d, bool w) : db(d), writes(w) {}
    ~WroteAfter() {
      if (writes) db->wrote();
    }
    WroteAfter(const WroteAfter&) = delete;
    WroteAfter& operator=(const WroteAfter&) = delete;
  };

  PostgresOptions options_;
  std::function<void()> written_;
  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<Connection>> idle_;
  int open_ = 0;
};

// Waits until a connection being made may go on: its socket readable (or writable when `writing`); false gives up.
using ConnectWait = std::function<bool(int socket, bool writing)>;

// A connection of its own with the options' settings (search path, lock timeout), as the pool's have, for work
// apart from it (postgres_change_listener.hpp). The caller closes it (PQfinish). Throws core::Unavailable. With
// `wait`, the connection is made step by step and `wait` keeps the time (libpq's connect_timeout is not applied).
pg_conn* open_postgres_connection(const PostgresOptions& options, const char* application_name = "samordna",
                                  const ConnectWait& wait = {});

// "postgresql://…" or "postgres://…": a PostgreSQL connection URI rather than an SQLite file.
bool is_postgres_uri(std::string_view location);
// The URI without its password (for logs and messages).
std::string redact_password(std::string_view location);

}  // namespace samordna::storage
