// Follow-up statistics against the real server with the demo: seed 000's table, suppression by role and for
// publication, CSV, and the refusals.
#include <filesystem>
#include <fstream>
#include <iterator>

#include "api_fixture.hpp"

namespace samordna::apitest {
namespace {

class StatisticsApi : public Api {
 protected:
  httplib::Result get(const Login& l, const std::string& query) {
    return client().Get("/api/v1/associations/1/statistics" + query, {{"Cookie", l.cookie}});
  }
  static const std::string kSeed;  // Alingsås residents, 2017-01-01 – 2020-03-14
};
const std::string StatisticsApi::kSeed = "?rows=insats&columns=gender&from=2017-01-01&to=2020-03-14&filter.kommun=1489";

TEST_F(StatisticsApi, SeedTableComesOutExactlyForStaffWithPersonalData) {
  auto k = login("koordinator");
  auto r = get(k, kSeed);
  ASSERT_EQ(r->status, 200) << r->body;
  auto t = json::parse(r->body);
  EXPECT_EQ(t["suppressed"], false);
  EXPECT_EQ(t["total"]["value"], 255);
  std::map<std::string, std::pair<int, int>> table;
  for (std::size_t i = 0; i < t["rows"].size(); ++i) {
    table[t["rows"][i]["key"]] = {t["values"][i][0].get<int>(), t["values"][i][1].get<int>()};
  }
  EXPECT_EQ(table["Aktiv Lerum"], std::make_pair(90, 43));
  EXPECT_EQ(table["Primus"], std::make_pair(2, 2));
  EXPECT_EQ(t["columnTotals"][0]["value"], 163);
  EXPECT_EQ(t["columnTotals"][1]["value"], 92);
  // "83 individer" in the extensive insatser.
  auto unique = json::parse(get(k,
                                "?measure=unique_persons&rows=insats_kind&columns=none&from=2017-01-01&to=2020-03-14"
                                "&filter.kommun=1489&filter.insats=Balder%2FActivera")
                                ->body);
  EXPECT_EQ(unique["total"]["value"], 57);
  auto both = json::parse(get(k,
                              "?measure=unique_persons&rows=insats&columns=none&from=2017-01-01&to=2020-03-14"
                              "&filter.kommun=1489")
                              ->body);
  int extensive = 0;
  for (std::size_t i = 0; i < both["rows"].size(); ++i) {
    const auto name = both["rows"][i]["key"].get<std::string>();
    if (name == "Balder/Activera" || name == "Individsamverkansteamet") extensive += both["values"][i][0].get<int>();
  }
  EXPECT_EQ(extensive, 83);
  EXPECT_LT(both["total"]["value"].get<int>(), 255);  // some took part in more than one insats
}

TEST_F(StatisticsApi, OthersAndPublishedFiguresAreSuppressed) {
  std::optional<json> first;
  for (const char* user : {"ekonom", "styrelse", "forbundschef", "admin"}) {
    auto t = json::parse(get(login(user), kSeed)->body);
    EXPECT_EQ(t["suppressed"], true) << user;
    EXPECT_EQ(t["threshold"], 5) << user;  // the förbund's disclosure threshold
    int seen = 0;
    for (std::size_t i = 0; i < t["rows"].size(); ++i) {
      if (t["rows"][i]["key"] == "Primus") {
        EXPECT_TRUE(t["values"][i][0].is_null());
        EXPECT_EQ(t["hidden"][i][0], true);
        ++seen;
      }
      if (t["rows"][i]["key"] == "Aktiv Lerum") {  // 90 women: shown with the noise of its cell key
        EXPECT_NEAR(t["values"][i][0].get<int>(), 90, 2);
        ++seen;
      }
    }
    EXPECT_EQ(seen, 2) << user;
    // The same records give the same figures, whoever asks.
    if (first) {
      EXPECT_EQ(t["values"], (*first)["values"]) << user;
    }
    first = t;
  }
  auto published = json::parse(get(login("koordinator"), kSeed + "&publish=true&threshold=10")->body);
  EXPECT_EQ(published["suppressed"], true);
  EXPECT_EQ(published["threshold"], 10);
}

// The attack that broke per-request suppression (issue 11): a board member asks for insats × gender, then the
// same table filtered to men, and subtracts. Row totals and cells now carry the noise of their own records, so
// the subtraction no longer gives the hidden count, and a lower threshold than the förbund's is refused.
TEST_F(StatisticsApi, DifferencingByFilterNoLongerSolvesHiddenCells) {
  auto board = login("styrelse");
  auto koordinator = login("koordinator");
  int attempts = 0;
  int hits = 0;
  for (int year = 2017; year <= 2026; ++year) {
    const std::string table =
        "?rows=insats&columns=gender&from=" + std::to_string(year) + "-01-01&to=" + std::to_string(year) + "-12-31";
    auto all = json::parse(get(board, table)->body);
    const json by_gender[2] = {json::parse(get(board, table + "&filter.gender=woman")->body),
                               json::parse(get(board, table + "&filter.gender=man")->body)};
    auto exact = json::parse(get(koordinator, table)->body);
    ASSERT_EQ(all["rows"], exact["rows"]);
    EXPECT_EQ(json::parse(get(board, table)->body), all);  // the same request gives the same answer
    // The figure of one gender in an insats as its filtered table shows it, or null.
    auto filtered = [&](std::size_t gender, const json& insats) {
      const auto& t = by_gender[gender];
      for (std::size_t row = 0; row < t["rows"].size(); ++row) {
        if (t["rows"][row]["key"] == insats) return t["rowTotals"][row]["value"];
      }
      return json(nullptr);
    };
    for (std::size_t i = 0; i < all["rows"].size(); ++i) {
      const auto& insats = all["rows"][i]["key"];
      for (std::size_t c = 0; c < 2; ++c) {
        // The same records give the same figure in both tables, where both show it.
        if (!all["values"][i][c].is_null() && !filtered(c, insats).is_null()) {
          EXPECT_EQ(filtered(c, insats), all["values"][i][c]) << insats;
        }
        if (!all["values"][i][c].is_null()) {
          EXPECT_GE(all["values"][i][c].get<int>(), 5);  // nothing below the threshold is ever shown
        }
        // The attack: this gender hidden here, the other shown in its filtered table, the insats's total shown.
        // With exact totals (per-request suppression) the guess was always right.
        const auto other = filtered(1 - c, insats);
        if (!all["hidden"][i][c].get<bool>() || other.is_null() || all["rowTotals"][i]["value"].is_null()) continue;
        ++attempts;
        const int guess = all["rowTotals"][i]["value"].get<int>() - other.get<int>();
        const int truth = exact["values"][i][c].is_null() ? 0 : exact["values"][i][c].get<int>();
        hits += guess == truth ? 1 : 0;
      }
    }
  }
  std::printf("differencing by filter: %d hidden cells attacked, %d guessed right by chance\n", attempts, hits);
  ASSERT_GE(attempts, 10);
  // Each guess is right with about one chance in five, and the attacker cannot tell which (more than two in
  // three right would happen about once in 100 000 runs).
  EXPECT_LE(hits * 3, attempts * 2);
  // The threshold can be raised, never lowered below the förbund's.
  const std::string table = "?rows=insats&columns=gender&from=2019-01-01&to=2019-12-31";
  auto low = get(board, table + "&threshold=2");
  EXPECT_EQ(low->status, 422);
  EXPECT_EQ(json::parse(low->body)["errors"][0]["code"], "too_low");
  EXPECT_EQ(json::parse(get(board, table + "&threshold=7")->body)["threshold"], 7);
}

TEST_F(StatisticsApi, CsvForSwedishExcel) {
  auto k = login("koordinator");
  auto r = client().Get("/api/v1/associations/1/statistics.csv" + kSeed + "&publish=true", {{"Cookie", k.cookie}});
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(r->body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(r->body.find("Insats;Kvinnor;M\xC3\xA4n;Totalt\r\n"), std::string::npos);
  // The CSV carries the same protected figures as the JSON.
  auto t = json::parse(get(k, kSeed + "&publish=true")->body);
  for (std::size_t i = 0; i < t["rows"].size(); ++i) {
    if (t["rows"][i]["key"] != "Aktiv Lerum") continue;
    const std::string line = "Aktiv Lerum;" + t["values"][i][0].dump() + ";" + t["values"][i][1].dump() + ";" +
                             t["rowTotals"][i]["value"].dump() + "\r\n";
    EXPECT_NE(r->body.find(line), std::string::npos) << line;
  }
  EXPECT_NE(r->body.find(".."), std::string::npos);
}

TEST_F(StatisticsApi, OtherMeasuresAndDimensions) {
  auto k = login("koordinator");
  auto waits =
      json::parse(get(k, "?measure=median_wait_days&rows=insats&columns=none&from=2017-01-01&to=2026-12-31")->body);
  ASSERT_FALSE(waits["empty"]);
  for (std::size_t i = 0; i < waits["rows"].size(); ++i) {
    if (waits["rows"][i]["key"] == "Balder/Activera") {
      EXPECT_GE(waits["values"][i][0].get<int>(), 240);
    }
  }
  auto cost = json::parse(
      get(k, "?measure=cost_per_participation&rows=insats&columns=none&from=2018-01-01&to=2018-12-31")->body);
  EXPECT_EQ(cost["money"], true);
  EXPECT_GT(cost["total"]["value"].get<std::int64_t>(), 0);
  auto kommuner = json::parse(get(k, "?rows=kommun&columns=year&from=2017-01-01&to=2026-12-31")->body);
  bool labelled = false;
  for (const auto& row : kommuner["rows"]) labelled = labelled || row["label"] == "Alingsås";
  EXPECT_TRUE(labelled);
  auto attendance =
      json::parse(get(k, "?measure=attendance&rows=year&columns=gender&from=2017-01-01&to=2019-12-31")->body);
  EXPECT_EQ(attendance["total"]["value"], 99);
  auto referrers =
      json::parse(get(k, "?measure=referrals&rows=referrer&columns=none&from=2017-01-01&to=2026-12-31")->body);
  EXPECT_GE(referrers["rows"].size(), 3U);
  // The share of those who ended in 2019 that went on to work or studies, against the counts.
  const std::string y2019 = "&rows=none&columns=none&from=2019-01-01&to=2019-12-31";
  auto share = json::parse(get(k, "?measure=in_work_or_studies_share" + y2019)->body);
  EXPECT_EQ(share["percent"], true);
  EXPECT_EQ(share["additive"], false);
  const auto ended = json::parse(get(k, "?measure=ended" + y2019)->body)["total"]["value"].get<int>();
  const auto work = json::parse(get(k, "?measure=in_work_or_studies" + y2019)->body)["total"]["value"].get<int>();
  ASSERT_GT(ended, 0);
  EXPECT_EQ(share["total"]["value"].get<int>(), (work * 200 + ended) / (ended * 2));
  // Ended by exit reason and returned referrals by reason, with Swedish labels.
  auto by_exit = json::parse(get(k, "?measure=ended&rows=reason&columns=none&from=2017-01-01&to=2026-12-31")->body);
  ASSERT_FALSE(by_exit["empty"]);
  int sum = 0;
  for (std::size_t i = 0; i < by_exit["rows"].size(); ++i) sum += by_exit["values"][i][0].get<int>();
  EXPECT_EQ(sum, by_exit["total"]["value"].get<int>());
  auto by_return =
      json::parse(get(k, "?measure=returned_referrals&rows=reason&columns=none&from=2017-01-01&to=2026-12-31")->body);
  for (const auto& row : by_return["rows"]) {
    EXPECT_NE(row["key"], "none") << "a returned referral has a reason";
  }
}

TEST_F(StatisticsApi, BadQueriesGetSpecificErrorsAndEmptyResultsAreNotErrors) {
  auto k = login("koordinator");
  auto code = [](const httplib::Result& r) { return json::parse(r->body).value("code", ""); };
  auto unknown_measure = get(k, "?measure=happiness&from=2018-01-01&to=2018-12-31");
  EXPECT_EQ(unknown_measure->status, 400);
  EXPECT_EQ(code(unknown_measure), "unknown_measure");
  auto unknown_dimension = get(k, "?rows=shoe_size&from=2018-01-01&to=2018-12-31");
  EXPECT_EQ(unknown_dimension->status, 400);
  EXPECT_EQ(code(unknown_dimension), "unknown_dimension");
  EXPECT_EQ(get(k, "?filter.colour=red&from=2018-01-01&to=2018-12-31")->status, 400);
  auto backwards = get(k, "?from=2019-01-01&to=2018-12-31");
  EXPECT_EQ(backwards->status, 422);
  EXPECT_EQ(json::parse(backwards->body)["errors"][0]["field"], "to");
  EXPECT_EQ(json::parse(get(k, "?from=1990-01-01&to=2018-12-31")->body)["errors"][0]["code"], "before_data");
  EXPECT_EQ(json::parse(get(k, "?from=2018-01-01&to=2099-12-31")->body)["errors"][0]["code"], "after_data");
  EXPECT_EQ(json::parse(get(k, "?from=2018-01-01&to=2018-12-31&threshold=1")->body)["errors"][0]["code"], "too_low");
  EXPECT_EQ(json::parse(get(k, "?from=2018-01-01")->body)["errors"][0]["code"], "required");
  auto empty = get(k, "?from=2018-01-01&to=2018-12-31&filter.kommun=0180");
  ASSERT_EQ(empty->status, 200);
  EXPECT_EQ(json::parse(empty->body)["empty"], true);
}

TEST_F(StatisticsApi, MemberValueReportForTheCouncil) {
  auto styrelse = login("styrelse");
  auto r = client().Get("/api/v1/members/8/value?from=2017-01-01&to=2020-03-14", {{"Cookie", styrelse.cookie}});
  ASSERT_EQ(r->status, 200) << r->body;
  auto v = json::parse(r->body);
  EXPECT_EQ(v["name"], "Alingsås kommun");
  EXPECT_GT(v["contributionsOre"].get<std::int64_t>(), 0);
  EXPECT_LT(v["contributionsOre"].get<std::int64_t>(), v["allContributionsOre"].get<std::int64_t>());
  EXPECT_GT(v["costPerPersonOre"].get<std::int64_t>(), 0);
  EXPECT_TRUE(v["withdrawal"].is_object());
  bool intensity = false;
  for (const auto& f : v["figures"]) {
    if (f["measure"] == "unique_persons" && f["rowsDimension"] == "intensity") {
      for (const auto& row : f["rows"]) {
        if (row["key"] == "extensive") {
          EXPECT_NEAR(row["total"].get<int>(), 83, 2);  // "83 individer", protected for the council
          intensity = true;
        }
      }
    }
    if (f["measure"] == "participations") {
      for (const auto& row : f["rows"]) {
        if (row["key"] == "Primus") {
          EXPECT_TRUE(row["values"][0]["hidden"].get<bool>());
        }
      }
    }
  }
  EXPECT_TRUE(intensity);
  auto pdf = client().Get("/api/v1/members/8/value.pdf?from=2017-01-01&to=2020-03-14", {{"Cookie", styrelse.cookie}});
  ASSERT_EQ(pdf->status, 200);
  EXPECT_EQ(pdf->get_header_value("Content-Type"), "application/pdf");
  EXPECT_EQ(pdf->body.substr(0, 5), "%PDF-");
  EXPECT_EQ(
      client().Get("/api/v1/members/1/value?from=2017-01-01&to=2020-03-14", {{"Cookie", styrelse.cookie}})->status,
      422);  // Försäkringskassan is not a kommun
  EXPECT_EQ(client()
                .Get("/api/v1/members/8/value?from=2017-01-01&to=2020-03-14", {{"Cookie", login("remittent").cookie}})
                ->status,
            403);
}

TEST_F(StatisticsApi, WorkbookWithANativeChart) {
  auto k = login("koordinator");
  auto r = client().Get("/api/v1/associations/1/statistics.xlsx" + kSeed, {{"Cookie", k.cookie}});
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->body.substr(0, 2), "PK");
  EXPECT_NE(r->body.find("xl/charts/chart1.xml"), std::string::npos);  // file names are stored uncompressed
}

TEST_F(StatisticsApi, ReportsFromTheCommandLineForScheduledUse) {
  const auto dir = std::filesystem::path(server_->folder());
  std::string output;
  ASSERT_EQ(server_->run_cli({"report", "statistics", "--association", "1", "--from", "2017-01-01", "--to",
                              "2020-03-14", "--format", "csv", "--out", (dir / "s.csv").string()},
                             output),
            0)
      << output;
  std::ifstream csv(dir / "s.csv");
  std::string text((std::istreambuf_iterator<char>(csv)), std::istreambuf_iterator<char>());
  EXPECT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(text.find("Insats;Kvinnor;M\xC3\xA4n;Totalt"), std::string::npos);
  ASSERT_EQ(server_->run_cli({"report", "member-value", "--member", "8", "--from", "2017-01-01", "--to", "2020-03-14",
                              "--out", (dir / "m.pdf").string()},
                             output),
            0)
      << output;
  EXPECT_GT(std::filesystem::file_size(dir / "m.pdf"), 1000U);
  EXPECT_EQ(server_->run_cli({"report", "statistics", "--association", "1", "--measure", "nonsense", "--from",
                              "2017-01-01", "--to", "2020-03-14", "--out", (dir / "x.csv").string()},
                             output),
            2);
}

TEST_F(StatisticsApi, TheNationalViewIsForTheInstallationAndAlwaysSuppressed) {
  auto admin = login("admin");
  const std::string query = "?rows=association&columns=gender&from=2017-01-01&to=2020-03-14";
  auto r = client().Get("/api/v1/statistics" + query, {{"Cookie", admin.cookie}});
  ASSERT_EQ(r->status, 200) << r->body;
  auto national = json::parse(r->body);
  EXPECT_EQ(national["suppressed"], true);
  ASSERT_GE(national["rows"].size(), 1U);
  EXPECT_EQ(national["rows"][0]["key"], "Samordningsförbundet Insjöriket");
  // The demo has one förbund: the national total is its total, protected by the same records' keys as in the
  // förbund's own protected figures, and within the noise of the exact one.
  const std::string all = "?rows=none&columns=none&from=2017-01-01&to=2020-03-14";
  auto protected_total = json::parse(get(login("styrelse"), all)->body);
  EXPECT_EQ(national["total"]["value"], protected_total["total"]["value"]);
  auto exact = json::parse(get(login("koordinator"), all)->body);
  EXPECT_NEAR(national["total"]["value"].get<int>(), exact["total"]["value"].get<int>(), 2);
  EXPECT_EQ(client().Get("/api/v1/statistics" + query, {{"Cookie", login("forbundschef").cookie}})->status, 403);
  auto early = client().Get("/api/v1/statistics?from=1990-01-01&to=2020-03-14", {{"Cookie", admin.cookie}});
  EXPECT_EQ(early->status, 422);
  EXPECT_NE(early->body.find("before_data"), std::string::npos);
}

// Facts are kept between pivots while nothing they are read from changes: what the förbund registers shows in
// the next pivot, through the server (the triggers of migration 0023, the version read first). Last in the
// suite, and in a year the others do not read.
TEST_F(StatisticsApi, WhatIsRegisteredShowsInTheNextPivot) {
  auto k = login("koordinator");
  auto chef = login("forbundschef");
  auto insats = json::parse(client().Get("/api/v1/associations/1/insatser/10", as(chef))->body);
  const std::string on = insats["startsOn"];  // the insats's first day: attendance may be registered from it
  const std::string year = on.substr(0, 4);
  const std::string query =
      "?measure=attendance&rows=none&columns=gender&from=" + year + "-01-01&to=" + year + "-12-31";
  auto before = json::parse(get(k, query)->body);
  EXPECT_EQ(json::parse(get(k, query)->body), before);  // the kept facts, the same answer
  const auto total = [](const json& t) { return t["total"]["value"].is_null() ? 0 : t["total"]["value"].get<int>(); };
  const json attendance{{"on", on}, {"women", 3}, {"men", 2}};
  auto added =
      client().Post("/api/v1/associations/1/insatser/10/attendance", as(chef), attendance.dump(), "application/json");
  ASSERT_EQ(added->status, 201) << added->body;
  auto after = json::parse(get(k, query)->body);
  EXPECT_EQ(total(after), total(before) + 5) << before.dump() << " → " << after.dump();
  // A change to what names the facts shows too: the insats renamed is a row of its new name.
  const std::string renamed = insats["name"].get<std::string>() + " (nytt namn)";
  insats["name"] = renamed;
  ASSERT_EQ(client().Put("/api/v1/associations/1/insatser/10", as(chef), insats.dump(), "application/json")->status,
            200);
  auto by_insats = json::parse(
      get(k, "?measure=attendance&rows=insats&columns=none&from=" + year + "-01-01&to=" + year + "-12-31")->body);
  bool found = false;
  for (const auto& row : by_insats["rows"]) found = found || row["key"] == renamed;
  EXPECT_TRUE(found) << by_insats.dump();
}

}  // namespace
}  // namespace samordna::apitest
