// The year's reports against the real server with the demo. Uppföljning Finsam: exact for the förbundschef
// and equal to the statistics engine's, suppressed for the board, the CSV, and the refusals. The yearly
// follow-up report as a PDF, from the API and the command line.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "api_fixture.hpp"

namespace samordna::apitest {
namespace {

class FinsamApi : public Api {
 protected:
  httplib::Result get(const Login& l, const std::string& query, const std::string& path = "finsam") {
    return client().Get("/api/v1/associations/1/" + path + query, {{"Cookie", l.cookie}});
  }
};

TEST_F(FinsamApi, TheYearsFiguresAreExactForTheForbundschefAndMatchTheStatistics) {
  auto chef = login("forbundschef");
  auto r = get(chef, "?year=2020");
  ASSERT_EQ(r->status, 200) << r->body;
  auto f = json::parse(r->body);
  EXPECT_EQ(f["year"], 2020);
  EXPECT_EQ(f["suppressed"], false);
  // The same count from the statistics engine, for staff with personal data.
  auto s = json::parse(get(login("koordinator"),
                           "?measure=active_persons&rows=insats&columns=gender&from=2020-01-01&to=2020-12-31"
                           "&filter.insats_kind=individual",
                           "statistics")
                           ->body);
  ASSERT_GT(s["total"]["value"].get<int>(), 0);
  EXPECT_EQ(f["individual"]["total"], s["total"]["value"]);
  ASSERT_EQ(f["individual"]["rows"].size(), s["rows"].size());
  int sum_of_insatser = 0;
  for (std::size_t i = 0; i < s["rows"].size(); ++i) {
    EXPECT_EQ(f["individual"]["rows"][i]["key"], s["rows"][i]["key"]);
    EXPECT_EQ(f["individual"]["rows"][i]["values"][0]["value"], s["values"][i][0]);
    sum_of_insatser += f["individual"]["rows"][i]["total"].get<int>();
  }
  // A person in two insatser is counted in each, but once in the total.
  EXPECT_GE(sum_of_insatser, f["individual"]["total"].get<int>());
  EXPECT_EQ(f["individual"]["columns"][0]["key"], "woman");
  EXPECT_EQ(f["individual"]["columnTotals"][0]["value"], s["columnTotals"][0]["value"]);  // women, once each
  EXPECT_EQ(f["individual"]["columnTotals"][1]["value"], s["columnTotals"][1]["value"]);
  EXPECT_TRUE(f["structural"]["rows"].empty());  // the demo's open activities ran 2017–2019
  auto y2019 = json::parse(get(chef, "?year=2019")->body);
  EXPECT_EQ(y2019["structural"]["total"], 32);  // attendance in the open activities
  EXPECT_EQ(y2019["structural"]["columns"][0]["key"], "woman");
  // Funds: 2020's budget is 14 976 000 kr, 50/25/25, every part exact.
  ASSERT_EQ(f["funds"].size(), 4U);
  EXPECT_EQ(f["budgetedOre"], 1497600000);
  std::map<std::string, std::int64_t> budgeted;
  for (const auto& x : f["funds"]) budgeted[x["party"]] = x["budgetedOre"];
  EXPECT_EQ(budgeted["fk"] + budgeted["af"], 748800000);
  EXPECT_EQ(budgeted["region"], 374400000);
  EXPECT_EQ(budgeted["kommun"], 374400000);
  EXPECT_LE(f["receivedOre"].get<std::int64_t>(), 1497600000);
}

TEST_F(FinsamApi, TheBoardAndPublishedFiguresAreSuppressed) {
  auto board = json::parse(get(login("styrelse"), "?year=2020")->body);
  EXPECT_EQ(board["suppressed"], true);
  EXPECT_EQ(board["threshold"], 5);
  auto published = json::parse(get(login("forbundschef"), "?year=2020&publish=true&threshold=8")->body);
  EXPECT_EQ(published["suppressed"], true);
  EXPECT_EQ(published["threshold"], 8);
  for (const auto& row : published["individual"]["rows"]) {
    for (const auto& v : row["values"]) {
      if (!v["hidden"].get<bool>() && !v["value"].is_null()) {
        EXPECT_TRUE(v["value"] == 0 || v["value"] >= 8);
      }
    }
  }
}

TEST_F(FinsamApi, OneCsvForSwedishExcel) {
  auto r = get(login("forbundschef"), "?year=2020", "finsam.csv");
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_NE(r->get_header_value("Content-Disposition").find("uppfoljning-finsam-2020.csv"), std::string::npos);
  EXPECT_EQ(r->body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(r->body.find("Uppf\xC3\xB6ljning Finsam;2020\r\n"), std::string::npos);
  EXPECT_NE(r->body.find("Insats;Kvinnor;M\xC3\xA4n;Totalt\r\n"), std::string::npos);
  EXPECT_NE(r->body.find("F\xC3\xB6rs\xC3\xA4kringskassan;"), std::string::npos);
  EXPECT_NE(r->body.find("Totalt;14976000,00;"), std::string::npos);
  EXPECT_NE(r->body.find("Eget kapital (kr)"), std::string::npos);
}

TEST_F(FinsamApi, BadYearsAndThresholdsGetSpecificErrors) {
  auto chef = login("forbundschef");
  auto field = [&](const std::string& query) {
    auto r = get(chef, query);
    EXPECT_EQ(r->status, 422) << query << " " << r->body;
    auto e = json::parse(r->body)["errors"][0];
    return e["field"].get<std::string>() + " " + e["code"].get<std::string>();
  };
  EXPECT_EQ(field(""), "year required");
  EXPECT_EQ(field("?year=tjugo"), "year invalid");
  EXPECT_EQ(field("?year=2005"), "year before_data");
  EXPECT_EQ(field("?year=2099"), "year after_data");
  EXPECT_EQ(field("?year=2020&threshold=1"), "threshold too_low");
  EXPECT_EQ(get(chef, "?year=2005", "finsam.csv")->status, 422);
  EXPECT_EQ(client().Get("/api/v1/associations/1/finsam?year=2020")->status, 401);
}

std::string pdf_text(const std::filesystem::path& path) {
  std::string out;
  if (FILE* pipe = ::popen(("pdftotext -layout " + path.string() + " -").c_str(), "r")) {
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    ::pclose(pipe);
  }
  return out;
}

TEST_F(FinsamApi, TheYearlyFollowUpReportAsPdf) {
  auto board = login("styrelse");
  auto r = get(board, "?year=2019", "follow-up.pdf");
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/pdf");
  EXPECT_NE(r->get_header_value("Content-Disposition").find("uppfoljning-2019.pdf"), std::string::npos);
  const auto dir = std::filesystem::path(server_->folder());
  std::ofstream(dir / "api.pdf", std::ios::binary) << r->body;
  const auto text = pdf_text(dir / "api.pdf");
  for (const char* expected : {"Uppföljning 2019", "Året i siffror", "andel av avslutade",
                               "Uppföljning Finsam: deltagare i individinriktade insatser", "Aktiv Lerum",
                               "Kunskapsdialoger", "Försäkringskassan", "Eget kapital", "Kvartal"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << "missing: " << expected;
  }
  EXPECT_EQ(get(board, "", "follow-up.pdf")->status, 422);
  EXPECT_EQ(get(board, "?year=2099", "follow-up.pdf")->status, 422);
  // The same from the command line for scheduled use, and Uppföljning Finsam's CSV.
  std::string output;
  ASSERT_EQ(
      server_->run_cli(
          {"report", "follow-up", "--association", "1", "--year", "2019", "--out", (dir / "cli.pdf").string()}, output),
      0)
      << output;
  EXPECT_NE(pdf_text(dir / "cli.pdf").find("Uppföljning 2019"), std::string::npos);
  ASSERT_EQ(
      server_->run_cli(
          {"report", "finsam", "--association", "1", "--year", "2019", "--out", (dir / "finsam.csv").string()}, output),
      0)
      << output;
  EXPECT_GT(std::filesystem::file_size(dir / "finsam.csv"), 200U);
  EXPECT_EQ(
      server_->run_cli({"report", "finsam", "--association", "1", "--year", "2005", "--out", (dir / "x.csv").string()},
                       output),
      2);
}

TEST_F(FinsamApi, TenClicksOnExportQueueAndTheServerStaysUp) {
  auto board = login("styrelse");
  std::vector<int> statuses(10, 0);
  std::vector<std::thread> clicks;
  for (int i = 0; i < 10; ++i) {
    clicks.emplace_back([&, i] {
      auto c = client();
      c.set_read_timeout(60, 0);
      auto r = c.Get("/api/v1/associations/1/follow-up.pdf?year=2019", {{"Cookie", board.cookie}});
      statuses[std::size_t(i)] = r ? r->status : -1;
    });
  }
  for (auto& t : clicks) t.join();
  int done = 0;
  for (int s : statuses) {
    EXPECT_TRUE(s == 200 || s == 429) << s;  // queued and served, or told to come back; never a failure
    done += s == 200 ? 1 : 0;
  }
  EXPECT_GE(done, 2);
  EXPECT_EQ(client().Get("/api/v1/health")->status, 200);
}

}  // namespace
}  // namespace samordna::apitest
