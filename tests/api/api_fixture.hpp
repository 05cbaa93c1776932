#pragma once
// The API test fixture: one real `samordna serve` per test suite, an HTTP client, and a logged-in session.
#include <gtest/gtest.h>

#include <httplib.h>
#include <csignal>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <string>

#include "app/system_clock.hpp"
#include "recording_client.hpp"
#include "server_process.hpp"

namespace samordna::apitest {
using nlohmann::json;

class Api : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::signal(SIGPIPE, SIG_IGN);  // the server may close while a too-large body is still being sent
    server_ = new ServerProcess();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  RecordingClient client() {
    RecordingClient c("127.0.0.1", server_->port());
    c.set_connection_timeout(5);
    c.set_read_timeout(10);
    c.set_write_timeout(10);
    return c;
  }

  struct Login {
    std::string cookie;
    std::string csrf;
  };
  // Logs in as the superuser `admin`, or as one of the demo's users (they share the demo password).
  Login login(const std::string& username = "admin") {
    auto c = client();
    auto r = c.Post("/api/v1/session", json{{"username", username}, {"password", server_->admin_password()}}.dump(),
                    "application/json");
    EXPECT_EQ(r->status, 200) << username << ": " << r->body;
    std::string set_cookie = r->get_header_value("Set-Cookie");
    return {set_cookie.substr(0, set_cookie.find(';')), json::parse(r->body)["csrfToken"]};
  }
  // The headers a signed-in request sends: the session cookie and, for writes, the CSRF token.
  static httplib::Headers as(const Login& l) { return {{"Cookie", l.cookie}, {"X-CSRF-Token", l.csrf}}; }
  // Today and this year as the server sees them: in test builds SAMORDNA_TODAY moves both, and `make test`
  // runs the suite as if it were other dates too, so tests write dates relative to these.
  static core::CivilDate today() { return app::SystemClock().today(); }
  static int this_year() { return today().year(); }
  // The last year of the demo's budgets and equity: this year (2026 at the least).
  static int demo_last_year() { return std::max(2026, this_year()); }
  // "YYYY-MM-DD" of `month_day` ("MM-DD") in `year`.
  static std::string in_year(int year, const char* month_day) { return std::to_string(year) + "-" + month_day; }

  // Sends `bytes` on a fresh connection and returns everything the server answers until it closes (or 3 s).
  static std::string raw(const std::string& bytes) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    EXPECT_GE(fd, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(std::uint16_t(server_->port()));
    EXPECT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    timeval timeout{3, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    EXPECT_EQ(::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL), ssize_t(bytes.size()));
    std::string answer;
    char buffer[4096];
    for (;;) {
      ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
      if (n <= 0) break;
      answer.append(buffer, std::size_t(n));
    }
    ::close(fd);
    return answer;
  }
  static std::string code(const httplib::Result& r) { return json::parse(r->body).value("code", ""); }

  static inline ServerProcess* server_ = nullptr;
};

}  // namespace samordna::apitest
