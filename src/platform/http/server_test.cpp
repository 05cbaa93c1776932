// The server's pool apart: requests it names (those that wait for a password hash) run on threads of their own,
// so while they wait, the workers still answer everything else; and requests named inline are answered on the I/O
// threads, even while the workers are busy. Against the real server on loopback, one worker.
#include "platform/http/server.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <string>
#include <thread>

namespace samordna::http {
namespace {

// A connection to the server on loopback, with a receive timeout; -1 when it could not connect.
int connect_to(unsigned short port, int timeout_seconds = 10) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  timeval timeout{timeout_seconds, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(port);
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&to), sizeof to) == 0) return fd;
  ::close(fd);
  return -1;
}

// Sends `request` on a connection of its own and returns everything the server answers until it closes (or
// until nothing came within the timeout).
std::string exchange(unsigned short port, const std::string& request, int timeout_seconds = 10) {
  const int fd = connect_to(port, timeout_seconds);
  if (fd < 0) return "";
  std::size_t sent = 0;
  while (sent < request.size()) {
    auto n = ::send(fd, request.data() + sent, request.size() - sent, 0);
    if (n <= 0) break;
    sent += std::size_t(n);
  }
  std::string answer;
  char buffer[65536];
  ssize_t n = 0;
  while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0) answer.append(buffer, std::size_t(n));
  ::close(fd);
  return answer;
}

// GET `path` on a connection of its own; the status line, or "" when nothing came within the timeout.
std::string status_of(unsigned short port, const std::string& path, int timeout_seconds = 10) {
  auto answer = exchange(port, "GET " + path + " HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n", timeout_seconds);
  return answer.substr(0, answer.find("\r\n"));
}

// Holds the requests that enter it until released, and counts those that have entered.
class Gate {
 public:
  void enter() {
    std::unique_lock lock(mutex_);
    ++entered_;
    changed_.notify_all();
    changed_.wait(lock, [&] { return released_; });
  }
  [[nodiscard]] bool wait_for_entered(int n) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, std::chrono::seconds(10), [&] { return entered_ >= n; });
  }
  void release() {
    {
      std::lock_guard lock(mutex_);
      released_ = true;
    }
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  int entered_ = 0;
  bool released_ = false;
};

// The real server on a loopback port of its own, with one worker, stopped by SIGTERM as in production.
class Serving {
 public:
  Serving(ServerOptions options, RequestHandler handler) : handler_(std::move(handler)) {
    options.port = 0;
    options.worker_threads = 1;
    thread_ =
        std::thread([this, options] { serve(options, handler_, [this](unsigned short bound) { port_ = bound; }); });
    while (port_ == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ~Serving() {
    ::kill(::getpid(), SIGTERM);
    thread_.join();
  }
  Serving(const Serving&) = delete;
  Serving& operator=(const Serving&) = delete;
  [[nodiscard]] unsigned short port() const { return port_; }

 private:
  RequestHandler handler_;
  std::atomic<unsigned short> port_{0};
  std::thread thread_;
};

TEST(Server, RequestsApartWaitOnTheirOwnThreadsWhileTheWorkersAnswerTheRest) {
  Gate gate;
  ServerOptions options;
  options.apart_threads = 2;
  options.runs_apart = [](std::string_view, std::string_view path) { return path == "/hash"; };
  Serving server(options, [&](const Request& request) {
    if (request.path == "/hash") gate.enter();
    return Response{200, "text/plain", "ok", {}};
  });

  // Two requests apart wait (as two logins waiting for Argon2 would); the one worker is free for a read.
  std::thread first([&] { EXPECT_EQ(status_of(server.port(), "/hash"), "HTTP/1.1 200 OK"); });
  std::thread second([&] { EXPECT_EQ(status_of(server.port(), "/hash"), "HTTP/1.1 200 OK"); });
  EXPECT_TRUE(gate.wait_for_entered(2));
  EXPECT_EQ(status_of(server.port(), "/members"), "HTTP/1.1 200 OK");  // answered while both still wait
  EXPECT_EQ(status_of(server.port(), "/members"), "HTTP/1.1 200 OK");
  gate.release();
  first.join();
  second.join();
}

TEST(Server, RequestsNamedInlineAreAnsweredWhileEveryWorkerIsBusy) {
  Gate gate;
  ServerOptions options;
  options.runs_inline = [](std::string_view method, std::string_view path) {
    return method == "GET" && path == "/app.js";
  };
  Serving server(options, [&](const Request& request) {
    if (request.path == "/slow") gate.enter();
    return Response{200, "text/plain", "ok", {}};
  });

  // The only worker waits in a slow request (a long SQL query); the web app's files are still served.
  std::thread slow([&] { EXPECT_EQ(status_of(server.port(), "/slow"), "HTTP/1.1 200 OK"); });
  EXPECT_TRUE(gate.wait_for_entered(1));
  EXPECT_EQ(status_of(server.port(), "/app.js"), "HTTP/1.1 200 OK");
  EXPECT_EQ(status_of(server.port(), "/app.js"), "HTTP/1.1 200 OK");
  gate.release();
  slow.join();
  EXPECT_EQ(status_of(server.port(), "/members"), "HTTP/1.1 200 OK");  // and the worker answers again once free
}

TEST(Server, ConnectionsAreDealtToEveryNetworkThreadAndAllStopAtTheSignal) {
  std::mutex mutex;
  std::set<std::thread::id> threads;
  ServerOptions options;
  options.io_threads = 3;
  options.runs_inline = [](std::string_view, std::string_view path) { return path == "/here"; };
  std::vector<int> open;
  {
    Serving server(options, [&](const Request&) {
      std::lock_guard lock(mutex);
      threads.insert(std::this_thread::get_id());  // inline: the network thread that read the request
      return Response{200, "text/plain", "ok", {}};
    });
    for (int i = 0; i < 6; ++i) EXPECT_EQ(status_of(server.port(), "/here"), "HTTP/1.1 200 OK");
    // Idle kept-alive connections on the network threads while the signal comes: the server still stops.
    for (int i = 0; i < 3; ++i) {
      open.push_back(connect_to(server.port()));
      EXPECT_GE(open.back(), 0);
    }
  }  // ~Serving: SIGTERM, and serve() returns
  for (int fd : open) {
    if (fd >= 0) ::close(fd);
  }
  std::lock_guard lock(mutex);
  EXPECT_EQ(threads.size(), 3u);
}

TEST(Server, LargeBodiesArriveAndLeaveWhole) {
  ServerOptions options;
  options.body_limit = std::size_t{4} << 20;
  std::string big(std::size_t{5} << 20, 'x');
  for (std::size_t i = 0; i < big.size(); i += 4096) big[i] = char('a' + (i / 4096) % 26);
  Serving server(options, [&](const Request& request) {
    if (request.method == "POST") {
      // The body as sent, and its size and first and last bytes echoed.
      return Response{200,
                      "text/plain",
                      std::to_string(request.body.size()) + " " + request.body.substr(0, 3) + " " +
                          request.body.substr(request.body.size() - 3),
                      {}};
    }
    return Response{200, "application/octet-stream", big, {}};
  });

  std::string upload(std::size_t{3} << 20, 'u');
  upload.replace(0, 3, "abc");
  upload.replace(upload.size() - 3, 3, "xyz");
  auto posted = exchange(server.port(), "POST /upload HTTP/1.1\r\nHost: test\r\nConnection: close\r\nContent-Length: " +
                                            std::to_string(upload.size()) + "\r\n\r\n" + upload);
  EXPECT_EQ(posted.substr(0, posted.find("\r\n")), "HTTP/1.1 200 OK");
  EXPECT_EQ(posted.substr(posted.find("\r\n\r\n") + 4), std::to_string(upload.size()) + " abc xyz");

  auto got = exchange(server.port(), "GET /big HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
  EXPECT_NE(got.find("Content-Length: " + std::to_string(big.size()) + "\r\n"), std::string::npos);
  EXPECT_TRUE(got.substr(got.find("\r\n\r\n") + 4) == big);

  // HEAD: the length the body would have, and no body.
  auto head = exchange(server.port(), "HEAD /big HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
  EXPECT_NE(head.find("Content-Length: " + std::to_string(big.size()) + "\r\n"), std::string::npos);
  EXPECT_EQ(head.substr(head.find("\r\n\r\n") + 4), "");
}

}  // namespace
}  // namespace samordna::http
