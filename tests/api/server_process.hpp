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
  [[nodiscard]] const std::string& db_path() const { return db_; }
  [[nodiscard]] pid_t pid() const { return pid_; }
  [[nodiscard]] std::string log_path() const { return dir_ + "/server.log"; }
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

 private:
  std::string dir_;
  std::string db_;
  std::string password_ = "api test password 1";
  int port_ = 0;
  pid_t pid_ = -1;
  std::vector<std::string> env_;
  std::vector<std::string> launcher_;
};

}  // namespace samordna::apitest
