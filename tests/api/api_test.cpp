// API tests against the real `samordna serve` process on a loopback port.
#include <gtest/gtest.h>

#include <httplib.h>
#include <csignal>
#include <nlohmann/json.hpp>

#include "api_fixture.hpp"

namespace samordna::apitest {
namespace {
using nlohmann::json;

TEST_F(Api, HealthAndSecurityHeaders) {
  auto r = client().Get("/api/v1/health");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(json::parse(r->body)["status"], "ok");
  EXPECT_NE(r->get_header_value("Content-Security-Policy").find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
}

TEST_F(Api, OpenApiDocumentIsServed) {
  auto r = client().Get("/api/v1/openapi.json");
  ASSERT_EQ(r->status, 200);
  auto doc = json::parse(r->body);
  EXPECT_TRUE(doc["paths"].contains("/api/v1/associations/{id}/members"));
}

TEST_F(Api, LoginSetsAHardenedCookieAndShowsTheSession) {
  auto c = client();
  auto r = c.Post("/api/v1/session", json{{"username", "admin"}, {"password", server_->admin_password()}}.dump(),
                  "application/json");
  ASSERT_EQ(r->status, 200);
  auto cookie = r->get_header_value("Set-Cookie");
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  auto body = json::parse(r->body);
  EXPECT_EQ(body["user"]["username"], "admin");
  EXPECT_EQ(body["user"]["roles"], json::array({"superuser"}));
  EXPECT_EQ(body["user"]["superuser"], true);
  auto who = c.Get("/api/v1/session", {{"Cookie", cookie.substr(0, cookie.find(';'))}});
  EXPECT_EQ(who->status, 200);
  EXPECT_EQ(json::parse(who->body)["csrfToken"], body["csrfToken"]);
  // What the web app asks on start: the same session, or 204 (not 401) when there is none.
  auto current = c.Get("/api/v1/session/current", {{"Cookie", cookie.substr(0, cookie.find(';'))}});
  EXPECT_EQ(current->status, 200);
  EXPECT_EQ(json::parse(current->body)["user"]["username"], "admin");
  EXPECT_EQ(json::parse(current->body)["csrfToken"], body["csrfToken"]);
  auto none = c.Get("/api/v1/session/current");
  EXPECT_EQ(none->status, 204);
  EXPECT_EQ(none->body, "");
  EXPECT_FALSE(none->has_header("Set-Cookie"));
  auto stale = c.Get("/api/v1/session/current", {{"Cookie", "samordna_session=not-a-session"}});
  EXPECT_EQ(stale->status, 204);
  EXPECT_EQ(stale->get_header_value("Set-Cookie").rfind("samordna_session=;", 0), 0U);
  EXPECT_NE(stale->get_header_value("Set-Cookie").find("Max-Age=0"), std::string::npos);
}

TEST_F(Api, WrongCredentialsAre401WithoutSayingWhichPart) {
  auto c = client();
  auto wrong_password =
      c.Post("/api/v1/session", R"({"username":"admin","password":"wrong password!"})", "application/json");
  auto wrong_user =
      c.Post("/api/v1/session", json{{"username", "nobody"}, {"password", server_->admin_password()}}.dump(),
             "application/json");
  EXPECT_EQ(wrong_password->status, 401);
  EXPECT_EQ(wrong_user->status, 401);
  EXPECT_EQ(wrong_password->body, wrong_user->body);
  EXPECT_EQ(code(wrong_user), "invalid_credentials");
  EXPECT_EQ(wrong_user->get_header_value("Content-Type"), "application/problem+json");
}

TEST_F(Api, BadInputGetsSpecificErrors) {
  auto c = client();
  auto malformed = c.Post("/api/v1/session", "{not json", "application/json");
  EXPECT_EQ(malformed->status, 400);
  EXPECT_EQ(code(malformed), "malformed_json");
  auto not_object = c.Post("/api/v1/session", "[1,2]", "application/json");
  EXPECT_EQ(not_object->status, 400);
  auto empty = c.Post("/api/v1/session", "{}", "application/json");
  EXPECT_EQ(empty->status, 422);
  auto errors = json::parse(empty->body)["errors"];
  EXPECT_EQ(errors.size(), 2U);
  EXPECT_EQ(errors[0]["field"], "username");
  EXPECT_EQ(errors[0]["code"], "required");
  auto unknown = c.Get("/api/v1/nothing-here");
  EXPECT_EQ(unknown->status, 404);
  EXPECT_EQ(code(unknown), "not_found");
  auto wrong_method = c.Put("/api/v1/health", "", "application/json");
  EXPECT_EQ(wrong_method->status, 405);
  EXPECT_EQ(wrong_method->get_header_value("Allow"), "GET");
  auto too_large = c.Post("/api/v1/session", std::string(2 * 1024 * 1024, 'x'), "application/json");
  ASSERT_TRUE(too_large);
  EXPECT_EQ(too_large->status, 413);
  EXPECT_EQ(code(too_large), "payload_too_large");
}

TEST_F(Api, ProtectedRoutesNeedASessionAndCsrf) {
  auto c = client();
  EXPECT_EQ(c.Get("/api/v1/associations")->status, 401);
  auto session = login();
  httplib::Headers with_cookie{{"Cookie", session.cookie}};
  auto no_csrf = c.Delete("/api/v1/session", with_cookie);
  EXPECT_EQ(no_csrf->status, 403);
  EXPECT_EQ(code(no_csrf), "csrf_invalid");
  auto wrong_csrf = c.Delete("/api/v1/session", {{"Cookie", session.cookie}, {"X-CSRF-Token", session.csrf + "x"}});
  EXPECT_EQ(wrong_csrf->status, 403);
  auto logout = c.Delete("/api/v1/session", {{"Cookie", session.cookie}, {"X-CSRF-Token", session.csrf}});
  EXPECT_EQ(logout->status, 204);
  auto after = c.Get("/api/v1/associations", with_cookie);
  EXPECT_EQ(after->status, 401);
  EXPECT_EQ(code(after), "unauthenticated");
}

TEST_F(Api, DemoAssociationAndItsMembers) {
  auto c = client();
  auto session = login();
  httplib::Headers h{{"Cookie", session.cookie}};
  auto list = json::parse(c.Get("/api/v1/associations", h)->body)["items"];
  ASSERT_EQ(list.size(), 1U);
  EXPECT_EQ(list[0]["name"], "Samordningsförbundet Insjöriket");
  EXPECT_EQ(list[0]["formedOn"], "2006-07-01");
  std::string id = std::to_string(list[0]["id"].get<int>());
  auto members = json::parse(c.Get("/api/v1/associations/" + id + "/members", h)->body)["items"];
  ASSERT_EQ(members.size(), 8U);
  EXPECT_EQ(members[0]["name"], "Försäkringskassan");
  EXPECT_EQ(members[0]["partyKind"], "fk");
  EXPECT_EQ(members[2]["partyKind"], "region");
  EXPECT_EQ(members[7]["name"], "Alingsås kommun");
  EXPECT_EQ(members[7]["code"], "1489");
  EXPECT_EQ(members[7]["status"], "active");
  EXPECT_EQ(c.Get("/api/v1/associations/999/members", h)->status, 404);
  EXPECT_EQ(c.Get("/api/v1/associations/abc", h)->status, 404);
  EXPECT_EQ(c.Get("/api/v1/associations/-1", h)->status, 404);
}

TEST_F(Api, WebAppIsServedWithSpaFallback) {
  auto c = client();
  auto page = c.Get("/login");
  ASSERT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Cache-Control"), "no-cache");
  EXPECT_NE(page->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_EQ(c.Get("/assets/does-not-exist.js")->status, 404);
}

// The web app's files are compressed at build time (web/scripts/compress.mjs) and sent in the coding the browser
// accepts, brotli first; caches keep the codings apart (Vary).
TEST_F(Api, WebAppFilesArePrecompressed) {
  auto c = client();
  c.set_decompress(false);
  auto page = c.Get("/login", {{"Accept-Encoding", "identity"}});
  ASSERT_EQ(page->status, 200);
  auto start = page->body.find("/assets/index-");
  ASSERT_NE(start, std::string::npos) << page->body;
  const std::string script = page->body.substr(start, page->body.find('"', start) - start);
  auto plain = c.Get(script, {{"Accept-Encoding", "identity"}});
  auto br = c.Get(script, {{"Accept-Encoding", "gzip, deflate, br, zstd"}});
  auto gzip = c.Get(script, {{"Accept-Encoding", "gzip"}});
  ASSERT_EQ(plain->status, 200);
  EXPECT_EQ(plain->get_header_value("Content-Encoding"), "");
  EXPECT_EQ(br->get_header_value("Content-Encoding"), "br");
  EXPECT_EQ(gzip->get_header_value("Content-Encoding"), "gzip");
  EXPECT_EQ(gzip->body.substr(0, 2), "\x1f\x8b");  // the gzip magic number
  for (const auto* r : {&plain, &br, &gzip}) {
    EXPECT_EQ((*r)->get_header_value("Vary"), "Accept-Encoding");
    EXPECT_EQ((*r)->get_header_value("Cache-Control"), "public, max-age=31536000, immutable");
    EXPECT_EQ((*r)->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  }
  EXPECT_LT(br->body.size() * 3, plain->body.size());  // a script shrinks to well under a third
  EXPECT_LT(br->body.size(), gzip->body.size());
  auto html = c.Get("/start", {{"Accept-Encoding", "br"}});
  EXPECT_EQ(html->get_header_value("Content-Encoding"), "br");
  EXPECT_EQ(html->get_header_value("Cache-Control"), "no-cache");
}

TEST_F(Api, GarbageNeverGivesA500) {
  auto c = client();
  for (const char* body : {"", "null", "\"x\"", "{\"username\":1,\"password\":[]}", "{\"username\":\"\\u0000\"}",
                           "{\"username\":\"admin' OR 1=1 --\",\"password\":\"x\"}"}) {
    auto r = c.Post("/api/v1/session", body, "application/json");
    ASSERT_TRUE(r) << body;
    EXPECT_LT(r->status, 500) << body;
  }
  for (const char* path : {"/api/v1/associations/%00", "/api/v1/../../etc/passwd", "/api/v1/associations/1/members/x",
                           "/api", "/api/v1/associations/99999999999999999999999/members"}) {
    auto r = c.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_LT(r->status, 500) << path;
  }
}

}  // namespace
}  // namespace samordna::apitest

// Runs last: the server stops gracefully on SIGTERM (exit status 0).
TEST(ApiShutdown, StopsGracefullyOnSigterm) {
  samordna::apitest::ServerProcess server;
  EXPECT_EQ(server.stop(), 0);
}
