#pragma once
// Counters that triggers move in the same transaction as a change (one-row tables with id 1 and version, such as
// access_version and members_version), known in memory while a listener is told of every change
// (postgres_change_listener.hpp), so that a request need not read them.
//
// A counter is known only from a read the listener began after the last write this process made (the database
// calls written() when one ends) and after the last notification: this server's own changes count from its next
// request, as when the counter is read; another process's or server's from the moment its notification arrives
// (within a millisecond or so of its commit). Unknown (the caller reads the table) until the first read, from a
// write or a notification until the read after it, and while the listener is not connected. Safe from many
// threads; known() takes no lock.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace samordna::storage {

class CounterWatch {
 public:
  explicit CounterWatch(std::vector<std::string> tables);

  [[nodiscard]] const std::vector<std::string>& tables() const { return tables_; }
  // The counter (an index into tables()) as last read, while nothing may have moved it since.
  [[nodiscard]] std::optional<std::int64_t> known(std::size_t counter) const;

  // This process ended a write (or may have): unknown until the next read, and the listener is woken to make it.
  void written();
  // A change was told, or the listener's connection is down or being checked: unknown until the next read.
  void unknown();
  // How written() wakes the listener (none: it does not).
  void on_written(std::function<void()> wake);

  // For the listener: the moment a read begins, then what it read (one value per table, in order). Kept, and the
  // counters known, only when neither written() nor unknown() came in between; returns whether it was.
  [[nodiscard]] std::uint64_t begin_read() const { return epoch_.load(); }
  bool read(std::uint64_t begun, const std::vector<std::int64_t>& values);

 private:
  std::vector<std::string> tables_;
  std::unique_ptr<std::atomic<std::int64_t>[]> values_;
  std::atomic<std::uint64_t> epoch_{1};     // moves at every write, told change and loss
  std::atomic<std::uint64_t> known_at_{0};  // the epoch the values were read in
  std::mutex reading_;
  std::mutex waking_;
  std::function<void()> wake_;
};

}  // namespace samordna::storage
