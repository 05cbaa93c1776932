// Operations from the command line beside a serving installation: a backup into a new SQLite file, and its
// restore into an empty database, prove themselves table by table and give back the same installation; a new
// förbund with its members and first charter, all or nothing.
#include "api_fixture.hpp"

namespace samordna::apitest {
namespace {

class Operations : public Api {};

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

TEST_F(Operations, ABackupRestoresToTheSameInstallation) {
  auto chef = login("forbundschef");
  ASSERT_EQ(client()
                .Post("/api/v1/associations/1/target-groups", {{"Cookie", chef.cookie}, {"X-CSRF-Token", chef.csrf}},
                      json{{"name", "Före säkerhetskopian"}}.dump(), "application/json")
                ->status,
            201);
  std::string out;
  const std::string backup = server_->folder() + "/backup.db";
  ASSERT_EQ(server_->run_cli({"backup", "--out", backup}, out), 0) << out;  // while the server serves
  EXPECT_NE(out.find("person: "), std::string::npos) << out;
  EXPECT_NE(out.find("audit log verified there"), std::string::npos) << out;
  EXPECT_NE(server_->run_cli({"backup", "--out", backup}, out), 0) << "a backup never replaces a file";

  ASSERT_EQ(server_->run_cli({"audit", "head"}, out), 0) << out;
  const std::string head = first_line(out);
  const std::string restored = server_->folder() + "/restored.db";
  ASSERT_EQ(server_->run_cli_on(restored, {"restore", "--from", backup}, out), 0) << out;
  ASSERT_EQ(server_->run_cli_on(restored, {"audit", "verify", "--expect", head}, out), 0) << out;
  ASSERT_EQ(server_->run_cli_on(restored, {"user", "list"}, out), 0) << out;
  EXPECT_NE(out.find("forbundschef"), std::string::npos) << out;
  // Restoring again into what now holds data is refused, and nothing changes there.
  EXPECT_EQ(server_->run_cli_on(restored, {"restore", "--from", backup}, out), 3) << out;
  EXPECT_NE(out.find("holds data"), std::string::npos) << out;
  ASSERT_EQ(server_->run_cli_on(restored, {"audit", "verify", "--expect", head}, out), 0) << out;
  EXPECT_NE(server_->run_cli_on(restored, {"restore", "--from", server_->folder() + "/none.db"}, out), 0);
}

TEST_F(Operations, ANewForbundComesWithItsMembersAndFirstCharterOrNotAtAll) {
  auto admin = login("admin");
  const httplib::Headers as_admin{{"Cookie", admin.cookie}};
  auto get = [&](const std::string& path) { return json::parse(client().Get(path, as_admin)->body)["items"]; };
  auto count = [&] { return get("/api/v1/associations").size(); };
  const auto before = count();
  const std::vector<std::string> base{"association",      "create",      "--name",   "Samordningsförbundet Göta älv",
                                      "--org-number",     "222000-4444", "--seat",   "Partille",
                                      "--formed-on",      "2027-01-01",  "--region", "14:Västra Götalandsregionen",
                                      "--reference-year", "2022"};
  std::string out;
  // A kommun code SCB does not know: refused by field, and neither the förbund nor any member is left behind.
  auto bad = base;
  for (const char* a : {"--kommun", "1401:Härryda kommun", "--kommun", "1499:Ingen kommun"}) bad.push_back(a);
  EXPECT_EQ(server_->run_cli(bad, out), 2) << out;
  EXPECT_NE(out.find("code: unknown"), std::string::npos) << out;
  EXPECT_NE(out.find("nothing was created"), std::string::npos) << out;
  EXPECT_EQ(count(), before);
  auto no_name = base;
  for (const char* a : {"--kommun", "1401"}) no_name.push_back(a);
  EXPECT_EQ(server_->run_cli(no_name, out), 2) << out;
  EXPECT_NE(out.find("kommun: invalid"), std::string::npos) << out;

  auto good = base;
  for (const char* a : {"--kommun", "1401:Härryda kommun", "--kommun", "1402:Partille kommun"}) good.push_back(a);
  ASSERT_EQ(server_->run_cli(good, out), 0) << out;
  EXPECT_NE(out.find("5 members and its first charter"), std::string::npos) << out;
  ASSERT_EQ(count(), before + 1);
  std::string id;
  for (const auto& a : get("/api/v1/associations")) {
    if (a["name"] == "Samordningsförbundet Göta älv") id = std::to_string(a["id"].get<int>());
  }
  ASSERT_FALSE(id.empty());
  const auto members = get("/api/v1/associations/" + id + "/members");
  ASSERT_EQ(members.size(), 5U);
  EXPECT_EQ(members[0]["name"], "Försäkringskassan");
  const auto charters = get("/api/v1/associations/" + id + "/charters");
  ASSERT_EQ(charters.size(), 1U);
  EXPECT_EQ(charters[0]["effectiveFrom"], "2027-01-01");
  EXPECT_EQ(charters[0]["boardSeats"].size(), 5U);
  // The same organisation number again is refused.
  EXPECT_EQ(server_->run_cli(good, out), 2) << out;
  EXPECT_NE(out.find("org_number_taken"), std::string::npos) << out;
  EXPECT_EQ(count(), before + 1);
}

// The same setup through the web app's API (the superuser's Förbund page): field errors named as the form names
// them, nothing left behind by a refusal, and a förbund with its members and charter.
TEST_F(Operations, TheSuperuserSetsUpAFörbundThroughTheApi) {
  auto admin = login("admin");
  const httplib::Headers as_admin{{"Cookie", admin.cookie}, {"X-CSRF-Token", admin.csrf}};
  auto post = [&](const json& body) {
    return client().Post("/api/v1/association-setups", as_admin, body.dump(), "application/json");
  };
  auto count = [&] { return json::parse(client().Get("/api/v1/associations", as_admin)->body)["items"].size(); };
  const auto before = count();
  json body{{"name", "Samordningsförbundet Mölndal"},
            {"orgNumber", "222000-5555"},
            {"seat", "Mölndal"},
            {"formedOn", "2027-01-01"},
            {"region", {{"code", "14"}, {"name", "Västra Götalandsregionen"}}},
            {"kommuner", {{{"code", "1481"}, {"name", "Mölndals stad"}}, {{"code", "1499"}, {"name", "Ingen"}}}},
            {"referenceYear", 2022}};
  auto refused = post(body);
  ASSERT_EQ(refused->status, 422) << refused->body;
  EXPECT_EQ(json::parse(refused->body)["errors"][0], json::parse(R"({"field":"kommuner.1.code","code":"unknown"})"));
  EXPECT_EQ(count(), before);  // neither the förbund nor a member is left behind
  auto wrong = body;
  wrong["kommuner"] = json::array();
  EXPECT_EQ(json::parse(post(wrong)->body)["errors"][0]["field"], "kommuner");
  wrong["kommuner"] = "1481";
  EXPECT_EQ(post(wrong)->status, 422);
  wrong = body;
  wrong["region"] = {{"code", 14}, {"name", "VGR"}};
  EXPECT_EQ(json::parse(post(wrong)->body)["errors"][0]["field"], "region.code");
  wrong = body;
  wrong["splitKey"] = "lottery";
  EXPECT_EQ(json::parse(post(wrong)->body)["errors"][0]["field"], "splitKey");
  EXPECT_EQ(count(), before);

  body["kommuner"] = {{{"code", "1481"}, {"name", "Mölndals stad"}}};
  auto made = post(body);
  ASSERT_EQ(made->status, 201) << made->body;
  const auto id = std::to_string(json::parse(made->body)["id"].get<int>());
  EXPECT_EQ(json::parse(client().Get("/api/v1/associations/" + id + "/members", as_admin)->body)["items"].size(), 4U);
  EXPECT_EQ(json::parse(client().Get("/api/v1/associations/" + id + "/charters", as_admin)->body)["items"].size(), 1U);
  EXPECT_EQ(post(body)->status, 409);  // the organisation number is taken
  // Only a superuser sets up a förbund.
  auto chef = login("forbundschef");
  EXPECT_EQ(client()
                .Post("/api/v1/association-setups", {{"Cookie", chef.cookie}, {"X-CSRF-Token", chef.csrf}}, body.dump(),
                      "application/json")
                ->status,
            403);
}

// An edit that leaves a setting out keeps it (an edit of the name alone once reset the retention years, the
// disclosure threshold and the equity limit to their defaults).
TEST_F(Operations, AnEditKeepsTheSettingsItLeavesOut) {
  auto admin = login("admin");
  const httplib::Headers as_admin{{"Cookie", admin.cookie}, {"X-CSRF-Token", admin.csrf}};
  auto read = [&] { return json::parse(client().Get("/api/v1/associations/1", as_admin)->body); };
  auto put = [&](const json& body) {
    return client().Put("/api/v1/associations/1", as_admin, body.dump(), "application/json");
  };
  auto a = read();
  json edit{{"name", a["name"]},   {"orgNumber", a["orgNumber"]}, {"seat", a["seat"]},     {"formedOn", a["formedOn"]},
            {"retentionYears", 4}, {"disclosureThreshold", 7},    {"equityLimitBp", 1500}, {"version", a["version"]}};
  auto set = put(edit);
  ASSERT_EQ(set->status, 200) << set->body;
  json rename{{"name", "Samordningsförbundet Insjöriket (nytt namn)"},
              {"orgNumber", a["orgNumber"]},
              {"seat", a["seat"]},
              {"formedOn", a["formedOn"]},
              {"version", json::parse(set->body)["version"]}};
  auto renamed = put(rename);
  ASSERT_EQ(renamed->status, 200) << renamed->body;
  auto after = read();
  EXPECT_EQ(after["name"], "Samordningsförbundet Insjöriket (nytt namn)");
  EXPECT_EQ(after["retentionYears"], 4);
  EXPECT_EQ(after["disclosureThreshold"], 7);
  EXPECT_EQ(after["equityLimitBp"], 1500);
}

}  // namespace
}  // namespace samordna::apitest
