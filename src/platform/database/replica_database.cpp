#include "platform/database/replica_database.hpp"

#include <unordered_map>

namespace samordna::storage {
namespace {
constexpr auto kCheckEvery = std::chrono::seconds(2);
// The source this thread's read transaction reads from, per ReplicaDatabase: its statements stay on it.
thread_local std::unordered_map<const void*, Database*> t_pinned;
}  // namespace

std::optional<std::int64_t> postgres_replica_lag(Database& replica) {
  try {
    auto rows = replica.query(
        "SELECT CASE WHEN NOT pg_is_in_recovery() THEN -1 WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() "
        "THEN 0 ELSE coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp())::bigint, 0) END",
        {});
    const auto lag = as_int(rows.at(0).at(0));
    if (lag < 0) return std::nullopt;  // not a standby: not a replica of anything
    return lag;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

ReplicaDatabase::ReplicaDatabase(Database& primary, std::unique_ptr<Database> replica, std::chrono::seconds max_lag,
                                 std::function<void(const std::string&)> note, LagProbe probe)
    : primary_(primary),
      replica_(std::move(replica)),
      max_lag_(max_lag),
      note_(std::move(note)),
      probe_(probe ? std::move(probe) : LagProbe(postgres_replica_lag)) {}

void ReplicaDatabase::use_replica(bool yes, const std::string& why) {
  // The caller holds mutex_.
  if (yes != in_use_ && note_) note_(yes ? "read_db: reading from the replica again" : "read_db: " + why);
  in_use_ = yes;
  next_check_ = std::chrono::steady_clock::now() + kCheckEvery;
}

bool ReplicaDatabase::replica_in_use() {
  std::lock_guard lock(mutex_);
  if (std::chrono::steady_clock::now() < next_check_) return in_use_;
  const auto lag = probe_(*replica_);
  if (!lag) {
    use_replica(false, "the replica cannot be reached or is no standby; reading from the primary");
  } else if (*lag > max_lag_.count()) {
    use_replica(false, "the replica lags " + std::to_string(*lag) + " s (more than " +
                           std::to_string(max_lag_.count()) + " s); reading from the primary");
  } else {
    use_replica(true, "");
  }
  return in_use_;
}

std::vector<Row> ReplicaDatabase::query(std::string_view sql, const std::vector<Value>& params) {
  if (auto pinned = t_pinned.find(this); pinned != t_pinned.end()) return pinned->second->query(sql, params);
  if (replica_in_use()) {
    try {
      return replica_->query(sql, params);
    } catch (const core::Unavailable& e) {  // lost or overloaded: this read and the next few go to the primary
      std::lock_guard lock(mutex_);
      use_replica(false, std::string("the replica failed (") + e.what() + "); reading from the primary");
    }
  }
  return primary_.query(sql, params);
}

std::int64_t ReplicaDatabase::execute(std::string_view sql, const std::vector<Value>& params) {
  return primary_.execute(sql, params);
}

void ReplicaDatabase::execute_script(std::string_view sql) { primary_.execute_script(sql); }

void ReplicaDatabase::transaction(const std::function<void()>& work) { primary_.transaction(work); }

void ReplicaDatabase::read_transaction(const std::function<void()>& work) {
  if (t_pinned.contains(this)) {
    work();
    return;
  }
  Database* source = replica_in_use() ? replica_.get() : &primary_;  // one snapshot, of one source
  t_pinned[this] = source;
  try {
    source->read_transaction(work);
  } catch (const core::Unavailable& e) {
    t_pinned.erase(this);
    if (source != &primary_) {
      std::lock_guard lock(mutex_);
      use_replica(false, std::string("the replica failed (") + e.what() + "); reading from the primary");
    }
    throw;
  } catch (...) {
    t_pinned.erase(this);
    throw;
  }
  t_pinned.erase(this);
}

}  // namespace samordna::storage
