#include "access/http/router.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/api/front.hpp"
#include "app/api/test_routes.hpp"
#include "platform/http/message.hpp"

namespace samordna::http {
namespace {

TEST(Front, OnlyRequestsAnsweredFromMemoryAreAnsweredOnTheIoThreads) {
  EXPECT_TRUE(answered_from_memory("GET", "/"));
  EXPECT_TRUE(answered_from_memory("GET", "/assets/index-3f2a.js"));
  EXPECT_TRUE(answered_from_memory("HEAD", "/deltagare/12"));  // the app's own routes: index.html
  EXPECT_TRUE(answered_from_memory("GET", "/api/v1/health"));
  EXPECT_TRUE(answered_from_memory("GET", "/api/v1/openapi.json"));
  EXPECT_FALSE(answered_from_memory("GET", "/api/v1/associations/1/members"));  // the database
  EXPECT_FALSE(answered_from_memory("GET", "/api/v1/healthz"));
  EXPECT_FALSE(answered_from_memory("GET", "/api"));
  EXPECT_FALSE(answered_from_memory("POST", "/api/v1/health"));
  EXPECT_FALSE(answered_from_memory("POST", "/"));
}

TEST(Router, MatchesPatternsWithParameters) {
  std::map<std::string, std::string> params;
  EXPECT_TRUE(match_pattern("/api/v1/associations/{id}/members", "/api/v1/associations/12/members", params));
  EXPECT_EQ(params["id"], "12");
  EXPECT_FALSE(match_pattern("/api/v1/associations/{id}", "/api/v1/associations/", params));
  EXPECT_FALSE(match_pattern("/api/v1/associations/{id}", "/api/v1/associations/1/x", params));
  EXPECT_FALSE(match_pattern("/api/v1/health", "/api/v1/healthz", params));
}

TEST(Router, UnknownPathIs404AndWrongMethodIs405) {
  testing::RouteTable table;
  Request unknown{"GET", "/api/v1/nope", {}, {}, "", ""};
  EXPECT_EQ(table.router.dispatch(unknown).status, 404);
  Request wrong{"PUT", "/api/v1/health", {}, {}, "", ""};
  auto r = table.router.dispatch(wrong);
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(nlohmann::json::parse(r.body)["code"], "method_not_allowed");
}

TEST(Router, ProtectedRoutesNeedASession) {
  testing::RouteTable table;
  Request request{"GET", "/api/v1/associations", {}, {{"cookie", "samordna_session=forged"}}, "", ""};
  auto r = table.router.dispatch(request);
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(r.content_type, "application/problem+json");
}

// The förbund known to exist are kept at the caller's access version: one added is found at once (a förbund that
// is not there is never kept), and one removed, from another connection, is not found at the next request.
TEST(Router, AForbundAddedOrRemovedIsSeenAtTheNextRequest) {
  testing::RouteTable table;
  auto& inst = *table.inst;
  inst.users.add_user({0, "super", "Super", inst.hasher.hash("a long enough password"), false, {"superuser"}});
  auto login = inst.auth.login("super", "a long enough password");
  ASSERT_TRUE(login);
  const auto members = [&] {
    Request request{"GET", "/api/v1/associations/9/members", {}, {{"cookie", "samordna_session=" + login->token}}, "",
                    ""};
    return table.router.dispatch(request).status;
  };
  EXPECT_EQ(members(), 404);
  storage::SqliteDatabase other_connection((table.dir / "routes.db").string());
  storage::Database& other = other_connection;
  other.execute(
      "INSERT INTO association (id, name, org_number, seat, formed_on) VALUES (9, 'F', '1', 'A', '2006-07-01')");
  EXPECT_EQ(members(), 200);
  EXPECT_EQ(members(), 200);
  other.execute("DELETE FROM association WHERE id = 9");
  EXPECT_EQ(members(), 404);
}

TEST(Router, EveryRouteDeclaresAKnownPermission) {
  testing::RouteTable table;
  ASSERT_FALSE(table.router.routes().empty());
  for (const auto& route : table.router.routes()) {
    const auto& known = core::all_permissions();
    EXPECT_NE(std::find(known.begin(), known.end(), route.permission), known.end()) << route.pattern;
    // A permission granted by roles in a förbund needs a route that names the förbund (or a member of it),
    // so that access can be decided against it.
    EXPECT_EQ(core::is_scoped(route.permission), route.scope != Scope::none) << route.method << " " << route.pattern;
    // Only the login, the question whether the cookie holds a session, the invitation links (which carry
    // their own secret), health and API description are open to anonymous callers.
    if (route.permission == Permission::public_access) {
      EXPECT_TRUE(route.pattern == "/api/v1/health" || route.pattern == "/api/v1/openapi.json" ||
                  (route.pattern == "/api/v1/session" && route.method == "POST") ||
                  (route.pattern == "/api/v1/session/current" && route.method == "GET") ||
                  (route.pattern.rfind("/api/v1/invitations/", 0) == 0 && route.method == "POST"))
          << route.method << " " << route.pattern;
    }
  }
}

TEST(Request, CookiesAndQuery) {
  Request r;
  r.headers["cookie"] = "a=1; samordna_session=abc; b=2";
  EXPECT_EQ(r.cookie("samordna_session"), "abc");
  EXPECT_EQ(r.cookie("samordna"), "");
  auto q = parse_query("from=2017-01-01&name=%C3%85sa+B&empty");
  EXPECT_EQ(q["from"], "2017-01-01");
  EXPECT_EQ(q["name"], "Åsa B");
  EXPECT_EQ(q["empty"], "");
}

}  // namespace
}  // namespace samordna::http
