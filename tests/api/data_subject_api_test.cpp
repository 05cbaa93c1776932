// The data subject's rights against the real server (issue 11): the lead party's dataskyddsansvarig makes a
// register extract (JSON and PDF, with the access log), rectifies, restricts and erases; nobody else can,
// and another party's participants do not exist for them.
#include "api_fixture.hpp"

namespace samordna::apitest {
namespace {

constexpr const char* kAlingsasPerson = "20010203-1234";  // in På gång (led by Alingsås)
constexpr const char* kLerumPerson = "19900101-4563";     // in Aktiv Lerum (led by Lerum)

class DataSubjectApi : public Api {
 protected:
  httplib::Result get(const Login& l, const std::string& path) {
    return client().Get("/api/v1/associations/1" + path, as(l));
  }
  httplib::Result post(const Login& l, const std::string& path, const json& body) {
    return client().Post("/api/v1/associations/1" + path, as(l), body.dump(), "application/json");
  }
  static std::string first_error(const httplib::Result& r) {
    auto errors = json::parse(r->body).value("errors", json::array());
    return errors.empty() ? "" : errors[0]["field"].get<std::string>() + " " + errors[0]["code"].get<std::string>();
  }
  int insats_named(const Login& l, const std::string& name) {
    const auto list = json::parse(get(l, "/insatser")->body);
    for (const auto& i : list["items"]) {
      if (i["name"] == name) return i["id"];
    }
    ADD_FAILURE() << "no insats " << name;
    return 0;
  }
  // A referral of `pnr` to the insats, started: the participation's id.
  int start_participation(const Login& k, const std::string& pnr, int insats) {
    const auto referred = today().add_days(-10).iso();
    auto r = post(k, "/referrals",
                  {{"insatsId", insats},
                   {"referringMemberId", 3},
                   {"referredOn", referred},
                   {"personnummer", pnr},
                   {"name", "Ursprungligt Namn"},
                   {"kommunCode", "1489"},
                   {"targetGroupId", 1},
                   {"overrideEligibility", true},
                   {"reason", "Behöver stöd."}});
    EXPECT_EQ(r->status, 201) << r->body;
    auto started = post(k, "/referrals/" + std::to_string(json::parse(r->body)["id"].get<int>()) + "/start",
                        {{"startedOn", today().add_days(-5).iso()},
                         {"consent", {{"formReference", "Blankett 1"}, {"givenOn", today().add_days(-5).iso()}}},
                         {"version", 1}});
    EXPECT_EQ(started->status, 201) << started->body;
    return json::parse(started->body).value("id", 0);
  }
};

TEST_F(DataSubjectApi, TheControllersContactAnswersForItsOwnInsatserOnly) {
  auto k = login("koordinator");
  auto contact = login("dataskydd");
  const int pa_gang = insats_named(k, "På gång");
  const int aktiv_lerum = insats_named(k, "Aktiv Lerum");
  const int participation = start_participation(k, kAlingsasPerson, pa_gang);
  ASSERT_NE(participation, 0);
  start_participation(k, kLerumPerson, aktiv_lerum);
  // The koordinator reads the person: it shows in the access log of the extract.
  auto found = post(k, "/persons/search", {{"personnummer", kAlingsasPerson}});
  ASSERT_EQ(found->status, 200) << found->body;
  const auto person = std::to_string(json::parse(found->body)["personId"].get<int>());
  ASSERT_EQ(get(k, "/persons/" + person)->status, 200);

  auto extract = post(contact, "/data-subject/extract", {{"personnummer", kAlingsasPerson}});
  ASSERT_EQ(extract->status, 200) << extract->body;
  EXPECT_EQ(extract->get_header_value("Cache-Control"), "no-store");
  auto x = json::parse(extract->body);
  EXPECT_EQ(x["person"]["personnummer"], "200102031234");
  EXPECT_EQ(x["person"]["name"], "Ursprungligt Namn");
  EXPECT_EQ(x["controllers"][0]["name"], "Alingsås kommun");
  ASSERT_EQ(x["person"]["participations"].size(), 1U);
  EXPECT_EQ(x["person"]["participations"][0]["insatsId"], pa_gang);
  bool koordinator_read = false;
  for (const auto& e : x["accessLog"]) koordinator_read |= e["username"] == "koordinator" && e["view"] == "participant";
  EXPECT_TRUE(koordinator_read) << x["accessLog"].dump();
  auto pdf = post(contact, "/data-subject/extract", {{"personnummer", kAlingsasPerson}, {"format", "pdf"}});
  ASSERT_EQ(pdf->status, 200);
  EXPECT_EQ(pdf->get_header_value("Content-Type"), "application/pdf");
  EXPECT_EQ(pdf->body.rfind("%PDF", 0), 0U);
  // The extract itself is logged.
  auto log = json::parse(get(k, "/persons/" + person + "/access-log")->body)["items"];
  bool logged = false;
  for (const auto& e : log) logged |= e["username"] == "dataskydd" && e["view"] == "register_extract";
  EXPECT_TRUE(logged);

  // Another party's participant does not exist for Alingsås's contact; nobody else may ask at all.
  EXPECT_EQ(post(contact, "/data-subject/extract", {{"personnummer", kLerumPerson}})->status, 404);
  EXPECT_EQ(post(contact, "/data-subject/extract", {{"personnummer", "19121212-1212"}})->status, 404);
  EXPECT_EQ(first_error(post(contact, "/data-subject/extract", {{"personnummer", "20010203-1235"}})),
            "personnummer personnummer_checksum");
  EXPECT_EQ(first_error(post(contact, "/data-subject/extract", {{"personnummer", 200102031234}})),
            "personnummer invalid");
  EXPECT_EQ(first_error(post(contact, "/data-subject/extract", {{"personnummer", kAlingsasPerson}, {"format", "x"}})),
            "format invalid");
  for (const char* other : {"admin", "forbundschef", "koordinator", "revisor"}) {
    auto who = login(other);
    auto r = post(who, "/data-subject/extract", {{"personnummer", kAlingsasPerson}});
    EXPECT_EQ(r->status, 403) << other;
  }

  // Rectification with a reason.
  EXPECT_EQ(first_error(post(contact, "/data-subject/rectification",
                             {{"personnummer", kAlingsasPerson}, {"name", "Rätt Namn"}})),
            "reason required");
  EXPECT_EQ(first_error(post(contact, "/data-subject/rectification",
                             {{"personnummer", kAlingsasPerson}, {"kommunCode", "14"}, {"reason", "Flyttat"}})),
            "kommunCode invalid");
  ASSERT_EQ(post(contact, "/data-subject/rectification",
                 {{"personnummer", kAlingsasPerson}, {"name", "Rätt Namn"}, {"reason", "Stavfel i namnet"}})
                ->status,
            204);
  EXPECT_EQ(json::parse(get(k, "/persons/" + person)->body)["name"], "Rätt Namn");

  // Restriction: nothing new is recorded until it is lifted.
  EXPECT_EQ(
      first_error(post(contact, "/data-subject/restriction", {{"personnummer", kAlingsasPerson}, {"reason", "x"}})),
      "restricted required");
  auto restricted =
      post(contact, "/data-subject/restriction",
           {{"personnummer", kAlingsasPerson}, {"restricted", true}, {"reason", "Bestrider riktigheten"}});
  ASSERT_EQ(restricted->status, 200) << restricted->body;
  EXPECT_EQ(json::parse(get(k, "/persons/" + person)->body)["restricted"], true);
  auto refused = post(k, "/referrals",
                      {{"insatsId", pa_gang},
                       {"referringMemberId", 3},
                       {"referredOn", today().iso()},
                       {"personnummer", kAlingsasPerson},
                       {"name", "Rätt Namn"},
                       {"kommunCode", "1489"},
                       {"targetGroupId", 1},
                       {"overrideEligibility", true},
                       {"reason", "Igen."}});
  EXPECT_EQ(refused->status, 422);
  EXPECT_NE(refused->body.find("\"restricted\""), std::string::npos) << refused->body;
  ASSERT_EQ(post(contact, "/data-subject/restriction",
                 {{"personnummer", kAlingsasPerson}, {"restricted", false}, {"reason", "Utrett"}})
                ->status,
            200);

  // Erasure: not while the participation is ongoing; then for good, the counts stay.
  EXPECT_EQ(
      first_error(post(contact, "/data-subject/erasure", {{"personnummer", kAlingsasPerson}, {"reason", "Begäran"}})),
      "person ongoing_participation");
  auto ended = post(k, "/participations/" + std::to_string(participation) + "/end",
                    {{"endedOn", today().iso()}, {"exitReason", "other"}, {"version", 1}});
  ASSERT_EQ(ended->status, 200) << ended->body;
  ASSERT_EQ(post(contact, "/data-subject/erasure", {{"personnummer", kAlingsasPerson}, {"reason", "Begäran 2026-12"}})
                ->status,
            204);
  EXPECT_EQ(post(contact, "/data-subject/extract", {{"personnummer", kAlingsasPerson}})->status, 404);
  EXPECT_EQ(post(k, "/persons/search", {{"personnummer", kAlingsasPerson}})->status, 404);
  auto chef = login("forbundschef");
  auto audit = json::parse(get(chef, "/audit?action=erase")->body)["items"];
  ASSERT_EQ(audit.size(), 1U);
  EXPECT_EQ(audit[0]["username"], "dataskydd");
  EXPECT_EQ(audit[0]["entityId"], person);
}

TEST_F(DataSubjectApi, TheRecordOfProcessingPerController) {
  auto chef = login("forbundschef");
  const auto members = json::parse(get(chef, "/members")->body)["items"];
  int alingsas = 0;
  for (const auto& m : members) {
    if (m["code"] == "1489") alingsas = m["id"];
  }
  auto record = get(chef, "/processing-record?memberId=" + std::to_string(alingsas));
  ASSERT_EQ(record->status, 200) << record->body;
  auto r = json::parse(record->body);
  EXPECT_EQ(r["controller"]["name"], "Alingsås kommun");
  EXPECT_EQ(r["processor"], "Samordningsförbundet Insjöriket");
  bool pa_gang = false;
  for (const auto& i : r["insatser"]) pa_gang |= i["name"] == "På gång";
  EXPECT_TRUE(pa_gang);
  EXPECT_FALSE(r["agreements"].empty());
  EXPECT_NE(r["retention"].get<std::string>().find("år"), std::string::npos);
  EXPECT_EQ(first_error(get(chef, "/processing-record")), "memberId required");
  EXPECT_EQ(first_error(get(chef, "/processing-record?memberId=999999")), "memberId unknown");
}

}  // namespace
}  // namespace samordna::apitest
