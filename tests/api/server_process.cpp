#include "server_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <vector>

#include <httplib.h>

#include "platform/database/postgres_database.hpp"

extern char** environ;

namespace samordna::apitest {
namespace {

// The port the server bound, from the line it prints once it listens ("Samordna is serving on
// http://127.0.0.1:PORT/"); 0 while it has not printed it.
// Only what the log holds from `from` on counts (a restart appends to the log of the start before).
int announced_port(const std::string& log, std::uintmax_t from) {
  std::ifstream in(log);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string mark = "Samordna is serving on http://127.0.0.1:";
  const auto at = text.find(mark, std::size_t(from));
  if (at == std::string::npos) return 0;
  return std::atoi(text.c_str() + at + mark.size());
}

// Output goes to `log` (not the test's own stdout, so a runner never waits on a pipe the server holds).
pid_t spawn(const std::vector<std::string>& args, const std::string& log, const std::vector<std::string>& env = {}) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  // An extra variable replaces an inherited one of the same name (getenv would find the inherited one first).
  auto overridden = [&](const char* entry) {
    const std::string_view inherited(entry);
    const std::string_view name = inherited.substr(0, inherited.find('='));
    return std::any_of(env.begin(), env.end(), [&](const std::string& e) { return e.substr(0, e.find('=')) == name; });
  };
  std::vector<char*> envp;
  for (char** e = environ; *e; ++e)
    if (!overridden(*e)) envp.push_back(*e);
  for (const auto& e : env) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start " + args[0]);
  return pid;
}

int wait_exit(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// PostgreSQL: the demo is made once per test process, in a database of its own, and each server gets a copy
// (CREATE DATABASE … TEMPLATE, a file copy) with a copy of its key file. Dropped when the tests end.
class DemoTemplate {
 public:
  explicit DemoTemplate(const std::string& uri, const std::string& password)
      : uri_(uri), name_("demo_" + std::to_string(::getpid())) {
    keys_ = (std::filesystem::temp_directory_path() / (name_ + ".keys")).string();
    std::filesystem::remove(keys_);
    storage::PostgresDatabase server(storage::PostgresOptions{uri_});
    server.execute_script("DROP DATABASE IF EXISTS " + name_);
    server.execute_script("CREATE DATABASE " + name_);
    const std::string log = keys_ + ".log";
    if (wait_exit(spawn(
            {SAMORDNA_BINARY, "--db", database_uri(name_), "--key-file", keys_, "demo", "--admin-password", password},
            log)) != 0) {
      throw std::runtime_error("samordna demo failed (" + log + ")");
    }
    std::filesystem::remove(log);
  }
  ~DemoTemplate() {
    try {
      storage::PostgresDatabase(storage::PostgresOptions{uri_}).execute_script("DROP DATABASE IF EXISTS " + name_);
    } catch (const std::exception&) {  // left for the throwaway server to take with it
    }
    std::filesystem::remove(keys_);
  }
  DemoTemplate(const DemoTemplate&) = delete;
  DemoTemplate& operator=(const DemoTemplate&) = delete;

  // A new database `name` holding the demo, with its key file copied to `keys`; returns its URI.
  std::string copy(const std::string& name, const std::string& keys) const {
    storage::PostgresDatabase server(storage::PostgresOptions{uri_});
    server.execute_script("DROP DATABASE IF EXISTS " + name);
    server.execute_script("CREATE DATABASE " + name + " TEMPLATE " + name_);
    std::filesystem::copy_file(keys_, keys, std::filesystem::copy_options::overwrite_existing);
    return database_uri(name);
  }
  [[nodiscard]] std::string database_uri(const std::string& name) const {
    return uri_.substr(0, uri_.rfind('/') + 1) + name;
  }

 private:
  std::string uri_, name_, keys_;
};

}  // namespace

ServerProcess::ServerProcess(std::vector<std::string> extra_env, std::vector<std::string> launcher)
    : env_(std::move(extra_env)), launcher_(std::move(launcher)) {
  static int made = 0;  // two servers of one test process have folders (and databases) of their own
  ++made;
  dir_ = (std::filesystem::temp_directory_path() /
          ("samordna-api-" + std::to_string(::getpid()) + "-" + std::to_string(made)))
             .string();
  std::filesystem::remove_all(dir_);
  std::filesystem::create_directories(dir_);
  db_ = dir_ + "/test.db";
  if (const char* uri = std::getenv("SAMORDNA_TEST_POSTGRES"); uri && *uri) {
    static const DemoTemplate demo(uri, password_);
    postgres_uri_ = uri;
    postgres_name_ = "api_" + std::to_string(::getpid()) + "_" + std::to_string(made);
    db_ = demo.copy(postgres_name_, key_file());
  } else if (wait_exit(spawn({SAMORDNA_BINARY, "--db", db_, "demo", "--admin-password", password_},
                             dir_ + "/demo.log")) != 0) {
    throw std::runtime_error("samordna demo failed");
  }
  start();
}

void ServerProcess::start() {
  // The first start binds port 0, and the server names the port it got: a port picked here and bound by the
  // server later could be taken in between by another test's server or by any outgoing connection (a test
  // that opens 400 of them), and the health check below would then ask whoever holds it.
  std::vector<std::string> command = launcher_;
  command.push_back(SAMORDNA_BINARY);
  for (const auto& a : db_args()) command.push_back(a);
  for (std::string arg :
       {std::string("--log-level"), std::string("warn"), std::string("serve"), std::string("--listen"),
        "127.0.0.1:" + std::to_string(port_), std::string("--web-root"), std::string(SAMORDNA_WEB_ROOT)}) {
    command.push_back(arg);
  }
  const std::string log = log_path();
  std::error_code no_log_yet;
  const std::uintmax_t from = std::filesystem::exists(log) ? std::filesystem::file_size(log, no_log_yet) : 0;
  pid_ = spawn(command, log, env_);
  for (int i = 0; i < 400; ++i) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      std::ifstream in(log);
      throw std::runtime_error("samordna serve exited at start: " + std::string((std::istreambuf_iterator<char>(in)),
                                                                                  std::istreambuf_iterator<char>()));
    }
    if (const int bound = announced_port(log, from); bound > 0) {
      port_ = bound;
      httplib::Client client("127.0.0.1", port_);
      if (auto r = client.Get("/api/v1/health"); r && r->status == 200) return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  stop();
  throw std::runtime_error("samordna serve did not come up");
}

void ServerProcess::kill_hard() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  wait_exit(pid_);
  pid_ = -1;
}

int ServerProcess::stop() {
  if (pid_ <= 0) return 0;
  ::kill(pid_, SIGTERM);
  int status = wait_exit(pid_);
  pid_ = -1;
  if (status != 0) {  // the test fails on it: its log's end says why, in the test's own output
    std::ifstream in(log_path());
    const std::string log((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::cerr << "the server exited with " << status << "; its log ends:\n"
              << log.substr(log.size() > 3000 ? log.size() - 3000 : 0) << "\n";
  }
  return status;
}

int ServerProcess::run_cli(const std::vector<std::string>& args, std::string& output,
                           const std::vector<std::string>& extra_env) const {
  std::vector<std::string> all{SAMORDNA_BINARY};
  for (const auto& a : db_args()) all.push_back(a);
  all.insert(all.end(), args.begin(), args.end());
  std::vector<std::string> env = env_;
  env.insert(env.end(), extra_env.begin(), extra_env.end());
  return run_to_end(all, env, output);
}

int ServerProcess::run_cli_on(const std::string& db, const std::vector<std::string>& args, std::string& output) const {
  std::vector<std::string> all{SAMORDNA_BINARY, "--db", db, "--key-file", key_file()};
  all.insert(all.end(), args.begin(), args.end());
  return run_to_end(all, env_, output);
}

int ServerProcess::run_to_end(const std::vector<std::string>& command, const std::vector<std::string>& env,
                              std::string& output) const {
  const std::string log = dir_ + "/cli.log";
  std::filesystem::remove(log);
  int code = wait_exit(spawn(command, log, env));
  std::ifstream in(log);
  output.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return code;
}

std::vector<std::string> ServerProcess::db_args() const {
  if (!postgres()) return {"--db", db_};
  return {"--db", db_, "--key-file", key_file()};
}

ServerProcess::~ServerProcess() {
  stop();
  std::filesystem::remove_all(dir_);
  if (postgres()) {
    try {
      storage::PostgresDatabase(storage::PostgresOptions{postgres_uri_})
          .execute_script("DROP DATABASE IF EXISTS " + postgres_name_ + " WITH (FORCE)");
    } catch (const std::exception&) {  // left for the throwaway server to take with it
    }
  }
}

}  // namespace samordna::apitest
