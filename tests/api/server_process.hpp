#pragma once
// Starts the real `samordna serve` on a free loopback port against a fresh demo database, for API tests.
#include <string>
#include <vector>

#include <sys/types.h>

namespace samordna::apitest {

class ServerProcess {
 public:
  // Creates the demo database and starts the server with the extra environment ("NAME=value"); throws if
  // it does not come up.
  // `launcher` runs the server, e.g. {"/usr/bin/prlimit", "--nofile=160:160"} for a low open-file limit.
  explicit ServerProcess(std::vector<std::string> extra_env = {}, std::vector<std::string> launcher = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  [[nodiscard]] int port() const { return port_; }
  [[nodiscard]] const std::string& admin_password() const { return password_; }
  // The SQLite file, or the PostgreSQL URI when SAMORDNA_TEST_POSTGRES is set (make test-postgres).
  [[nodiscard]] const std::string& db_path() const { return db_; }
  [[nodiscard]] bool postgres() const { return !postgres_name_.empty(); }
  // The key file that belongs to the database.
  [[nodiscard]] std::string key_file() const { return postgres() ? dir_ + "/test.keys" : db_ + ".keys"; }
  [[nodiscard]] pid_t pid() const { return pid_; }
  [[nodiscard]] std::string log_path() const { return dir_ + "/server.log"; }
  // The server's own temporary folder (its log, its reports), removed with it.
  [[nodiscard]] const std::string& folder() const { return dir_; }
  // Sends SIGTERM and returns the exit status (0 after a graceful shutdown).
  int stop();
  // Kills the server with SIGKILL (nothing is flushed or closed) and waits for it.
  void kill_hard();
  // Starts `samordna serve` again on the same database and port, and waits until it answers.
  void start();
  // Stops the server and starts it again with another extra environment (e.g. SAMORDNA_TODAY, a later day).
  void restart_with(std::vector<std::string> extra_env) {
    stop();
    env_ = std::move(extra_env);
    start();
  }
  // Runs `samordna --db <db> args...` to completion (with the extra environment, which replaces variables of the
  // same name); returns its exit code and puts its output in `output`.
  int run_cli(const std::vector<std::string>& args, std::string& output,
              const std::vector<std::string>& extra_env = {}) const;
  // The same with another database (an SQLite file) and this server's key file.
  int run_cli_on(const std::string& db, const std::vector<std::string>& args, std::string& output) const;

 private:
  std::string dir_;
  std::string db_;
  std::string postgres_uri_;   // the server's database the tests' databases are made from
  std::string postgres_name_;  // this server's own database
  std::string password_ = "api test password 1";
  int port_ = 0;
  pid_t pid_ = -1;
  [[nodiscard]] std::vector<std::string> db_args() const;
  int run_to_end(const std::vector<std::string>& command, const std::vector<std::string>& env,
                 std::string& output) const;
  std::vector<std::string> env_;
  std::vector<std::string> launcher_;
};

}  // namespace samordna::apitest
