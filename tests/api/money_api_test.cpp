// API tests for members and money against the real server with a fresh demo database (Insjöriket).
#include "api_fixture.hpp"

namespace samordna::apitest {
namespace {

class MoneyApi : public Api {
 protected:
  void SetUp() override { session_ = login(); }
  httplib::Headers auth() const { return {{"Cookie", session_.cookie}, {"X-CSRF-Token", session_.csrf}}; }
  httplib::Result get(const std::string& path) { return client().Get(path, auth()); }
  httplib::Result post(const std::string& path, const json& body) {
    return client().Post(path, auth(), body.dump(), "application/json");
  }
  httplib::Result put(const std::string& path, const json& body) {
    return client().Put(path, auth(), body.dump(), "application/json");
  }
  // The first field error of a 422, as "field code".
  static std::string field_error(const httplib::Result& r) {
    EXPECT_EQ(r->status, 422) << r->body;
    auto errors = json::parse(r->body).value("errors", json::array());
    return errors.empty() ? "" : errors[0]["field"].get<std::string>() + " " + errors[0]["code"].get<std::string>();
  }
  json member(const std::string& code) {
    auto members = json::parse(get("/api/v1/associations/1/members")->body);
    for (auto& m : members["items"]) {
      if (m["code"] == code) return m;
    }
    return nullptr;
  }
  Login session_;
};

TEST_F(MoneyApi, DemoMembersCarryTheirNotices) {
  auto harryda = member("1401");
  EXPECT_EQ(harryda["status"], "left");
  EXPECT_EQ(harryda["leftOn"], "2023-12-31");
  EXPECT_EQ(harryda["notice"]["feeYears"], json::array({2021, 2022, 2023}));
  auto alingsas = member("1489");
  EXPECT_EQ(alingsas["status"], "active");
  EXPECT_EQ(alingsas["notice"]["revokedOn"], "2023-06-14");
  auto association = json::parse(get("/api/v1/associations/1")->body);
  EXPECT_EQ(association["membershipIssues"], json::array());
  EXPECT_EQ(association["equityLimitBp"], 2000);
}

TEST_F(MoneyApi, Budget2020ShowsEachContributionAndItsBasis) {
  auto r = get("/api/v1/associations/1/budgets/2020");
  ASSERT_EQ(r->status, 200);
  auto b = json::parse(r->body);
  EXPECT_EQ(b["totalOre"], 1'497'600'000);
  EXPECT_EQ(b["shares"]["stateOre"], 748'800'000);
  EXPECT_EQ(b["splitKey"]["kind"], "population");
  std::int64_t sum = 0;
  for (const auto& c : b["contributions"]) sum += c["amountOre"].get<std::int64_t>();
  EXPECT_EQ(sum, 1'497'600'000);
  const auto& alingsas = b["contributions"].back();
  EXPECT_EQ(alingsas["name"], "Alingsås kommun");
  EXPECT_EQ(alingsas["amountOre"], 64'410'602);  // 644 tkr
  EXPECT_EQ(alingsas["basis"]["weight"], 23781);
  EXPECT_EQ(alingsas["basis"]["weightSum"], 138232);
  EXPECT_EQ(alingsas["payment"]["status"], "paid");
  auto list = json::parse(get("/api/v1/associations/1/budgets")->body);
  EXPECT_EQ(list["items"].size(), std::size_t(demo_last_year() - 2016));  // 2017 to the demo's last year
  // Härryda pays through 2023 and not from 2024.
  for (const auto& m : list["members"]) {
    if (m["name"] == "Härryda kommun") {
      EXPECT_TRUE(m["amounts"].contains("2023"));
      EXPECT_FALSE(m["amounts"].contains("2024"));
    }
  }
  EXPECT_EQ(get("/api/v1/associations/1/budgets/2016")->status, 404);
  EXPECT_EQ(get("/api/v1/associations/99/budgets")->status, 404);
}

TEST_F(MoneyApi, SavingABudgetChecksVersionAndInput) {
  const auto next = "/api/v1/associations/1/budgets/" + std::to_string(demo_last_year() + 1);
  const auto after = "/api/v1/associations/1/budgets/" + std::to_string(demo_last_year() + 2);
  auto created = put(next, {{"totalOre", 1'500'000'000}, {"version", 0}});
  ASSERT_EQ(created->status, 200) << created->body;
  EXPECT_EQ(json::parse(created->body)["version"], 1);
  auto stale = put(next, {{"totalOre", 1'600'000'000}, {"version", 0}});
  EXPECT_EQ(stale->status, 409);
  EXPECT_EQ(json::parse(stale->body)["code"], "version_conflict");
  EXPECT_EQ(json::parse(stale->body)["current"]["totalOre"], 1'500'000'000);
  EXPECT_EQ(field_error(put(after, {{"totalOre", -1}, {"version", 0}})), "totalOre negative");
  EXPECT_EQ(field_error(put(after, {{"version", 0}})), "totalOre required");
  // A budget for a year after 2023 naming Härryda, which left at the end of 2023.
  auto harryda = member("1401")["id"].get<int>();
  EXPECT_EQ(field_error(put(after, {{"totalOre", 100}, {"version", 0}, {"keyInputs", {{{"memberId", harryda}}}}})),
            "keyInputs." + std::to_string(harryda) + " member_not_in_year");
  EXPECT_EQ(get(after)->status, 404);  // nothing saved
  EXPECT_EQ(put(after, json::object())->status, 422);
  EXPECT_EQ(client().Put(after, auth(), "{", "application/json")->status, 400);
}

TEST_F(MoneyApi, APopulationKeyNeedsPopulationForEveryKommun) {
  // A charter from four years after the demo's last, keyed on population 2019, which the demo has not imported.
  const int year = demo_last_year() + 4;
  auto charter =
      post("/api/v1/associations/1/charters", {{"effectiveFrom", in_year(year, "01-01")},
                                               {"notice", {{"years", 3}, {"counting", "calendar_years"}}},
                                               {"splitKey", {{"kind", "population"}, {"referenceYear", 2019}}}});
  ASSERT_EQ(charter->status, 201) << charter->body;
  auto r = put("/api/v1/associations/1/budgets/" + std::to_string(year), {{"totalOre", 1'000'000}, {"version", 0}});
  EXPECT_EQ(field_error(r).substr(0, 11), "population.");
  EXPECT_NE(r->body.find("missing"), std::string::npos);
}

TEST_F(MoneyApi, FixedPercentagesMustSumToAHundred) {
  const int year = demo_last_year() + 5;
  const auto budget = "/api/v1/associations/1/budgets/" + std::to_string(year);
  auto charter = post("/api/v1/associations/1/charters", {{"effectiveFrom", in_year(year, "01-01")},
                                                          {"notice", {{"years", 2}, {"counting", "from_date"}}},
                                                          {"splitKey", {{"kind", "fixed_percent"}}}});
  ASSERT_EQ(charter->status, 201) << charter->body;
  json inputs = json::array();
  for (auto code : {"1481", "1402", "1441", "1489"})
    inputs.push_back({{"memberId", member(code)["id"]}, {"percentBp", 2500}});
  inputs[0]["percentBp"] = 2400;
  EXPECT_EQ(field_error(put(budget, {{"totalOre", 400}, {"version", 0}, {"keyInputs", inputs}})),
            "keyInputs shares_not_100");
  inputs[0]["percentBp"] = 2500;
  auto ok = put(budget, {{"totalOre", 400}, {"version", 0}, {"keyInputs", inputs}});
  ASSERT_EQ(ok->status, 200) << ok->body;
  EXPECT_EQ(json::parse(ok->body)["contributions"].back()["amountOre"], 25);
}

TEST_F(MoneyApi, ChartersAreVersionedAndValidated) {
  auto list = json::parse(get("/api/v1/associations/1/charters")->body)["items"];
  ASSERT_GE(list.size(), 1U);
  EXPECT_EQ(list.back()["effectiveFrom"], "2006-07-01");
  EXPECT_EQ(list.back()["notice"]["years"], 3);
  EXPECT_EQ(list.back()["boardSeats"].size(), 8U);
  EXPECT_EQ(field_error(post("/api/v1/associations/1/charters",
                             {{"effectiveFrom", "2032-01-01"}, {"splitKey", {{"kind", "manual"}}}})),
            "notice.years required");
  EXPECT_EQ(
      field_error(post("/api/v1/associations/1/charters", {{"effectiveFrom", "2032-01-01"},
                                                           {"notice", {{"years", 4}, {"counting", "calendar_years"}}},
                                                           {"splitKey", {{"kind", "manual"}}}})),
      "notice.years out_of_range");
  EXPECT_EQ(
      field_error(post("/api/v1/associations/1/charters", {{"effectiveFrom", "2006-07-01"},
                                                           {"notice", {{"years", 3}, {"counting", "calendar_years"}}},
                                                           {"splitKey", {{"kind", "manual"}}}})),
      "effectiveFrom duplicate");
  EXPECT_EQ(field_error(post("/api/v1/associations/1/charters", {{"effectiveFrom", "2033-01-01"},
                                                                 {"notice", {{"years", 3}, {"counting", "weeks"}}},
                                                                 {"splitKey", {{"kind", "manual"}}}})),
            "notice.counting invalid");
}

TEST_F(MoneyApi, NoticeAndRevocation) {
  // Given ten days ago (a notice dated in the future is not in force yet), revoked today.
  const auto given_on = today().add_days(-10);
  const std::string on = given_on.iso();
  auto lerum = member("1441");
  auto id = std::to_string(lerum["id"].get<int>());
  auto given = post(
      "/api/v1/members/" + id + "/notice",
      {{"givenOn", on}, {"decidedBy", "Kommunfullmäktige"}, {"reference", "KF § 9"}, {"version", lerum["version"]}});
  ASSERT_EQ(given->status, 200) << given->body;
  auto after = json::parse(given->body);
  EXPECT_EQ(after["notice"]["endsOn"], in_year(given_on.year() + 3, "12-31"));
  EXPECT_EQ(after["status"], "notice_given");
  // The same request again is stale.
  auto stale =
      post("/api/v1/members/" + id + "/notice", {{"givenOn", on}, {"decidedBy", "KF"}, {"version", lerum["version"]}});
  EXPECT_EQ(stale->status, 409);
  EXPECT_EQ(json::parse(stale->body)["current"]["notice"]["givenOn"], on);
  EXPECT_EQ(
      field_error(post("/api/v1/members/" + id + "/notice",
                       {{"givenOn", given_on.add_days(1).iso()}, {"decidedBy", "KF"}, {"version", after["version"]}})),
      "notice already_given");
  EXPECT_EQ(field_error(post("/api/v1/members/" + id + "/notice/revocation",
                             {{"revokedOn", given_on.add_days(-1).iso()}, {"version", after["version"]}})),
            "revokedOn before_notice");
  auto revoked = post("/api/v1/members/" + id + "/notice/revocation",
                      {{"revokedOn", today().iso()}, {"reference", "KF § 20"}, {"version", after["version"]}});
  ASSERT_EQ(revoked->status, 200) << revoked->body;
  EXPECT_EQ(json::parse(revoked->body)["status"], "active");
}

TEST_F(MoneyApi, NoticeRefusals) {
  auto fk = std::to_string(json::parse(get("/api/v1/associations/1/members")->body)["items"][0]["id"].get<int>());
  EXPECT_EQ(field_error(post("/api/v1/members/" + fk + "/notice",
                             {{"givenOn", "2026-03-01"}, {"decidedBy", "Styrelsen"}, {"version", 1}})),
            "partyKind cannot_give_notice");
  auto partille = member("1402");
  auto id = std::to_string(partille["id"].get<int>());
  EXPECT_EQ(field_error(post("/api/v1/members/" + id + "/notice",
                             {{"givenOn", "2001-01-01"}, {"decidedBy", "KF"}, {"version", partille["version"]}})),
            "givenOn before_joined");
  EXPECT_EQ(field_error(post("/api/v1/members/" + id + "/notice", {{"givenOn", "2026-13-01"}, {"version", 1}})),
            "givenOn invalid");
  EXPECT_EQ(
      field_error(post("/api/v1/members/" + id + "/notice/revocation", {{"revokedOn", "2026-01-01"}, {"version", 1}})),
      "notice none");
  EXPECT_EQ(post("/api/v1/members/999/notice", {{"givenOn", "2026-03-01"}, {"version", 1}})->status, 404);
}

TEST_F(MoneyApi, WithdrawalWhatIf) {
  const int y = this_year();
  auto id = std::to_string(member("1489")["id"].get<int>());
  auto r = get("/api/v1/members/" + id + "/withdrawal?noticeOn=" + in_year(y, "06-01"));
  ASSERT_EQ(r->status, 200) << r->body;
  auto w = json::parse(r->body);
  EXPECT_EQ(w["endsOn"], in_year(y + 3, "12-31"));
  EXPECT_EQ(w["firstYearWithout"], y + 4);
  EXPECT_EQ(w["feeYears"].size(), 3U);
  // The basis is the latest budget (other tests may add later ones); the others take over its part.
  auto basis = json::parse(get("/api/v1/associations/1/budgets/" + std::to_string(w["basisYear"].get<int>()))->body);
  std::int64_t change = 0;
  for (const auto& s : w["shares"]) change += s["changeOre"].get<std::int64_t>();
  EXPECT_EQ(change, basis["contributions"].back()["amountOre"].get<std::int64_t>());
  EXPECT_EQ(field_error(get("/api/v1/members/" + id + "/withdrawal?noticeOn=2001-01-01")), "noticeOn before_joined");
  EXPECT_EQ(field_error(get("/api/v1/members/" + id + "/withdrawal")), "noticeOn required");
  EXPECT_EQ(field_error(get("/api/v1/members/1/withdrawal?noticeOn=2026-01-01")), "partyKind cannot_give_notice");
}

TEST_F(MoneyApi, PaymentsFollowTheirStatus) {
  // This year, Lerum has been invoiced and has not paid.
  const int y = demo_last_year();
  const std::string invoiced_on = today().add_days(-1).iso();  // never in the future, even on 1 January
  const std::string paid_on = today().iso();
  const auto year = "/api/v1/associations/1/budgets/" + std::to_string(y);
  auto id = std::to_string(member("1441")["id"].get<int>());
  auto path = year + "/payments/" + id;
  auto budget = json::parse(get(year)->body);
  json lerum;
  for (const auto& c : budget["contributions"]) {
    if (c["memberId"].get<int>() == std::stoi(id)) lerum = c["payment"];
  }
  EXPECT_EQ(lerum["status"], "invoiced");
  EXPECT_EQ(field_error(put(path, {{"status", "paid"}, {"invoicedOn", invoiced_on}, {"version", lerum["version"]}})),
            "paidOn required");
  EXPECT_EQ(field_error(put(path, {{"status", "unpaid"}, {"version", 1}})), "status invalid");
  auto paid =
      put(path, {{"status", "paid"}, {"invoicedOn", invoiced_on}, {"paidOn", paid_on}, {"version", lerum["version"]}});
  ASSERT_EQ(paid->status, 200) << paid->body;
  EXPECT_EQ(json::parse(paid->body)["status"], "paid");
  EXPECT_EQ(
      put(path, {{"status", "paid"}, {"invoicedOn", invoiced_on}, {"paidOn", paid_on}, {"version", lerum["version"]}})
          ->status,
      409);
  EXPECT_EQ(put(year + "/payments/999", {{"status", "due"}, {"version", 0}})->status, 404);
}

TEST_F(MoneyApi, AClosedYearIsReopenedWithAReasonAndInvoicesFallDueAndArePaidInParts) {
  const int y = demo_last_year();
  const auto year = "/api/v1/associations/1/budgets/" + std::to_string(y);
  auto budget = json::parse(get(year)->body);
  ASSERT_TRUE(budget["closed"].get<bool>()) << "the demo has invoiced this year's contributions";
  const auto total = budget["totalOre"].get<std::int64_t>();
  const auto version = budget["version"].get<int>();
  auto refused = put(year, {{"totalOre", total + 10'000'000}, {"version", version}});
  EXPECT_EQ(refused->status, 409);
  EXPECT_EQ(json::parse(refused->body)["code"], "year_closed");
  // What reopening would give, each member old and new, saving nothing.
  auto preview = post(year + "/preview", {{"totalOre", total + 10'000'000}});
  ASSERT_EQ(preview->status, 200) << preview->body;
  EXPECT_EQ(json::parse(preview->body)["totalOre"], total + 10'000'000);
  EXPECT_GT(json::parse(preview->body)["contributions"][0]["amountOre"].get<std::int64_t>(),
            budget["contributions"][0]["amountOre"].get<std::int64_t>());
  EXPECT_EQ(json::parse(get(year)->body)["totalOre"], total);
  EXPECT_EQ(field_error(post(year + "/preview", {{"totalOre", -1}})), "totalOre negative");
  EXPECT_EQ(field_error(put(year, {{"totalOre", total + 1}, {"version", version}, {"reopenReason", " "}})),
            "reopenReason required");
  EXPECT_EQ(field_error(put(year, {{"totalOre", total + 1}, {"version", version}, {"reopenReason", 7}})),
            "reopenReason invalid");
  auto reopened =
      put(year, {{"totalOre", total + 10'000'000}, {"version", version}, {"reopenReason", "Tillskott enligt beslut"}});
  ASSERT_EQ(reopened->status, 200) << reopened->body;
  EXPECT_EQ(json::parse(reopened->body)["totalOre"], total + 10'000'000);

  // An invoiced contribution (the demo's Alingsås), due 10 days ago, half of it paid 5 days ago: overdue.
  json due;
  const auto reopened_budget = json::parse(reopened->body);
  for (const auto& c : reopened_budget["contributions"]) {
    if (c["payment"]["status"] == "invoiced" && c["amountOre"].get<std::int64_t>() > 0 && due.is_null()) due = c;
  }
  ASSERT_FALSE(due.is_null());
  const int payment_version = due["payment"]["version"].get<int>();
  const auto amount = due["amountOre"].get<std::int64_t>();
  const auto path = year + "/payments/" + std::to_string(due["memberId"].get<int>());
  json part{{"status", "invoiced"}, {"invoicedOn", today().add_days(-40).iso()}, {"dueOn", today().add_days(-10).iso()},
            {"paidOre", amount},    {"paidOn", today().add_days(-5).iso()},      {"version", payment_version}};
  EXPECT_EQ(field_error(put(path, part)), "paidOre not_below_amount");
  part["paidOre"] = amount / 2;
  auto saved = put(path, part);
  ASSERT_EQ(saved->status, 200) << saved->body;
  EXPECT_EQ(json::parse(saved->body)["paidOre"], amount / 2);
  auto overdue = json::parse(get("/api/v1/associations/1/invoices/overdue")->body)["items"];
  json found;
  for (const auto& i : overdue) {
    if (i["memberId"] == due["memberId"] && i["year"] == y) found = i;
  }
  ASSERT_FALSE(found.is_null()) << overdue.dump();
  EXPECT_EQ(found["outstandingOre"], amount - amount / 2);
  EXPECT_EQ(found["daysOverdue"], 10);
  EXPECT_EQ(found["dueOn"], today().add_days(-10).iso());
  // Without a due date, an invoice falls due 30 days after it was sent.
  auto plain = put(
      path,
      {{"status", "invoiced"}, {"invoicedOn", today().iso()}, {"paidOn", nullptr}, {"version", payment_version + 1}});
  ASSERT_EQ(plain->status, 200) << plain->body;
  EXPECT_EQ(json::parse(plain->body)["dueOn"], today().add_days(30).iso());
}

TEST_F(MoneyApi, EquityCarriesOver) {
  auto e = json::parse(get("/api/v1/associations/1/equity")->body);
  const int last = demo_last_year();
  const std::size_t n = std::size_t(last - 2016);  // 2017 to the demo's last year
  const auto path = "/api/v1/associations/1/equity/" + std::to_string(last);
  ASSERT_EQ(e["items"].size(), n);
  EXPECT_EQ(e["items"][1]["openingOre"], e["items"][0]["closingOre"]);
  auto year = e["items"][n - 1];
  auto saved = put(path, {{"receivedOre", year["receivedOre"]}, {"costsOre", 0}, {"version", year["version"]}});
  ASSERT_EQ(saved->status, 200) << saved->body;
  EXPECT_TRUE(json::parse(saved->body)["items"][n - 1]["flagged"]);
  EXPECT_EQ(field_error(put(path, {{"receivedOre", -5}, {"costsOre", 0}, {"version", 2}})), "receivedOre negative");
  EXPECT_EQ(
      field_error(put("/api/v1/associations/1/equity/2010", {{"receivedOre", 5}, {"costsOre", 0}, {"version", 0}})),
      "openingOre required");
}

TEST_F(MoneyApi, AllocationModel) {
  auto defaults = json::parse(get("/api/v1/allocation/defaults?year=2022")->body);
  EXPECT_EQ(defaults["potOre"], 33'900'000'000);
  EXPECT_EQ(defaults["associations"][0]["population"], 45183 + 24253 + 24114 + 25704 + 24241);
  json body{{"potOre", 1'000'000'000},
            {"baseOre", 40'000'000},
            {"supportWeightBp", 7500},
            {"associations",
             {{{"name", "A"}, {"supportMeasure", 3000}, {"population", 10000}},
              {{"name", "B"}, {"supportMeasure", 1000}, {"population", 30000}}}}};
  auto r = post("/api/v1/allocation", body);
  ASSERT_EQ(r->status, 200) << r->body;
  auto result = json::parse(r->body);
  EXPECT_EQ(result["totalStateOre"], 1'000'000'000);
  EXPECT_EQ(result["items"][0]["stateOre"], 615'000'000);
  body["baseOre"] = 600'000'000;
  EXPECT_EQ(field_error(post("/api/v1/allocation", body)), "baseOre too_large");
  body["associations"] = json::array();
  EXPECT_EQ(field_error(post("/api/v1/allocation", body)), "associations empty");
  EXPECT_EQ(field_error(get("/api/v1/allocation/defaults?year=abc")), "year invalid");
}

TEST_F(MoneyApi, AssociationsAndMembersAreValidated) {
  auto created = post("/api/v1/associations", {{"name", "Samordningsförbundet Test"},
                                               {"orgNumber", "222000-9999"},
                                               {"seat", "Lerum"},
                                               {"formedOn", "2026-01-01"}});
  ASSERT_EQ(created->status, 201) << created->body;
  auto a = json::parse(created->body);
  EXPECT_EQ(a["membershipIssues"].size(), 4U);
  EXPECT_EQ(post("/api/v1/associations",
                 {{"name", "X"}, {"orgNumber", "222000-9999"}, {"seat", "Y"}, {"formedOn", "2026-01-01"}})
                ->status,
            409);
  EXPECT_EQ(field_error(post("/api/v1/associations",
                             {{"name", "X"}, {"orgNumber", "12"}, {"seat", "Y"}, {"formedOn", "2026-01-01"}})),
            "orgNumber invalid");
  auto path = "/api/v1/associations/" + std::to_string(a["id"].get<int>());
  auto kommun =
      post(path + "/members",
           {{"name", "Lerums kommun"}, {"partyKind", "kommun"}, {"code", "1441"}, {"joinedOn", "2026-01-01"}});
  ASSERT_EQ(kommun->status, 201) << kommun->body;
  EXPECT_EQ(field_error(post(path + "/members",
                             {{"name", "X"}, {"partyKind", "kommun"}, {"code", "0180"}, {"joinedOn", "2026-01-01"}})),
            "code unknown");
  EXPECT_EQ(field_error(post(path + "/members", {{"name", "X"}, {"partyKind", "city"}, {"joinedOn", "2026-01-01"}})),
            "partyKind invalid");
  auto updated = put(path, {{"name", "Samordningsförbundet Test 2"},
                            {"orgNumber", "222000-9999"},
                            {"seat", "Lerum"},
                            {"formedOn", "2026-01-01"},
                            {"version", 1}});
  ASSERT_EQ(updated->status, 200) << updated->body;
  auto conflict = put(
      path,
      {{"name", "Other"}, {"orgNumber", "222000-9999"}, {"seat", "Lerum"}, {"formedOn", "2026-01-01"}, {"version", 1}});
  EXPECT_EQ(conflict->status, 409);
  EXPECT_EQ(json::parse(conflict->body)["current"]["name"], "Samordningsförbundet Test 2");
}

TEST_F(MoneyApi, WritesNeedCsrfAndReadsNeedASession) {
  auto no_csrf = client().Put("/api/v1/associations/1/budgets/2040", {{"Cookie", session_.cookie}},
                              json{{"totalOre", 1}, {"version", 0}}.dump(), "application/json");
  EXPECT_EQ(no_csrf->status, 403);
  EXPECT_EQ(client().Get("/api/v1/associations/1/budgets")->status, 401);
}

}  // namespace
}  // namespace samordna::apitest
