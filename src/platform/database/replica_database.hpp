#pragma once
// Reads that may be a little old (statistics, exports, reports) from a streaming replica (hot standby), with the
// primary as fallback: when the replica cannot be reached, or lags more than `max_lag`, statements go to the
// primary instead, and each change of source is reported once through `note` (the server logs it). Writes and
// transactions always go to the primary.
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "platform/database/database.hpp"

namespace samordna::storage {

class ReplicaDatabase final : public Database {
 public:
  // The replica's lag in seconds, or nothing when it cannot be asked; by default read off the replica itself.
  using LagProbe = std::function<std::optional<std::int64_t>(Database& replica)>;

  ReplicaDatabase(Database& primary, std::unique_ptr<Database> replica, std::chrono::seconds max_lag,
                  std::function<void(const std::string&)> note, LagProbe probe = {});

  std::vector<Row> query(std::string_view sql, const std::vector<Value>& params) override;
  std::int64_t execute(std::string_view sql, const std::vector<Value>& params) override;
  void execute_script(std::string_view sql) override;
  void transaction(const std::function<void()>& work) override;
  void read_transaction(const std::function<void()>& work) override;
  [[nodiscard]] std::string_view dialect() const override { return primary_.dialect(); }

  // Whether the next read goes to the replica (checks its lag at most every few seconds).
  bool replica_in_use();

 private:
  void use_replica(bool yes, const std::string& why);

  Database& primary_;
  std::unique_ptr<Database> replica_;
  std::chrono::seconds max_lag_;
  std::function<void(const std::string&)> note_;
  LagProbe probe_;
  std::mutex mutex_;
  bool in_use_ = true;
  std::chrono::steady_clock::time_point next_check_{};
};

// The lag of a PostgreSQL hot standby: 0 when it has replayed all it received, else the age of the last
// transaction it replayed.
std::optional<std::int64_t> postgres_replica_lag(Database& replica);

}  // namespace samordna::storage
