#include "server_process.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <vector>

#include <httplib.h>

extern char** environ;

namespace samordna::apitest {
namespace {

int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
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

}  // namespace

ServerProcess::ServerProcess(std::vector<std::string> extra_env, std::vector<std::string> launcher)
    : env_(std::move(extra_env)), launcher_(std::move(launcher)) {
  dir_ = (std::filesystem::temp_directory_path() / ("samordna-api-" + std::to_string(::getpid()))).string();
  std::filesystem::remove_all(dir_);
  std::filesystem::create_directories(dir_);
  db_ = dir_ + "/test.db";
  if (wait_exit(spawn({SAMORDNA_BINARY, "--db", db_, "demo", "--admin-password", password_}, dir_ + "/demo.log")) !=
      0) {
    throw std::runtime_error("samordna demo failed");
  }
  port_ = free_port();
  start();
}

void ServerProcess::start() {
  std::vector<std::string> command = launcher_;
  for (std::string arg :
       {std::string(SAMORDNA_BINARY), std::string("--db"), db_, std::string("--log-level"), std::string("warn"),
        std::string("serve"), std::string("--listen"), "127.0.0.1:" + std::to_string(port_), std::string("--web-root"),
        std::string(SAMORDNA_WEB_ROOT)}) {
    command.push_back(arg);
  }
  pid_ = spawn(command, dir_ + "/server.log", env_);
  httplib::Client client("127.0.0.1", port_);
  for (int i = 0; i < 200; ++i) {
    if (auto r = client.Get("/api/v1/health"); r && r->status == 200) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
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
  return status;
}

int ServerProcess::run_cli(const std::vector<std::string>& args, std::string& output,
                           const std::vector<std::string>& extra_env) const {
  std::vector<std::string> all{SAMORDNA_BINARY, "--db", db_};
  all.insert(all.end(), args.begin(), args.end());
  const std::string log = dir_ + "/cli.log";
  std::filesystem::remove(log);
  std::vector<std::string> env = env_;
  env.insert(env.end(), extra_env.begin(), extra_env.end());
  int code = wait_exit(spawn(all, log, env));
  std::ifstream in(log);
  output.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return code;
}

ServerProcess::~ServerProcess() {
  stop();
  std::filesystem::remove_all(dir_);
}

}  // namespace samordna::apitest
