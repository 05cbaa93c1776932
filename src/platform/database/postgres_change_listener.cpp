#include "platform/database/postgres_change_listener.hpp"

#include <libpq-fe.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <memory>
#include <optional>
#include <system_error>
#include <vector>

namespace samordna::storage {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kConnectAgainAfter = std::chrono::seconds(1);
constexpr auto kAnswerWithin = std::chrono::seconds(5);

int milliseconds_until(Clock::time_point until) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
  return int(std::clamp<long long>(left, 0, 60'000));
}

struct Finish {
  void operator()(PGconn* c) const { PQfinish(c); }
};
using Connection = std::unique_ptr<PGconn, Finish>;

struct ResultGuard {
  PGresult* r;
  ~ResultGuard() { PQclear(r); }
};

// SELECT (SELECT version FROM access_version WHERE id = 1), …: every counter in one row.
std::string counters_sql(const std::vector<std::string>& tables) {
  std::string sql = "SELECT ";
  for (std::size_t i = 0; i < tables.size(); ++i) {
    if (i > 0) sql += ", ";
    sql += "(SELECT version FROM " + tables[i] + " WHERE id = 1)";
  }
  return sql;
}

std::optional<std::vector<std::int64_t>> counters_of(const PGresult* r, std::size_t count) {
  if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1 || PQnfields(r) != int(count)) return std::nullopt;
  std::vector<std::int64_t> values(count);
  for (int i = 0; i < int(count); ++i) {
    if (PQgetisnull(r, 0, i)) return std::nullopt;
    const char* text = PQgetvalue(r, 0, i);
    const char* end = text + PQgetlength(r, 0, i);
    auto [at, ec] = std::from_chars(text, end, values[std::size_t(i)]);
    if (ec != std::errc() || at != end) return std::nullopt;
  }
  return values;
}

void drain(int fd) {
  std::uint64_t count = 0;
  while (::read(fd, &count, sizeof count) > 0) {
  }
}

}  // namespace

PostgresChangeListener::PostgresChangeListener(PostgresOptions options, CounterWatch& watch,
                                               std::function<void(const std::string&)> note,
                                               std::chrono::milliseconds check_every)
    : options_(std::move(options)), watch_(watch), note_(std::move(note)), check_every_(check_every) {
  wake_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  stop_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  try {
    if (wake_fd_ < 0 || stop_fd_ < 0) throw std::system_error(errno, std::generic_category(), "eventfd");
    thread_ = std::thread([this] { run(); });
  } catch (...) {
    if (wake_fd_ >= 0) ::close(wake_fd_);
    if (stop_fd_ >= 0) ::close(stop_fd_);
    throw;
  }
  // After the thread is made, so that a failure leaves no waking of a listener that is gone. A write before this
  // still makes the counters unknown (CounterWatch::written), and the listener's next read finds it.
  watch_.on_written([this] { wake(); });
}

PostgresChangeListener::~PostgresChangeListener() {
  watch_.on_written({});
  stopping_ = true;
  const std::uint64_t one = 1;
  [[maybe_unused]] auto written = ::write(stop_fd_, &one, sizeof one);
  thread_.join();
  ::close(wake_fd_);
  ::close(stop_fd_);
}

void PostgresChangeListener::wake() const {
  const std::uint64_t one = 1;
  [[maybe_unused]] auto written = ::write(wake_fd_, &one, sizeof one);
}

PGresult* PostgresChangeListener::answer(PGconn* c, const char* sql) const {
  if (PQsendQuery(c, sql) == 0) return nullptr;
  const auto until = Clock::now() + kAnswerWithin;
  PGresult* last = nullptr;
  while (!stopping_) {
    while (PQisBusy(c) == 0) {
      PGresult* r = PQgetResult(c);
      if (r == nullptr) return last;
      PQclear(last);
      last = r;
    }
    const int wait = milliseconds_until(until);
    if (wait == 0) break;
    pollfd fds[2] = {{PQsocket(c), POLLIN, 0}, {stop_fd_, POLLIN, 0}};
    ::poll(fds, 2, wait);
    if (fds[0].revents != 0 && PQconsumeInput(c) == 0) break;
  }
  PQclear(last);
  return nullptr;  // the connection is given up: what it was doing is not waited for
}

void PostgresChangeListener::run() {
  while (!stopping_) {
    listen_until_lost();
    watch_.unknown();
    pollfd stop{stop_fd_, POLLIN, 0};
    ::poll(&stop, 1, milliseconds_until(Clock::now() + kConnectAgainAfter));
  }
}

void PostgresChangeListener::listen_until_lost() {
  Connection connection;
  const auto connecting_until = Clock::now() + options_.connect_timeout;
  const auto wait = [&](int socket, bool writing) {  // until the socket is ready, within connect_timeout, or a stop
    pollfd fds[2] = {{socket, short(writing ? POLLOUT : POLLIN), 0}, {stop_fd_, POLLIN, 0}};
    const int ms = milliseconds_until(connecting_until);
    return ms > 0 && ::poll(fds, 2, ms) > 0 && fds[0].revents != 0 && !stopping_;
  };
  try {
    connection.reset(open_postgres_connection(options_, "samordna-listener", wait));
  } catch (const std::exception& e) {
    if (!was_lost_ && note_) note_(std::string("change listener: ") + e.what() + " (counters read on each request)");
    was_lost_ = true;
    return;
  }
  PGconn* c = connection.get();
  std::string schema;
  {
    ResultGuard r{answer(c, "SELECT current_schema()")};
    if (r.r && PQresultStatus(r.r) == PGRES_TUPLES_OK && PQntuples(r.r) == 1) schema = PQgetvalue(r.r, 0, 0);
  }
  {
    ResultGuard r{answer(c, "LISTEN samordna_change")};
    if (schema.empty() || !r.r || PQresultStatus(r.r) != PGRES_COMMAND_OK) return;
  }
  const std::string sql = counters_sql(watch_.tables());
  const auto refresh = [&] {
    watch_.unknown();  // while the read runs (until it answers, requests read the counters themselves)
    const auto begun = watch_.begin_read();
    ResultGuard r{answer(c, sql.c_str())};
    auto values = r.r ? counters_of(r.r, watch_.tables().size()) : std::nullopt;
    if (!values) return false;
    watch_.read(begun, *values);
    ++reads_;
    return true;
  };
  if (!refresh()) return;
  if (was_lost_ && note_) note_("change listener: connected again, counters known");
  was_lost_ = false;
  backend_pid_ = PQbackendPID(c);
  auto next_check = Clock::now() + check_every_;
  const auto told_for_us = [&] {
    bool told_here = false;
    while (PGnotify* told = PQnotifies(c)) {
      if (schema == told->extra) told_here = true;
      PQfreemem(told);
    }
    return told_here;
  };
  while (!stopping_) {
    bool again = told_for_us();  // also those that arrived while the last read ran
    if (!again) {
      pollfd fds[3] = {{PQsocket(c), POLLIN, 0}, {wake_fd_, POLLIN, 0}, {stop_fd_, POLLIN, 0}};
      ::poll(fds, 3, milliseconds_until(next_check));
      if (fds[1].revents != 0) {
        drain(wake_fd_);
        again = true;
      }
      if (fds[0].revents != 0 && PQconsumeInput(c) == 0) break;
      again = told_for_us() || again;
    }
    if (Clock::now() >= next_check) {
      again = true;
      next_check = Clock::now() + check_every_;
    }
    if (stopping_) break;
    if (again && !refresh()) break;
  }
  backend_pid_ = 0;
  if (!stopping_) {
    if (note_) note_("change listener: connection to PostgreSQL lost (counters read on each request until it is back)");
    was_lost_ = true;
  }
}

}  // namespace samordna::storage
