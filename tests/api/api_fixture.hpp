#pragma once
// The API test fixture: one real `samordna serve` per test suite, an HTTP client, and a logged-in session.
#include <gtest/gtest.h>

#include <httplib.h>
#include <csignal>
#include <nlohmann/json.hpp>

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
  // Today and this year as the server sees them: in test builds SAMORDNA_TODAY moves both, and `make test`
  // runs the suite as if it were other dates too, so tests write dates relative to these.
  static core::CivilDate today() { return app::SystemClock().today(); }
  static int this_year() { return today().year(); }
  // The last year of the demo's budgets and equity: this year (2026 at the least).
  static int demo_last_year() { return std::max(2026, this_year()); }
  // "YYYY-MM-DD" of `month_day` ("MM-DD") in `year`.
  static std::string in_year(int year, const char* month_day) { return std::to_string(year) + "-" + month_day; }

  static std::string code(const httplib::Result& r) { return json::parse(r->body).value("code", ""); }

  static inline ServerProcess* server_ = nullptr;
};

}  // namespace samordna::apitest
