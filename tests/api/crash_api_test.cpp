// Crash safety (issue 12): the server is killed with SIGKILL while a client writes, again and again; after
// each restart every write that was acknowledged is there, and the audit chain verifies. make test kills it 20
// times; make soak 100 (SAMORDNA_KILL_ROUNDS).
#include <cstdlib>
#include <random>
#include <thread>

#include "api_fixture.hpp"
#include "database_check.hpp"

namespace samordna::apitest {
namespace {

int kill_rounds() {
  const char* text = std::getenv("SAMORDNA_KILL_ROUNDS");
  return text && *text ? std::max(1, std::atoi(text)) : 20;
}

TEST(CrashSafety, NothingAcknowledgedIsLostWhenTheServerIsKilledMidWrite) {
  std::signal(SIGPIPE, SIG_IGN);
  ServerProcess server;
  auto client = [&] {
    RecordingClient c("127.0.0.1", server.port());
    c.set_connection_timeout(2);
    c.set_read_timeout(5);
    return c;
  };
  auto login =
      client().Post("/api/v1/session", json{{"username", "forbundschef"}, {"password", server.admin_password()}}.dump(),
                    "application/json");
  ASSERT_EQ(login->status, 200);
  const httplib::Headers as{
      {"Cookie", login->get_header_value("Set-Cookie").substr(0, login->get_header_value("Set-Cookie").find(';'))},
      {"X-CSRF-Token", json::parse(login->body)["csrfToken"].get<std::string>()}};
  std::mt19937 random(20261202);
  std::vector<std::string> acknowledged;
  int attempted = 0;
  const int rounds = kill_rounds();
  for (int round = 0; round < rounds; ++round) {
    std::atomic<bool> stop{false};
    std::vector<std::string> acked_now;
    std::thread writer([&] {
      auto c = client();
      for (int i = 0; !stop; ++i) {
        const std::string name = "Krasch " + std::to_string(round) + "-" + std::to_string(i);
        ++attempted;
        auto r = c.Post("/api/v1/associations/1/target-groups", as, json{{"name", name}}.dump(), "application/json");
        if (!r) break;  // the server is gone
        if (r->status == 201) acked_now.push_back(name);
        if (r->status >= 500) ADD_FAILURE() << r->status << " " << r->body;
      }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(80, 400)(random)));
    server.kill_hard();
    stop = true;
    writer.join();
    acknowledged.insert(acknowledged.end(), acked_now.begin(), acked_now.end());
    server.start();
    auto list = client().Get("/api/v1/associations/1/target-groups", as);
    ASSERT_TRUE(list) << "round " << round;
    ASSERT_EQ(list->status, 200) << list->body;
    std::set<std::string> stored;
    const auto groups = json::parse(list->body);
    for (const auto& g : groups["items"]) stored.insert(g["name"].get<std::string>());
    for (const auto& name : acknowledged)
      ASSERT_TRUE(stored.count(name)) << "lost after kill " << round << ": " << name;
  }
  EXPECT_EQ(integrity(server), "ok");
  std::string output;
  EXPECT_EQ(server.run_cli({"audit", "verify"}, output), 0) << output;
  EXPECT_GT(acknowledged.size(), std::size_t(rounds));  // the writes were real, in every round
  std::printf(
      "crash safety: %d kills, %zu acknowledged writes of %d attempted, none lost; integrity_check ok; audit chain "
      "verified\n",
      rounds, acknowledged.size(), attempted);
}

}  // namespace
}  // namespace samordna::apitest
