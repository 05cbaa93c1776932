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
  explicit ServerProcess(std::vector<std::string> extra_env = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  [[nodiscard]] int port() const { return port_; }
  [[nodiscard]] const std::string& admin_password() const { return password_; }
  [[nodiscard]] const std::string& db_path() const { return db_; }
  // Sends SIGTERM and returns the exit status (0 after a graceful shutdown).
  int stop();
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
};

}  // namespace samordna::apitest
