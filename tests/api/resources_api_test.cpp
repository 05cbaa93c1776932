// Exhausted resources (issue 12): at the connection cap the longest idle connection is closed for a new one,
// the cap never exceeds what the open-file limit allows, nothing spins, and /health answers throughout. (If
// accept still runs out of descriptors, the server releases a reserve descriptor, closes idle connections and
// backs off with a logged warning; that path is not driven here: under the sanitizers UBSan itself needs
// descriptors for its vptr check and aborts the process when none are left.)
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "api_fixture.hpp"

namespace samordna::apitest {
namespace {

// Connections that send nothing, as a slow or hostile client keeps them.
std::vector<int> open_idle(int port, int count) {
  std::vector<int> fds;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  for (int i = 0; i < count; ++i) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) break;
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      ::close(fd);
      break;
    }
    fds.push_back(fd);
  }
  return fds;
}

// How many of the connections the server has closed (they read end-of-file).
int closed_by_server(const std::vector<int>& fds) {
  int closed = 0;
  for (int fd : fds) {
    pollfd p{fd, POLLIN, 0};
    char c = 0;
    if (::poll(&p, 1, 0) > 0 && ::recv(fd, &c, 1, MSG_DONTWAIT) <= 0) ++closed;
  }
  return closed;
}

// The server's CPU time in clock ticks (user + system), from /proc.
long cpu_ticks(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::istringstream fields(text.substr(text.rfind(')') + 2));
  std::string field;
  long utime = 0;
  long stime = 0;
  for (int i = 3; i <= 15 && fields >> field; ++i) {
    if (i == 14) utime = std::stol(field);
    if (i == 15) stime = std::stol(field);
  }
  return utime + stime;
}

bool health_answers(int port) {
  RecordingClient c("127.0.0.1", port);
  c.set_connection_timeout(2);
  c.set_read_timeout(5);
  for (int attempt = 0; attempt < 10; ++attempt) {
    if (auto r = c.Get("/api/v1/health"); r && r->status == 200) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(Resources, AtTheConnectionCapTheLongestIdleConnectionsAreClosedAndHealthAnswers) {
  std::signal(SIGPIPE, SIG_IGN);
  ServerProcess server({"SAMORDNA_MAX_CONNECTIONS=40"});
  auto fds = open_idle(server.port(), 120);
  ASSERT_EQ(fds.size(), 120U);
  EXPECT_TRUE(health_answers(server.port()));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const int closed = closed_by_server(fds);
  EXPECT_GE(closed, 70) << "the oldest idle connections make room";
  // The newest idle connections are still open (the cap holds about 40).
  EXPECT_LE(closed, 110);
  // A busy loop would use the CPU in every second; work of the start (retention) may still take some in the
  // first ones.
  long least = 1000;
  for (int second = 0; second < 5 && least >= 30; ++second) {
    const long before = cpu_ticks(server.pid());
    std::this_thread::sleep_for(std::chrono::seconds(1));
    least = std::min(least, cpu_ticks(server.pid()) - before);
  }
  EXPECT_LT(least, 30) << "no busy loop while connections wait";
  EXPECT_NE(read_file(server.log_path()).find("connection cap 40 reached"), std::string::npos);
  for (int fd : fds) ::close(fd);
}

// A cap set above what the open-file limit allows is lowered to it (with a warning), so that connections never
// take the descriptors the database and logging need; beyond it the longest idle connections give way.
TEST(Resources, ALowOpenFileLimitLowersTheCapAndTheServerStillAnswers) {
  std::signal(SIGPIPE, SIG_IGN);
  ServerProcess server({"SAMORDNA_MAX_CONNECTIONS=100000"}, {"/usr/bin/prlimit", "--nofile=160:160"});
  auto fds = open_idle(server.port(), 400);
  ASSERT_EQ(fds.size(), 400U);  // the kernel's backlog takes them; the server accepts what it can hold
  EXPECT_TRUE(health_answers(server.port()));
  const long before = cpu_ticks(server.pid());
  std::this_thread::sleep_for(std::chrono::seconds(2));
  EXPECT_LT(cpu_ticks(server.pid()) - before, 60) << "no busy loop while connections wait";
  EXPECT_TRUE(health_answers(server.port()));
  // Requests that need the database and files still work.
  RecordingClient c("127.0.0.1", server.port());
  c.set_read_timeout(10);
  auto login = c.Post("/api/v1/session", json{{"username", "admin"}, {"password", server.admin_password()}}.dump(),
                      "application/json");
  ASSERT_TRUE(login);
  EXPECT_EQ(login->status, 200);
  const auto log = read_file(server.log_path());
  EXPECT_NE(log.find("max_connections 100000 is more than the open-file limit 160 allows: using 96"), std::string::npos)
      << log.substr(0, 2000);
  EXPECT_NE(log.find("connection cap 96 reached"), std::string::npos);
  EXPECT_GT(closed_by_server(fds), 0);
  for (int fd : fds) ::close(fd);
  EXPECT_EQ(server.stop(), 0);  // and it still shuts down cleanly
}

}  // namespace
}  // namespace samordna::apitest
