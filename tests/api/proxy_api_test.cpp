// Behind a reverse proxy (trusted_proxies): the client's address comes from the proxy's X-Forwarded-For, so
// one guessing client neither locks out the others nor hides in the audit log; failed logins are throttled
// per account and address, per account, and per address only for unknown usernames; parallel guesses are
// counted before any is checked.
#include <atomic>
#include <thread>

#include "api_fixture.hpp"

namespace samordna::apitest {
namespace {

class BehindProxy : public Api {
 protected:
  static void SetUpTestSuite() {
    std::signal(SIGPIPE, SIG_IGN);
    server_ = new ServerProcess({"SAMORDNA_TRUSTED_PROXIES=127.0.0.1, 10.0.0.0/8"});
  }
  httplib::Result login_from(const std::string& forwarded_for, const std::string& username,
                             const std::string& password) {
    auto c = client();
    return c.Post("/api/v1/session", {{"X-Forwarded-For", forwarded_for}},
                  json{{"username", username}, {"password", password}}.dump(), "application/json");
  }
};

TEST_F(BehindProxy, OneGuessingClientDoesNotLockOutTheOffice) {
  for (int i = 0; i < 5; ++i) EXPECT_EQ(login_from("198.51.100.7", "ekonom", "fel lösenord!!")->status, 401) << i;
  for (int i = 0; i < 5; ++i) EXPECT_EQ(login_from("198.51.100.7", "ekonom", "fel lösenord!!")->status, 429) << i;
  // The right password from the guessing client is refused too; from anyone else it works.
  EXPECT_EQ(login_from("198.51.100.7", "ekonom", server_->admin_password())->status, 429);
  EXPECT_EQ(login_from("198.51.100.8", "ekonom", server_->admin_password())->status, 200);
  // A client cannot pose as another by sending the header itself: the proxy's hop (rightmost) counts.
  EXPECT_EQ(login_from("198.51.100.8, 198.51.100.7", "ekonom", server_->admin_password())->status, 429);

  // The audit log names the client, not the proxy.
  auto admin = login("admin");
  auto log = client().Get("/api/v1/audit?action=login_failed&limit=50", {{"Cookie", admin.cookie}});
  ASSERT_EQ(log->status, 200) << log->body;
  const auto items = json::parse(log->body)["items"];
  ASSERT_FALSE(items.empty());
  for (const auto& e : items) EXPECT_EQ(e["clientAddress"], "198.51.100.7") << e.dump();
}

TEST_F(BehindProxy, GuessingUnknownNamesBlocksThoseOnlyNotTheOfficesUsers) {
  int refused = 0;
  for (int i = 0; i < 55; ++i) {
    refused += login_from("203.0.113.50", "ingen" + std::to_string(i), "fel lösenord!!")->status == 429 ? 1 : 0;
  }
  EXPECT_EQ(refused, 5);  // the 51st unknown name and on
  EXPECT_EQ(login_from("203.0.113.50", "revisor", server_->admin_password())->status, 200);
}

TEST_F(BehindProxy, FortyParallelGuessesAreCountedBeforeAnyIsChecked) {
  std::atomic<int> wrong{0};
  std::atomic<int> busy{0};
  std::atomic<int> throttled{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 40; ++i) {
    threads.emplace_back([&] {
      auto r = login_from("192.0.2.44", "styrelse", "fel lösenord!!");
      if (r && r->status == 401) ++wrong;
      if (r && r->status == 503) ++busy;  // server_busy: the hashing pool had no place (three at once)
      if (r && r->status == 429) ++throttled;
    });
  }
  for (auto& t : threads) t.join();
  // Five attempts get past the throttle; the password hashing pool checks at least three of them at once and
  // may refuse the rest as busy, but never more than five are let through.
  EXPECT_EQ(wrong.load() + busy.load(), 5);
  EXPECT_GE(wrong.load(), 3);
  EXPECT_EQ(throttled.load(), 35);
}

class NoProxy : public Api {};  // a server of its own, with no trusted proxy

TEST_F(NoProxy, WithoutTrustedProxiesTheHeaderIsIgnored) {
  auto c = client();
  for (int i = 0; i < 5; ++i) {
    auto r = c.Post("/api/v1/session", {{"X-Forwarded-For", "198.51.100." + std::to_string(i)}},
                    json{{"username", "insatsansvarig"}, {"password", "fel lösenord!!"}}.dump(), "application/json");
    EXPECT_EQ(r->status, 401) << i;
  }
  // Every guess came from 127.0.0.1, whatever the header said.
  auto r = c.Post("/api/v1/session", {{"X-Forwarded-For", "198.51.100.99"}},
                  json{{"username", "insatsansvarig"}, {"password", "fel lösenord!!"}}.dump(), "application/json");
  EXPECT_EQ(r->status, 429);
}

}  // namespace
}  // namespace samordna::apitest
