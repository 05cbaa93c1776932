#pragma once
// Keeps a CounterWatch's counters known on PostgreSQL: a thread with a connection of its own LISTENs on the
// channel samordna_change, which the counters' triggers notify with their schema's name when a change commits
// (migration 0030), and reads the counters again at every notification for its schema, every write of this
// process (CounterWatch::written wakes it) and every second (so that a connection that died without a word is
// found out within a second: the counters are unknown while each such read runs). Connecting waits at most
// connect_timeout and its statements at most five seconds for an answer, neither past a stop, so neither a silent
// server nor shutdown holds it (a host name is still looked up by libpq before that: give an address or a socket).
// While it is not connected the counters are unknown and every request reads them, as without it; it connects again
// every second.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <thread>

#include "platform/database/counter_watch.hpp"
#include "platform/database/postgres_database.hpp"

struct pg_result;  // libpq's PGresult

namespace samordna::storage {

class PostgresChangeListener {
 public:
  // Starts the thread; `note` is told when the connection is lost or made again (for the log).
  // `check_every`: how often the counters are read without being told (tests make it long).
  PostgresChangeListener(PostgresOptions options, CounterWatch& watch,
                         std::function<void(const std::string&)> note = {},
                         std::chrono::milliseconds check_every = std::chrono::seconds(1));
  ~PostgresChangeListener();  // stops and joins
  PostgresChangeListener(const PostgresChangeListener&) = delete;
  PostgresChangeListener& operator=(const PostgresChangeListener&) = delete;

  // The counters' reads made so far (for tests).
  [[nodiscard]] std::int64_t reads() const { return reads_.load(); }
  // The server process of its connection (0 while not connected), for tests that end it.
  [[nodiscard]] int backend_pid() const { return backend_pid_.load(); }

 private:
  void run();
  void listen_until_lost();
  void wake() const;
  // Runs `sql` and returns its last result, or none when it failed, took longer than allowed or a stop came.
  ::pg_result* answer(::pg_conn* c, const char* sql) const;

  PostgresOptions options_;
  CounterWatch& watch_;
  std::function<void(const std::string&)> note_;
  int wake_fd_ = -1;  // an eventfd: written()
  int stop_fd_ = -1;  // an eventfd: stopping
  std::atomic<bool> stopping_{false};
  bool was_lost_ = false;  // on the thread only: the loss was told
  std::chrono::milliseconds check_every_;
  std::atomic<std::int64_t> reads_{0};
  std::atomic<int> backend_pid_{0};
  std::thread thread_;
};

}  // namespace samordna::storage
