// The participant-level export against the real server with the demo: streamed in chunks, within the
// caller's scope (counted independently in the database file), pseudonymised, logged, and refused to
// those without personal data.

#include <regex>

#include "api_fixture.hpp"
#include "database_check.hpp"

namespace samordna::apitest {
namespace {

class ParticipationExportApi : public Api {
 protected:
  httplib::Result get(const Login& l, const std::string& query) {
    return client().Get("/api/v1/associations/1/participations.csv" + query, {{"Cookie", l.cookie}});
  }
  // Participations running in 2019 that a user may see: in the insatser they work in or referred by them.
  int expected_rows(const std::string& username) {
    const std::string sql =
        "SELECT COUNT(*) FROM participation p LEFT JOIN referral r ON r.id = p.referral_id, app_user u "
        "WHERE u.username = '" +
        username +
        "' AND p.association_id = 1 AND p.started_on <= '2019-12-31' AND "
        "(p.ended_on IS NULL OR p.ended_on >= '2019-01-01') AND (p.insats_id IN (SELECT insats_id FROM "
        "insats_staff WHERE user_id = u.id) OR r.referrer_user_id = u.id)";
    return std::stoi(text_of(*connect(*server_), sql));
  }
  static int lines(const std::string& body) { return int(std::count(body.begin(), body.end(), '\n')); }
};

TEST_F(ParticipationExportApi, StreamsTheCallersParticipationsPseudonymised) {
  auto k = login("koordinator");
  auto r = get(k, "?from=2019-01-01&to=2019-12-31");
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("Transfer-Encoding"), "chunked");
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(r->body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(r->body.find("Deltagande;Insats;Deltagare;K\xC3\xB6n;F\xC3\xB6"
                         "delse\xC3\xA5r;Kommun"),
            std::string::npos);
  const int expected = expected_rows("koordinator");
  ASSERT_GT(expected, 0);
  EXPECT_EQ(lines(r->body), expected + 1);  // the header and one row per participation
  // Pseudonymised: no personnummer, no names; people by their number in the förbund.
  EXPECT_FALSE(std::regex_search(r->body, std::regex("[0-9]{6,8}[-+][0-9]{4}")));
  EXPECT_TRUE(std::regex_search(r->body, std::regex("\r\n[0-9]+;[^;]+;(P[0-9]+|anonym);(Kvinna|Man);")));
  // Every row has the same 22 columns.
  std::size_t start = r->body.find("\r\n") + 2;
  while (start < r->body.size()) {
    auto end = r->body.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    EXPECT_EQ(std::count(r->body.begin() + long(start), r->body.begin() + long(end), ';'), 21);
    start = end + 2;
  }
  // A remittent sees only the participations of their own referrals.
  auto remittent = get(login("remittent"), "?from=2019-01-01&to=2019-12-31");
  ASSERT_EQ(remittent->status, 200);
  EXPECT_EQ(lines(remittent->body), expected_rows("remittent") + 1);
}

TEST_F(ParticipationExportApi, RefusedWithoutPersonalDataAndForBadPeriods) {
  for (const char* user : {"styrelse", "ekonom", "forbundschef", "revisor"}) {
    EXPECT_EQ(get(login(user), "?from=2019-01-01&to=2019-12-31")->status, 403) << user;
  }
  auto k = login("koordinator");
  auto field = [&](const std::string& query) {
    auto r = get(k, query);
    EXPECT_EQ(r->status, 422) << query;
    auto e = json::parse(r->body)["errors"][0];
    return e["field"].get<std::string>() + " " + e["code"].get<std::string>();
  };
  EXPECT_EQ(field("?to=2019-12-31"), "from required");
  EXPECT_EQ(field("?from=2019-01-01&to=31/12"), "to invalid");
  EXPECT_EQ(field("?from=2019-12-31&to=2019-01-01"), "to before_from");
  EXPECT_EQ(field("?from=1999-01-01&to=2000-12-31"), "from before_data");
  const int y = this_year();  // a period that reaches into a later year than this one
  EXPECT_EQ(field("?from=" + in_year(y, "01-01") + "&to=" + in_year(y + 1, "01-31")), "to after_data");
}

TEST_F(ParticipationExportApi, TheExportIsLogged) {
  auto k = login("koordinator");
  ASSERT_EQ(get(k, "?from=2020-01-01&to=2020-06-30")->status, 200);
  auto admin = login("revisor");
  auto log = client().Get("/api/v1/associations/1/audit?entity=participations", {{"Cookie", admin.cookie}});
  ASSERT_EQ(log->status, 200) << log->body;
  EXPECT_NE(log->body.find("\"action\":\"export\""), std::string::npos) << log->body.substr(0, 500);
  EXPECT_NE(log->body.find("2020-06-30"), std::string::npos);
}

}  // namespace
}  // namespace samordna::apitest
