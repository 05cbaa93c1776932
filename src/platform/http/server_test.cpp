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
#include <string>
#include <thread>

namespace samordna::http {
namespace {

// GET `path` on a connection of its own; the status line, or "" when nothing came within the timeout.
std::string status_of(unsigned short port, const std::string& path, int timeout_seconds = 10) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  timeval timeout{timeout_seconds, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(port);
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string answer;
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&to), sizeof to) == 0) {
    const std::string request = "GET " + path + " HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n";
    if (::send(fd, request.data(), request.size(), 0) == static_cast<ssize_t>(request.size())) {
      char buffer[512];
      ssize_t n = 0;
      while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0) answer.append(buffer, std::size_t(n));
    }
  }
  ::close(fd);
  return answer.substr(0, answer.find("\r\n"));
}

TEST(Server, RequestsApartWaitOnTheirOwnThreadsWhileTheWorkersAnswerTheRest) {
  std::mutex mutex;
  std::condition_variable changed;
  int waiting = 0;
  bool released = false;
  RequestHandler handler = [&](const Request& request) {
    if (request.path == "/hash") {
      std::unique_lock lock(mutex);
      ++waiting;
      changed.notify_all();
      changed.wait(lock, [&] { return released; });
    }
    return Response{200, "text/plain", "ok", {}};
  };
  ServerOptions options;
  options.port = 0;
  options.worker_threads = 1;
  options.apart_threads = 2;
  options.runs_apart = [](std::string_view, std::string_view path) { return path == "/hash"; };
  std::atomic<unsigned short> port{0};
  std::thread server([&] { serve(options, handler, [&](unsigned short bound) { port = bound; }); });
  while (port == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));

  // Two requests apart wait (as two logins waiting for Argon2 would); the one worker is free for a read.
  std::thread first([&] { EXPECT_EQ(status_of(port, "/hash"), "HTTP/1.1 200 OK"); });
  std::thread second([&] { EXPECT_EQ(status_of(port, "/hash"), "HTTP/1.1 200 OK"); });
  {
    std::unique_lock lock(mutex);
    EXPECT_TRUE(changed.wait_for(lock, std::chrono::seconds(10), [&] { return waiting == 2; }));
  }
  EXPECT_EQ(status_of(port, "/members"), "HTTP/1.1 200 OK");  // answered while both still wait
  EXPECT_EQ(status_of(port, "/members"), "HTTP/1.1 200 OK");
  {
    std::lock_guard lock(mutex);
    released = true;
  }
  changed.notify_all();
  first.join();
  second.join();
  ::kill(::getpid(), SIGTERM);  // the server stops on SIGTERM, as in production
  server.join();
}

TEST(Server, RequestsNamedInlineAreAnsweredWhileEveryWorkerIsBusy) {
  std::mutex mutex;
  std::condition_variable changed;
  bool busy = false;
  bool released = false;
  RequestHandler handler = [&](const Request& request) {
    if (request.path == "/slow") {
      std::unique_lock lock(mutex);
      busy = true;
      changed.notify_all();
      changed.wait(lock, [&] { return released; });
    }
    return Response{200, "text/plain", "ok", {}};
  };
  ServerOptions options;
  options.port = 0;
  options.worker_threads = 1;
  options.runs_inline = [](std::string_view method, std::string_view path) {
    return method == "GET" && path == "/app.js";
  };
  std::atomic<unsigned short> port{0};
  std::thread server([&] { serve(options, handler, [&](unsigned short bound) { port = bound; }); });
  while (port == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));

  // The only worker waits in a slow request (a long SQL query); the web app's files are still served.
  std::thread slow([&] { EXPECT_EQ(status_of(port, "/slow"), "HTTP/1.1 200 OK"); });
  {
    std::unique_lock lock(mutex);
    EXPECT_TRUE(changed.wait_for(lock, std::chrono::seconds(10), [&] { return busy; }));
  }
  EXPECT_EQ(status_of(port, "/app.js"), "HTTP/1.1 200 OK");
  EXPECT_EQ(status_of(port, "/app.js"), "HTTP/1.1 200 OK");
  {
    std::lock_guard lock(mutex);
    released = true;
  }
  changed.notify_all();
  slow.join();
  EXPECT_EQ(status_of(port, "/members"), "HTTP/1.1 200 OK");  // and the worker answers again once free
  ::kill(::getpid(), SIGTERM);
  server.join();
}

}  // namespace
}  // namespace samordna::http
