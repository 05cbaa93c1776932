#include "platform/database/postgres_database.hpp"

#include <libpq-fe.h>

#include <cctype>
#include <charconv>
#include <map>
#include <unordered_map>

namespace samordna::storage {

// One libpq connection and the statements prepared on it, keyed by SQL text and parameter types.
struct PostgresDatabase::Connection {
  PGconn* pg = nullptr;
  std::map<std::string, std::string, std::less<>> prepared;
  ~Connection() { PQfinish(pg); }
};

namespace {

constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kText = 25, kOid = 26, kNumeric = 1700;

struct ResultGuard {
  PGresult* r;
  ~ResultGuard() { PQclear(r); }
};

bool connection_lost(const PGconn* pg) { return PQstatus(pg) != CONNECTION_OK; }

// Turns a failed result into the storage error its SQLSTATE stands for.
[[noreturn]] void fail(PGconn* pg, const PGresult* r, std::string_view what) {
  const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
  std::string message = std::string(what) + ": " + (r ? PQresultErrorMessage(r) : PQerrorMessage(pg));
  while (!message.empty() && message.back() == '\n') message.pop_back();
  std::string_view code = state ? state : "";
  if (code.starts_with("23")) throw ConstraintError(message);  // integrity constraint violation
  // Lost connection (08), serialization failure or deadlock (40), too many connections or out of resources (53),
  // lock not available within lock_timeout (55P03), shutting down or cannot connect now (57P0x): may succeed
  // when tried again.
  if (connection_lost(pg) || code.starts_with("08") || code.starts_with("40") || code.starts_with("53") ||
      code == "55P03" || code.starts_with("57P")) {
    throw BusyError(message);
  }
  throw std::runtime_error(message);
}

Value column_value(const PGresult* r, int row, int column) {
  if (PQgetisnull(r, row, column)) return nullptr;
  const char* text = PQgetvalue(r, row, column);
  const auto length = std::size_t(PQgetlength(r, row, column));
  switch (PQftype(r, column)) {
    case kBool: return std::int64_t(text[0] == 't' ? 1 : 0);
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
    case kNumeric: {  // sum() of bigint is numeric: whole numbers are read as integers
      std::int64_t n = 0;
      auto [end, ec] = std::from_chars(text, text + length, n);
      if (ec == std::errc() && end == text + length) return n;
      return std::string(text, length);
    }
    default: return std::string(text, length);
  }
}

std::vector<Row> rows_of(const PGresult* r) {
  std::vector<Row> rows;
  const int n = PQntuples(r), columns = PQnfields(r);
  rows.reserve(std::size_t(n));
  for (int i = 0; i < n; ++i) {
    Row row;
    row.reserve(std::size_t(columns));
    for (int c = 0; c < columns; ++c) row.push_back(column_value(r, i, c));
    rows.push_back(std::move(row));
  }
  return rows;
}

// The connection this thread's open transaction uses, per database.
thread_local std::unordered_map<const void*, PostgresDatabase::Connection*> t_in_transaction;

}  // namespace

// A connection borrowed from the pool; given back when it goes (or dropped if it was lost).
struct PostgresDatabase::Lease {
  PostgresDatabase* owner = nullptr;
  std::unique_ptr<Connection> connection;
  Lease(PostgresDatabase* o, std::unique_ptr<Connection> c) : owner(o), connection(std::move(c)) {}
  Lease(Lease&& other) noexcept = default;
  Lease& operator=(Lease&&) = delete;
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  ~Lease() {
    if (owner && connection) owner->give_back(std::move(connection));
  }
};

namespace {

PGconn* open_connection(const PostgresOptions& options, const char* application_name, const ConnectWait& wait) {
  std::vector<const char*> keys{"dbname", "connect_timeout", "application_name"};
  const std::string timeout = std::to_string(options.connect_timeout.count());
  std::vector<const char*> values{options.conninfo.c_str(), timeout.c_str(), application_name};
  // Waits for a lock (the writer lock above all) as long as SQLite's busy timeout, then BusyError (503).
  std::string settings = "-c lock_timeout=" + std::to_string(options.wait.count());
  if (!options.search_path.empty()) settings += " -c search_path=" + options.search_path;
  keys.push_back("options");
  values.push_back(settings.c_str());
  keys.push_back(nullptr);
  values.push_back(nullptr);
  PGconn* pg = nullptr;
  if (!wait) {
    pg = PQconnectdbParams(keys.data(), values.data(), 1);
  } else if ((pg = PQconnectStartParams(keys.data(), values.data(), 1)) != nullptr && PQstatus(pg) != CONNECTION_BAD) {
    // Made step by step; `wait` watches the socket (and whatever else its caller watches) and may give up.
    auto step = PGRES_POLLING_WRITING;
    while (step != PGRES_POLLING_OK && step != PGRES_POLLING_FAILED) {
      if (!wait(PQsocket(pg), step == PGRES_POLLING_WRITING)) {
        PQfinish(pg);
        throw core::Unavailable("connecting to PostgreSQL at " + redact_password(options.conninfo) + ": given up");
      }
      step = PQconnectPoll(pg);
    }
  }
  if (pg == nullptr || PQstatus(pg) != CONNECTION_OK) {
    std::string message = pg ? PQerrorMessage(pg) : "out of memory";
    PQfinish(pg);
    while (!message.empty() && message.back() == '\n') message.pop_back();
    throw core::Unavailable("cannot connect to PostgreSQL at " + redact_password(options.conninfo) + ": " + message);
  }
  PQsetNoticeProcessor(
      pg, [](void*, const char*) {}, nullptr);  // NOTICEs of DDL are not for the log
  return pg;
}

std::unique_ptr<PostgresDatabase::Connection> connect(const PostgresOptions& options) {
  auto c = std::make_unique<PostgresDatabase::Connection>();
  c->pg = open_connection(options, "samordna", {});
  return c;
}

// Whether a statement only reads (a write outside a transaction ends there, and is told).
bool only_reads(std::string_view sql) {
  while (!sql.empty() && (sql.front() == ' ' || sql.front() == '\n' || sql.front() == '\t')) sql.remove_prefix(1);
  if (sql.size() < 6) return false;
  std::string head(sql.substr(0, 6));
  for (auto& ch : head) ch = char(std::toupper(static_cast<unsigned char>(ch)));
  return head == "SELECT";
}

// Runs one statement on `c`, prepared on first use for this SQL and these parameter types.
PGresult* run(PostgresDatabase::Connection& c, std::string_view sql, const std::vector<Value>& params) {
  std::vector<Oid> types(params.size(), 0);
  std::vector<std::string> numbers(params.size());
  std::vector<const char*> values(params.size(), nullptr);
  std::string key(sql);
  key += '\x1f';
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (const auto* n = std::get_if<std::int64_t>(&params[i])) {
      types[i] = kInt8;
      numbers[i] = std::to_string(*n);
      values[i] = numbers[i].c_str();
      key += 'i';
    } else if (const auto* s = std::get_if<std::string>(&params[i])) {
      types[i] = kText;
      values[i] = s->c_str();
      key += 't';
    } else {
      key += 'n';  // NULL: its type is inferred from where it is used
    }
  }
  auto found = c.prepared.find(key);
  if (found == c.prepared.end()) {
    std::string name = "s" + std::to_string(c.prepared.size() + 1);
    const std::string text(sql);
    ResultGuard prepared{PQprepare(c.pg, name.c_str(), text.c_str(), int(params.size()), types.data())};
    if (PQresultStatus(prepared.r) != PGRES_COMMAND_OK) fail(c.pg, prepared.r, "prepare");
    found = c.prepared.emplace(std::move(key), std::move(name)).first;
  }
  PGresult* r = PQexecPrepared(c.pg, found->second.c_str(), int(params.size()), values.data(), nullptr, nullptr, 0);
  const auto status = PQresultStatus(r);
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    ResultGuard failed{r};
    fail(c.pg, r, "query");
  }
  return r;
}

void run_plain(PostgresDatabase::Connection& c, const char* sql) {
  ResultGuard r{PQexec(c.pg, sql)};
  if (PQresultStatus(r.r) != PGRES_COMMAND_OK && PQresultStatus(r.r) != PGRES_TUPLES_OK) fail(c.pg, r.r, "script");
}

}  // namespace

pg_conn* open_postgres_connection(const PostgresOptions& options, const char* application_name,
                                  const ConnectWait& wait) {
  return open_connection(options, application_name, wait);
}

bool is_postgres_uri(std::string_view location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string redact_password(std::string_view location) {
  if (!is_postgres_uri(location)) return std::string(location);
  const auto scheme_end = location.find("://") + 3;
  const auto at = location.find('@', scheme_end);
  if (at == std::string_view::npos) return std::string(location);
  const auto colon = location.find(':', scheme_end);
  if (colon == std::string_view::npos || colon > at) return std::string(location);
  return std::string(location.substr(0, colon)) + ":***" + std::string(location.substr(at));
}

PostgresDatabase::PostgresDatabase(PostgresOptions options) : options_(std::move(options)) {
  if (options_.pool_size < 1) options_.pool_size = 1;
  if (!options_.connect_at_start) return;
  idle_.push_back(connect(options_));
  open_ = 1;
}

PostgresDatabase::~PostgresDatabase() = default;

PostgresDatabase::Lease PostgresDatabase::lease() {
  std::unique_lock lock(mutex_);
  const auto deadline = std::chrono::steady_clock::now() + options_.wait;
  while (idle_.empty() && open_ >= options_.pool_size) {
    if (freed_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() && open_ >= options_.pool_size) {
      throw BusyError("no free PostgreSQL connection within " + std::to_string(options_.wait.count()) + " ms");
    }
  }
  if (!idle_.empty()) {
    auto c = std::move(idle_.back());
    idle_.pop_back();
    lock.unlock();
    if (connection_lost(c->pg)) {  // the server restarted or the network dropped: try once to reconnect
      PQreset(c->pg);
      c->prepared.clear();
      if (connection_lost(c->pg)) {
        std::string message = PQerrorMessage(c->pg);
        give_back(nullptr);
        throw BusyError("PostgreSQL connection lost: " + message);
      }
    }
    return Lease(this, std::move(c));
  }
  ++open_;
  lock.unlock();
  try {
    return Lease(this, connect(options_));
  } catch (...) {
    give_back(nullptr);
    throw;
  }
}

void PostgresDatabase::give_back(std::unique_ptr<Connection> connection) {
  {
    std::lock_guard lock(mutex_);
    if (connection && !connection_lost(connection->pg) && PQtransactionStatus(connection->pg) == PQTRANS_IDLE) {
      idle_.push_back(std::move(connection));
    } else {
      --open_;  // lost or left inside a transaction: closed, a new one is opened when needed
    }
  }
  freed_.notify_one();
}

std::vector<Row> PostgresDatabase::query(std::string_view sql, const std::vector<Value>& params) {
  if (auto it = t_in_transaction.find(this); it != t_in_transaction.end()) {
    ResultGuard r{run(*it->second, sql, params)};
    return rows_of(r.r);
  }
  auto held = lease();
  const WroteAfter told(this, !only_reads(sql));
  ResultGuard r{run(*held.connection, sql, params)};
  return rows_of(r.r);
}

void PostgresDatabase::each(std::string_view sql, const std::vector<Value>& params,
                            const std::function<void(const Row&)>& visit) {
  // The result arrives whole (libpq); what is saved is a Row for each of its rows.
  const auto visit_result = [&visit](const PGresult* r) {
    const int n = PQntuples(r);
    const int columns = PQnfields(r);
    Row row(static_cast<std::size_t>(columns));
    for (int i = 0; i < n; ++i) {
      for (int c = 0; c < columns; ++c) row[std::size_t(c)] = column_value(r, i, c);
      visit(row);
    }
  };
  if (auto it = t_in_transaction.find(this); it != t_in_transaction.end()) {
    ResultGuard r{run(*it->second, sql, params)};
    visit_result(r.r);
    return;
  }
  auto held = lease();
  const WroteAfter told(this, !only_reads(sql));
  ResultGuard r{run(*held.connection, sql, params)};
  visit_result(r.r);
}

std::int64_t PostgresDatabase::execute(std::string_view sql, const std::vector<Value>& params) {
  auto changed = [](const PGresult* r) {
    std::string_view n = PQcmdTuples(const_cast<PGresult*>(r));
    std::int64_t count = 0;
    std::from_chars(n.data(), n.data() + n.size(), count);
    return count;
  };
  if (auto it = t_in_transaction.find(this); it != t_in_transaction.end()) {
    ResultGuard r{run(*it->second, sql, params)};
    return changed(r.r);
  }
  auto held = lease();
  const WroteAfter told(this, true);
  ResultGuard r{run(*held.connection, sql, params)};
  return changed(r.r);
}

void PostgresDatabase::execute_script(std::string_view sql) {
  const std::string script(sql);
  if (auto it = t_in_transaction.find(this); it != t_in_transaction.end()) {
    run_plain(*it->second, script.c_str());
    return;
  }
  auto held = lease();
  const WroteAfter told(this, true);
  run_plain(*held.connection, script.c_str());
}

void PostgresDatabase::transaction(const std::function<void()>& work) {
  if (t_in_transaction.contains(this)) {  // nested: joins the outer transaction
    work();
    return;
  }
  outermost("BEGIN", work);
}

void PostgresDatabase::read_transaction(const std::function<void()>& work) {
  if (t_in_transaction.contains(this)) {
    work();
    return;
  }
  outermost("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", work);
}

void PostgresDatabase::outermost(const char* begin, const std::function<void()>& work) {
  auto held = lease();
  Connection& c = *held.connection;
  const bool writes = std::string_view(begin) == "BEGIN";
  run_plain(c, begin);
  t_in_transaction[this] = &c;
  try {
    if (writes) run_plain(c, kPostgresWriterLock);
    work();
    run_plain(c, "COMMIT");
  } catch (...) {
    t_in_transaction.erase(this);
    if (!connection_lost(c.pg)) {
      ResultGuard r{PQexec(c.pg, "ROLLBACK")};
    }
    if (writes) wrote();  // a COMMIT that failed on the way may still have been made
    throw;
  }
  t_in_transaction.erase(this);
  if (writes) wrote();
}

}  // namespace samordna::storage
