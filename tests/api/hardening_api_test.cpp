// Defects found by trying the running server as an attacker would (issue "hardening"): request framing that
// could smuggle a second request, login CSRF through a non-JSON body, förbund that do not exist, file modes.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>
#include <vector>

#include "api_fixture.hpp"
#include "database_check.hpp"

namespace samordna::apitest {
namespace {

class Hardening : public Api {
 protected:
  static int responses(const std::string& answer) {
    int n = 0;
    for (std::size_t at = answer.find("HTTP/1.1 "); at != std::string::npos; at = answer.find("HTTP/1.1 ", at + 1)) ++n;
    return n;
  }
};

TEST_F(Hardening, AnUnusualTransferEncodingIsRefusedAndNothingIsSmuggled) {
  const std::string smuggled = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
  // xchunked beside a Content-Length: a proxy may frame by one, the server by the other.
  auto answer =
      raw("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          "Transfer-Encoding: xchunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n" +
          smuggled);
  EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 400") << answer;
  EXPECT_EQ(responses(answer), 1) << answer;
  for (const char* te : {"chunked, identity", "identity", "gzip, chunked"}) {
    answer = raw(std::string("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                             "Transfer-Encoding: ") +
                 te + "\r\n\r\n2\r\n{}\r\n0\r\n\r\n" + smuggled);
    EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 400") << te << ": " << answer;
    EXPECT_EQ(responses(answer), 1) << te << ": " << answer;
  }
  // chunked together with a Content-Length.
  answer =
      raw("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          "Transfer-Encoding: chunked\r\nContent-Length: 7\r\n\r\n2\r\n{}\r\n0\r\n\r\n" +
          smuggled);
  EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 400") << answer;
  EXPECT_EQ(responses(answer), 1) << answer;
  // Plain chunked still works: the login is read (and refused for its empty fields), then the next request.
  answer =
      raw("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n" +
          smuggled.substr(0, smuggled.size() - 2) + "Connection: close\r\n\r\n");
  EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 422") << answer;
  EXPECT_EQ(responses(answer), 2) << answer;
}

TEST_F(Hardening, JsonEndpointsRefuseOtherMediaTypesSoNoCrossSiteFormCanLogIn) {
  const std::string body = json{{"username", "admin"}, {"password", server_->admin_password()}}.dump();
  auto c = client();
  for (const char* type : {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                           "application/jsonp", "text/json"}) {
    auto r = c.Post("/api/v1/session", body, type);
    ASSERT_TRUE(r) << type;
    EXPECT_EQ(r->status, 415) << type;
    EXPECT_EQ(code(r), "unsupported_media_type") << type;
    EXPECT_TRUE(r->get_header_value("Set-Cookie").empty()) << type;
  }
  auto ok = c.Post("/api/v1/session", body, "Application/JSON; charset=utf-8");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
  // Also for a signed-in user's writes.
  auto chef = login("forbundschef");
  auto r = c.Post("/api/v1/associations/1/target-groups", {{"Cookie", chef.cookie}, {"X-CSRF-Token", chef.csrf}},
                  json{{"name", "Via formulär"}}.dump(), "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 415);
}

TEST_F(Hardening, WrongJsonTypesAreRefusedNotGuessed) {
  auto k = login("koordinator");
  httplib::Headers h{{"Cookie", k.cookie}, {"X-CSRF-Token", k.csrf}};
  auto c = client();
  const json referral{{"insatsId", 1},
                      {"referringMemberId", 3},
                      {"referredOn", today().add_days(-3).iso()},
                      {"personnummer", "19950505-2325"},
                      {"name", "Typ Testsson"},
                      {"kommunCode", "1489"},
                      {"targetGroupId", 2},
                      {"reason", "Behöver stöd."}};
  auto first_error = [](const httplib::Result& r) {
    EXPECT_EQ(r->status, 422) << r->body;
    auto errors = json::parse(r->body).value("errors", json::array());
    return errors.empty() ? "" : errors[0]["field"].get<std::string>() + " " + errors[0]["code"].get<std::string>();
  };
  const auto before = json::parse(c.Get("/api/v1/associations/1/referrals", h)->body)["total"];
  // "true" as a string would have been read as false: the identity stored that true would have withheld.
  for (const json& wrong : {json("true"), json(1), json::array({true}), json::object()}) {
    auto body = referral;
    body["protectedIdentity"] = wrong;
    EXPECT_EQ(first_error(c.Post("/api/v1/associations/1/referrals", h, body.dump(), "application/json")),
              "protectedIdentity invalid")
        << wrong.dump();
    body = referral;
    body["overrideEligibility"] = wrong;
    EXPECT_EQ(first_error(c.Post("/api/v1/associations/1/referrals", h, body.dump(), "application/json")),
              "overrideEligibility invalid")
        << wrong.dump();
  }
  EXPECT_EQ(json::parse(c.Get("/api/v1/associations/1/referrals", h)->body)["total"], before);  // nothing saved

  auto chef = login("forbundschef");
  httplib::Headers ch{{"Cookie", chef.cookie}, {"X-CSRF-Token", chef.csrf}};
  const json insats{{"name", "Typkontroll"}, {"kind", "individual"},     {"minAge", 18},
                    {"maxAge", 64},          {"leadMemberId", 4},        {"cooperatingMemberIds", {1}},
                    {"capacity", 5},         {"startsOn", "2026-01-01"}, {"kommunCodes", {"1481"}}};
  for (const auto& [name, wrong] : std::vector<std::pair<std::string, json>>{{"referralRequired", "false"},
                                                                             {"extensive", 0},
                                                                             {"kommunCodes", "1481"},
                                                                             {"kommunCodes", json::array({1481})},
                                                                             {"budget", json::array()},
                                                                             {"targetGroupIds", "1"}}) {
    auto body = insats;
    body[name] = wrong;
    EXPECT_EQ(first_error(c.Post("/api/v1/associations/1/insatser", ch, body.dump(), "application/json")),
              name + " invalid")
        << wrong.dump();
  }
}

TEST_F(Hardening, AForbundThatDoesNotExistIsNotFound) {
  auto admin = login("admin");
  httplib::Headers h{{"Cookie", admin.cookie}, {"X-CSRF-Token", admin.csrf}};
  auto c = client();
  for (const std::string id : {"999999", "2147483648", "9223372036854775807", "9223372036854775808", "0"}) {
    const std::string base = "/api/v1/associations/" + id;
    for (const char* what : {"/users", "/audit", "/target-groups", "/insatser", "/members", "/budgets", "/charters"}) {
      auto r = c.Get(base + what, h);
      ASSERT_TRUE(r) << base << what;
      EXPECT_EQ(r->status, 404) << base << what << ": " << r->body;
    }
    auto group = c.Post(base + "/target-groups", h, json{{"name", "Unga"}}.dump(), "application/json");
    ASSERT_TRUE(group);
    EXPECT_EQ(group->status, 404) << base << ": " << group->body;
    auto assignment =
        c.Post(base + "/assignments", h, json{{"userId", 2}, {"role", "ekonom"}, {"validFrom", "2026-01-01"}}.dump(),
               "application/json");
    ASSERT_TRUE(assignment);
    EXPECT_EQ(assignment->status, 404) << base << ": " << assignment->body;
  }
  // The demo's förbund is still there.
  EXPECT_EQ(c.Get("/api/v1/associations/1/target-groups", h)->status, 200);
}

TEST_F(Hardening, AWriteLockHeldElsewhereDelaysNoReadAndWritesGet503) {
  auto chef = login("forbundschef");  // log in first: a login writes its session
  httplib::Headers h{{"Cookie", chef.cookie}, {"X-CSRF-Token", chef.csrf}};
  auto c = client();
  ASSERT_EQ(c.Get("/api/v1/associations/1/members", h)->status, 200);
  // Another process (a backup, a maintenance script) holds the write lock.
  auto other = std::make_unique<WriteLockHolder>(*server_);
  const auto started = std::chrono::steady_clock::now();
  auto read = c.Get("/api/v1/associations/1/members", h);
  const auto waited = std::chrono::steady_clock::now() - started;
  ASSERT_TRUE(read);
  EXPECT_EQ(read->status, 200) << read->body;
  EXPECT_LT(waited, std::chrono::seconds(2));  // the session was used within the minute: nothing to write
  auto write =
      c.Post("/api/v1/associations/1/target-groups", h, json{{"name", "Under låset"}}.dump(), "application/json");
  ASSERT_TRUE(write);
  EXPECT_EQ(write->status, 503) << write->body;
  EXPECT_EQ(code(write), "database_busy");
  EXPECT_EQ(write->get_header_value("Retry-After"), "2");
  other.reset();
  auto again =
      c.Post("/api/v1/associations/1/target-groups", h, json{{"name", "Efter låset"}}.dump(), "application/json");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 201) << again->body;
}

// Argon2id runs on a pool of its own with a bounded queue (platform/security/hashing_pool.hpp): a burst of
// logins is refused at once with 503 server_busy and Retry-After beyond what the pool takes, and the logins wait
// on the server's threads apart (ServerOptions::runs_apart), never on the request workers, so a signed-in read
// still answers during the burst.
TEST_F(Hardening, ABurstOfLoginsIsRefusedAtOnceBeyondTheHashingPoolAndReadsGoOn) {
  auto chef = login("forbundschef");
  httplib::Headers h{{"Cookie", chef.cookie}};
  constexpr int kLogins = 20;  // unknown names (each is hashed against a fixed hash), under the address limit
  std::vector<int> statuses(kLogins, 0);
  std::vector<std::string> codes(kLogins);
  std::vector<std::string> retry_after(kLogins);
  std::atomic<bool> go{false};
  std::vector<std::thread> burst;
  for (int i = 0; i < kLogins; ++i) {
    burst.emplace_back([&, i] {
      auto c = client();
      c.set_read_timeout(60);
      while (!go) std::this_thread::yield();
      auto r = c.Post("/api/v1/session", json{{"username", "burst" + std::to_string(i)}, {"password", "fel"}}.dump(),
                      "application/json");
      if (!r) return;
      statuses[std::size_t(i)] = r->status;
      codes[std::size_t(i)] = code(r);
      retry_after[std::size_t(i)] = r->get_header_value("Retry-After");
    });
  }
  go = true;
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  auto reader = client();
  auto read = reader.Get("/api/v1/associations/1/members", h);
  for (auto& t : burst) t.join();
  ASSERT_TRUE(read);
  EXPECT_EQ(read->status, 200) << read->body;
  int refused = 0;
  int checked = 0;
  for (int i = 0; i < kLogins; ++i) {
    const auto at = std::size_t(i);
    if (statuses[at] == 503) {
      ++refused;
      EXPECT_EQ(codes[at], "server_busy");
      EXPECT_EQ(retry_after[at], "2");
    } else {
      ++checked;
      EXPECT_EQ(statuses[at], 401) << "login " << i << ": " << codes[at];
      EXPECT_EQ(codes[at], "invalid_credentials");
    }
  }
  EXPECT_GE(checked, 3);  // the pool's places were used
  EXPECT_GE(refused, 1);  // 20 at once against 3 places and Argon2id's 70 ms or more each
  // The burst is over: a login goes through again.
  EXPECT_EQ(
      client()
          .Post("/api/v1/session", json{{"username", "burst-after"}, {"password", "fel"}}.dump(), "application/json")
          ->status,
      401);
}

TEST_F(Hardening, AMissingKeyFileIsNeverReplacedSilently) {
  namespace fs = std::filesystem;
  const std::string keys = server_->key_file();
  std::string out;
  ASSERT_EQ(server_->run_cli({"keys", "fingerprint"}, out), 0) << out;
  const std::string fingerprint = out.substr(0, 64);
  EXPECT_EQ(fingerprint.find_first_not_of("0123456789abcdef"), std::string::npos) << out;
  fs::rename(keys, keys + ".moved");
  for (const std::vector<std::string>& command :
       std::vector<std::vector<std::string>>{{"audit", "verify"},
                                             {"retention", "run", "--dry-run"},
                                             {"keys", "init"},
                                             {"serve", "--listen", "127.0.0.1:0"}}) {
    EXPECT_NE(server_->run_cli(command, out), 0) << command[0] << ": " << out;
    EXPECT_NE(out.find("error: "), std::string::npos) << command[0] << ": " << out;
    EXPECT_FALSE(fs::exists(keys)) << command[0] << " made a new key file";
  }
  fs::rename(keys + ".moved", keys);
  ASSERT_EQ(server_->run_cli({"keys", "fingerprint"}, out), 0) << out;
  EXPECT_EQ(out.substr(0, 64), fingerprint);
  ASSERT_EQ(server_->run_cli({"audit", "verify"}, out), 0) << out;
}

TEST_F(Hardening, AuditVerifyFindsTruncationAndRollbackAndReadsOneSnapshotWhileWritten) {
  auto chef = login("forbundschef");
  httplib::Headers h{{"Cookie", chef.cookie}, {"X-CSRF-Token", chef.csrf}};
  std::string out;
  // Verified while a client writes: events and head are read at one instant (it said "the last event is
  // missing" in 20 of 20 runs before).
  std::atomic<bool> writing{true};
  std::thread writer([&] {
    auto c = client();
    for (int i = 0; writing && i < 400; ++i) {
      c.Post("/api/v1/associations/1/target-groups", h, json{{"name", "Skrivs " + std::to_string(i)}}.dump(),
             "application/json");
    }
  });
  for (int i = 0; i < 8; ++i) EXPECT_EQ(server_->run_cli({"audit", "verify"}, out), 0) << i << ": " << out;
  writing = false;
  writer.join();

  ASSERT_EQ(server_->run_cli({"audit", "head"}, out), 0) << out;
  const std::string noted = out.substr(0, out.find('\n'));
  ASSERT_EQ(server_->run_cli({"audit", "verify", "--expect", noted}, out), 0) << out;
  EXPECT_NE(out.find("as noted"), std::string::npos) << out;
  EXPECT_EQ(server_->run_cli({"audit", "verify", "--expect", "12:abc"}, out), 2) << out;

  // The newest events deleted and the head pointed at an earlier one, by someone who can write the file.
  auto db = connect(*server_);
  auto exec = [&](const std::string& sql) { EXPECT_NO_THROW(db->execute_script(sql)) << sql; };
  drop_audit_trigger(*db, "audit_event_no_delete");
  exec("DELETE FROM audit_event WHERE id > (SELECT max(id) - 3 FROM audit_event)");
  exec(
      "UPDATE audit_head SET event_count = (SELECT max(id) FROM audit_event), hash = (SELECT hash FROM audit_event "
      "ORDER BY id DESC LIMIT 1)");
  EXPECT_EQ(server_->run_cli({"audit", "verify"}, out), 1) << out;
  EXPECT_NE(out.find("head does not match"), std::string::npos) << out;
  // Both tables emptied, in a database with users.
  exec("DELETE FROM audit_event; DELETE FROM audit_head");
  EXPECT_EQ(server_->run_cli({"audit", "verify"}, out), 1) << out;
  EXPECT_NE(out.find("head does not match"), std::string::npos) << out;
}

TEST_F(Hardening, TheDatabaseAndItsKeysAreTheOwnersOnly) {
  namespace fs = std::filesystem;
  if (server_->postgres()) GTEST_SKIP() << "PostgreSQL keeps its own files (initdb makes them the owner's only)";
  const std::string db = server_->db_path();
  for (const std::string& path : {db, db + "-wal", db + "-shm", db + ".keys"}) {
    if (path == db || path == db + ".keys") {
      ASSERT_TRUE(fs::exists(path)) << path;
    }
    if (!fs::exists(path)) continue;  // WAL and SHM exist only while a connection has them open
    struct stat st {};
    ASSERT_EQ(::stat(path.c_str(), &st), 0) << path;
    EXPECT_EQ(st.st_mode & 0777, 0600U) << path;
  }
}

}  // namespace
}  // namespace samordna::apitest
