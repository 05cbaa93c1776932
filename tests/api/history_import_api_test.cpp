// The history import against the real server and the demo: a förbund's spreadsheet (Swedish Excel CSV in
// Windows-1252, or XLSX) checked, refused with every problem by row and column, imported all or nothing, and
// imported again without change; the personnummer never stored or logged in clear; 100 000 rows read.
#include <xlsxwriter.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "api_fixture.hpp"
#include "database_check.hpp"
#include "kernel/personnummer.hpp"

namespace samordna::apitest {
namespace {

class HistoryImportApi : public Api {
 protected:
  httplib::Result upload(const Login& l, const std::string& query, const std::string& file,
                         const char* type = "text/csv") {
    auto c = client();
    c.set_read_timeout(300);
    c.set_write_timeout(60);
    return c.Post("/api/v1/associations/1/participation-imports?" + query, as(l), file, type);
  }
  static std::vector<std::string> problems(const json& report) {
    std::vector<std::string> out;
    for (const auto& p : report["problems"]) {
      out.push_back(std::to_string(p["row"].get<int>()) + " " + p["field"].get<std::string>() + " " +
                    p["code"].get<std::string>());
    }
    return out;
  }
  // "19YYMMDD-NNNC": a valid personnummer for the n-th test person.
  static std::string pnr(int n) {
    const int day = 1 + n % 28;
    const int month = 1 + (n / 28) % 12;
    const int year = 60 + (n / 336) % 40;
    const int serial = 100 + (n / 13440) % 900;
    char nine[32];
    std::snprintf(nine, sizeof nine, "%02d%02d%02d%03d", year, month, day, serial);
    return "19" + std::string(nine, 6) + "-" + std::string(nine + 6, 3) +
           std::to_string(core::luhn_check_digit(std::string_view(nine, 9)));
  }
};

// Windows-1252, as "CSV (semikolonavgränsad)" on a Swedish Windows: "Aktiv Lerum", "Genomförd" with ö as 0xF6.
const std::string kHeader = "Personnummer;Namn;Insats;Startdatum;Slutdatum;Avslutsorsak;Hemkommun;Samtycke\r\n";

TEST_F(HistoryImportApi, AWindowsCsvIsCheckedImportedAndImportedAgainWithoutChange) {
  auto koordinator = login("koordinator");
  const auto last_year = std::to_string(this_year() - 1);
  const std::string file = kHeader +
                           "19780314-1238;Sven S\xF6"
                           "derberg;Aktiv Lerum;" +
                           last_year + "-03-04;" + last_year + "-09-30;Genomf\xF6rd;1441;ja\r\n" +  // within retention
                           "19820505-2346;;aktiv lerum;2019-04-01;2019-11-15;Arbete;;nej\r\n" +
                           "19910717-3453;;Aktiv Lerum;4.2.2020;;;;\r\n";
  const std::string query = "consentFormReference=P%C3%A4rm%203%2C%20blankett%202019";
  auto dry = upload(koordinator, "dryRun=true&" + query, file);
  ASSERT_EQ(dry->status, 200) << dry->body;
  auto report = json::parse(dry->body);
  EXPECT_EQ(report["dryRun"], true);
  EXPECT_EQ(report["rows"], 3);
  EXPECT_EQ(report["toImport"], 3);
  EXPECT_EQ(report["withConsent"], 1);
  EXPECT_EQ(report["problemCount"], 0) << dry->body;
  EXPECT_EQ(report["mapping"]["startedOn"], "Startdatum");
  EXPECT_EQ(report["header"].size(), 8U);

  auto done = upload(koordinator, "dryRun=false&" + query, file);
  ASSERT_EQ(done->status, 200) << done->body;
  EXPECT_EQ(json::parse(done->body)["imported"], true);
  EXPECT_EQ(json::parse(done->body)["toImport"], 3);
  auto again = upload(koordinator, "dryRun=false&" + query, file);
  ASSERT_EQ(again->status, 200) << again->body;
  EXPECT_EQ(json::parse(again->body)["imported"], false);
  EXPECT_EQ(json::parse(again->body)["alreadyImported"], 3);

  // The consenting person is registered and found by personnummer; the name came through Windows-1252.
  auto found = client().Post("/api/v1/associations/1/persons/search", as(koordinator),
                             json{{"personnummer", "19780314-1238"}}.dump(), "application/json");
  ASSERT_EQ(found->status, 200) << found->body;
  auto person =
      client().Get("/api/v1/associations/1/persons/" + std::to_string(json::parse(found->body)["personId"].get<int>()),
                   as(koordinator));
  ASSERT_EQ(person->status, 200);
  EXPECT_EQ(json::parse(person->body)["name"], "Sven Söderberg");

  // Audited once for the import; the personnummer is nowhere in clear: not in the database, not in the log.
  auto revisor = login("revisor");
  auto audit = json::parse(client().Get("/api/v1/associations/1/audit?action=import", as(revisor))->body);
  ASSERT_EQ(audit["total"], 1);
  EXPECT_EQ(audit["items"][0]["username"], "koordinator");
  const std::vector<std::string> numbers{"197803141238", "7803141238", "780314-1238", "199107173453", "9107173453"};
  if (!server_->postgres()) {
    for (const auto* suffix : {"", "-wal"}) {  // every byte of the SQLite database at rest
      std::ifstream stored(server_->db_path() + suffix, std::ios::binary);
      std::stringstream bytes;
      bytes << stored.rdbuf();
      for (const auto& n : numbers) EXPECT_EQ(bytes.str().find(n), std::string::npos) << n << " in db" << suffix;
    }
  } else {
    auto db = connect(*server_);
    for (const auto& n : numbers) {
      EXPECT_EQ(text_of(*db, "SELECT count(*) FROM person WHERE person_key LIKE '%" + n + "%' OR masked LIKE '%" + n +
                                 "%' OR coalesce(sealed_identity, '') LIKE '%" + n + "%'"),
                "0");
      EXPECT_EQ(text_of(*db, "SELECT count(*) FROM imported_row WHERE row_key LIKE '%" + n + "%'"), "0");
    }
  }
  std::ifstream log(server_->log_path());
  std::stringstream text;
  text << log.rdbuf();
  EXPECT_EQ(text.str().find("7803141238"), std::string::npos);
  EXPECT_EQ(text.str().find("780314-1238"), std::string::npos);
}

TEST_F(HistoryImportApi, ABadFileImportsNothingAndNamesEveryProblemByRowAndColumn) {
  auto koordinator = login("koordinator");
  const auto future = std::to_string(this_year() + 1) + "-01-01";
  const std::string file = kHeader + "19730101-4564;;Aktiv Lerum;2019-03-04;;;;\r\n" +
                           "19730101-4565;;Aktiv Lerum;2019-03-04;;;;\r\n" + "19880909-5675;;Ingen sådan insats;" +
                           future + ";;;Göteborg;\r\n" + "19730101-4564;;Aktiv Lerum;2019-03-04;;;;\r\n" +
                           "19730101-4564;;Aktiv Lerum;2019-01-01;2019-02-01;;;\r\n";
  auto refused = upload(koordinator, "dryRun=false", file);
  ASSERT_EQ(refused->status, 422) << refused->body;
  auto body = json::parse(refused->body);
  EXPECT_EQ(body["code"], "import_refused");
  EXPECT_EQ(problems(body["report"]),
            (std::vector<std::string>{"3 personnummer checksum", "4 startedOn future", "4 insats unknown",
                                      "4 kommun unknown", "5 row duplicate", "6 exitReason required"}));
  EXPECT_EQ(body["report"]["problems"][0]["column"], "Personnummer");
  EXPECT_EQ(body["report"]["imported"], false);
  auto db = connect(*server_);
  EXPECT_EQ(text_of(*db,
                    "SELECT count(*) FROM participation WHERE started_on = '2019-03-04' AND insats_id = 1 AND "
                    "person_id IS NULL AND gender = 'man' AND start_year = 2019"),
            "0");
}

TEST_F(HistoryImportApi, AnXlsxWorkbookWithItsOwnHeadersAndARememberedMapping) {
  auto koordinator = login("koordinator");
  const auto path = std::filesystem::temp_directory_path() / ("import-" + std::to_string(::getpid()) + ".xlsx");
  lxw_workbook* book = workbook_new(path.c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(book, "Deltagare 2018");
  lxw_format* date = workbook_add_format(book);
  format_set_num_format(date, "yyyy-mm-dd");
  worksheet_write_string(sheet, 0, 0, "Pnr", nullptr);
  worksheet_write_string(sheet, 0, 1, "Verksamhet", nullptr);
  worksheet_write_string(sheet, 0, 2, "Inskriven", nullptr);
  worksheet_write_number(sheet, 1, 0, 198809095675.0, nullptr);  // typed as a number, as Excel keeps it
  worksheet_write_string(sheet, 1, 1, "Aktiv Lerum", nullptr);
  lxw_datetime day = {2018, 5, 14, 0, 0, 0};
  worksheet_write_datetime(sheet, 1, 2, &day, date);
  ASSERT_EQ(workbook_close(book), LXW_NO_ERROR);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  const char* xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  auto guessed = upload(koordinator, "dryRun=true", bytes.str(), xlsx);
  ASSERT_EQ(guessed->status, 200) << guessed->body;
  EXPECT_EQ(problems(json::parse(guessed->body)), (std::vector<std::string>{"0 mapping.insats required"}));
  auto mapped =
      upload(koordinator, "dryRun=true&mapping.personnummer=Pnr&mapping.insats=Verksamhet&mapping.startedOn=Inskriven",
             bytes.str(), xlsx);
  ASSERT_EQ(mapped->status, 200) << mapped->body;
  EXPECT_EQ(json::parse(mapped->body)["problemCount"], 0) << mapped->body;
  auto saved = json::parse(client().Get("/api/v1/associations/1/participation-imports/mapping", as(koordinator))->body);
  EXPECT_EQ(saved["mapping"]["insats"], "Verksamhet");
  EXPECT_EQ(saved["fields"][0]["name"], "personnummer");
  auto done = upload(koordinator, "dryRun=false", bytes.str(), xlsx);  // the saved mapping
  ASSERT_EQ(done->status, 200) << done->body;
  EXPECT_EQ(json::parse(done->body)["toImport"], 1);
}

TEST_F(HistoryImportApi, WrongEncodingsFormatsParametersAndRolesAreRefusedClearly) {
  auto koordinator = login("koordinator");
  const std::string utf16("\xFF\xFEP\0n\0r\0", 8);
  auto r = upload(koordinator, "dryRun=true", utf16);
  ASSERT_EQ(r->status, 422) << r->body;
  EXPECT_EQ(json::parse(r->body)["errors"][0], (json{{"field", "file"}, {"code", "encoding_unsupported"}}));
  r = upload(koordinator, "dryRun=true", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(512, 'x'));
  EXPECT_EQ(json::parse(r->body)["errors"][0]["code"], "xls");
  r = upload(koordinator, "dryRun=true", "PK\x03\x04 not really a workbook");
  EXPECT_EQ(json::parse(r->body)["errors"][0]["code"], "not_xlsx");
  r = upload(koordinator, "dryRun=maybe&mapping.shoeSize=Skostorlek", kHeader);
  ASSERT_EQ(r->status, 422);
  EXPECT_EQ(json::parse(r->body)["errors"].size(), 2U);
  auto empty = upload(koordinator, "dryRun=true", "");
  ASSERT_EQ(empty->status, 422);
  EXPECT_EQ(json::parse(empty->body)["errors"][0], (json{{"field", "file"}, {"code", "empty"}}));
  auto consent = upload(koordinator, "dryRun=true", kHeader + "19730101-4564;Ann;Aktiv Lerum;2019-03-04;;;;ja\r\n");
  EXPECT_EQ(problems(json::parse(consent->body)), (std::vector<std::string>{"0 consentFormReference required"}));
  for (const auto* who : {"ekonom", "remittent", "forbundschef", "admin"}) {
    EXPECT_EQ(upload(login(who), "dryRun=true", kHeader)->status, 403) << who;
  }
  EXPECT_EQ(client().Post("/api/v1/associations/1/participation-imports?dryRun=true", kHeader, "text/csv")->status,
            401);
  // Larger than any other request may be, but not without limit.
  // Larger than any other request may be, but not without limit: refused from the header, before the body.
  const auto head = [&](const std::string& path, std::size_t length) {
    return raw("POST " + path + " HTTP/1.1\r\nHost: x\r\nCookie: " + koordinator.cookie + "\r\nX-CSRF-Token: " +
               koordinator.csrf + "\r\nContent-Type: text/csv\r\nContent-Length: " + std::to_string(length) +
               "\r\nConnection: close\r\n\r\n")
        .substr(0, 12);
  };
  EXPECT_EQ(head("/api/v1/associations/1/participation-imports?dryRun=true", std::size_t{40} << 20), "HTTP/1.1 413");
  EXPECT_EQ(head("/api/v1/associations/1/budgets/2040", std::size_t{2} << 20), "HTTP/1.1 413");  // others: 1 MiB
  // Without a session cookie and a CSRF token, or by another method or path, the upload limit does not apply.
  for (const auto* request : {"POST /api/v1/associations/1/participation-imports HTTP/1.1\r\n",
                              "PUT /api/v1/associations/1/participation-imports HTTP/1.1\r\n",
                              "POST /api/v1/associations/1/x/participation-imports HTTP/1.1\r\n"}) {
    const std::string cookie = std::string(request).rfind("POST /api/v1/associations/1/p", 0) == 0
                                   ? ""
                                   : "Cookie: " + koordinator.cookie + "\r\nX-CSRF-Token: " + koordinator.csrf + "\r\n";
    EXPECT_EQ(raw(std::string(request) + "Host: x\r\n" + cookie + "Content-Type: text/csv\r\nContent-Length: " +
                  std::to_string(std::size_t{2} << 20) + "\r\nConnection: close\r\n\r\n")
                  .substr(0, 12),
              "HTTP/1.1 413")
        << request;
  }
}

// A sheet of insatser as förbund keep them, one row per insats and budget year, in Swedish Excel's CSV.
TEST_F(HistoryImportApi, InsatserWithTheirBudgetYearsAreImportedOnceAndRefusedWithEveryProblem) {
  auto chef = login("forbundschef");
  const auto insatser = [&](const Login& l, const std::string& query, const std::string& file) {
    return client().Post("/api/v1/associations/1/insats-imports?" + query, as(l), file, "text/csv");
  };
  const std::string header =
      "Insats;Typ;Huvudman;Samverkande parter;Kommuner;Platser;Startdatum;Slutdatum;År;Budget\r\n";
  const std::string file = header +
                           "Språngbrädan;Individuell;Mölndal;FK, AF;Mölndal, 1402;6;2019-01-01;2020-12-31;2019;"
                           "420 000\r\n" +
                           "Språngbrädan;;;;;;;;2020;435 500,50\r\n" +
                           "Trädgårdsgruppen;Strukturell;Region;Partille;;;2020-04-01;;;\r\n";
  auto dry = insatser(chef, "dryRun=true", file);
  ASSERT_EQ(dry->status, 200) << dry->body;
  auto report = json::parse(dry->body);
  EXPECT_EQ(report["problemCount"], 0) << dry->body;
  EXPECT_EQ(report["toImport"], 2);
  EXPECT_EQ(report["budgetYears"], 2);
  EXPECT_EQ(report["mapping"]["leadParty"], "Huvudman");

  auto done = insatser(chef, "dryRun=false", file);
  ASSERT_EQ(done->status, 200) << done->body;
  EXPECT_EQ(json::parse(done->body)["imported"], true);
  auto list = json::parse(client().Get("/api/v1/associations/1/insatser", as(chef))->body)["items"];
  json made;
  for (const auto& i : list) {
    if (i["name"] == "Språngbrädan") made = i;
  }
  ASSERT_FALSE(made.is_null()) << list.dump();
  EXPECT_EQ(made["capacity"], 6);
  auto kommuner = made["kommunCodes"].get<std::vector<std::string>>();
  std::sort(kommuner.begin(), kommuner.end());
  EXPECT_EQ(kommuner, (std::vector<std::string>{"1402", "1481"}));
  EXPECT_EQ(made["endsOn"], "2020-12-31");
  EXPECT_EQ(made["budget"], (json{{"2019", 42000000}, {"2020", 43550050}})) << made.dump();
  auto again = insatser(chef, "dryRun=false", file);
  ASSERT_EQ(again->status, 200) << again->body;
  EXPECT_EQ(json::parse(again->body)["imported"], false);
  EXPECT_EQ(json::parse(again->body)["alreadyImported"], 2);

  auto refused = insatser(chef, "dryRun=false",
                          header + "Språngbrädan;;;;;;;;2020;1 000\r\n" +  // another amount than the saved one
                              "Nytt steg;Individuell;Kungsbacka;FK;;4;2021-01-01;;;\r\n" +  // not a member
                              "Sista steget;Individuell;Lerum;FK;;;2021-01-01;2020-01-01;;\r\n");
  ASSERT_EQ(refused->status, 422) << refused->body;
  auto problem = json::parse(refused->body);
  EXPECT_EQ(problem["code"], "import_refused");
  EXPECT_EQ(problems(problem["report"]),
            (std::vector<std::string>{"2 budget differs_from_saved", "3 leadParty unknown", "4 endsOn before_start"}));
  EXPECT_EQ(problem["report"]["problems"][1]["column"], "Huvudman");

  auto saved = json::parse(client().Get("/api/v1/associations/1/insats-imports/mapping", as(chef))->body);
  EXPECT_TRUE(saved["mapping"].is_null());  // a guessed mapping is not saved
  EXPECT_EQ(saved["fields"][0], (json{{"name", "insats"}, {"required", true}}));
  auto bad = insatser(chef, "dryRun=true&mapping.personnummer=Pnr", file);  // a participation's field
  ASSERT_EQ(bad->status, 422);
  EXPECT_EQ(json::parse(bad->body)["errors"][0], (json{{"field", "mapping.personnummer"}, {"code", "unknown"}}));
  for (const auto* who : {"ekonom", "koordinator", "remittent"}) {
    EXPECT_EQ(insatser(login(who), "dryRun=true", file)->status, 403) << who;
  }
}

TEST_F(HistoryImportApi, TheFörbundsOwnBudgetsOfPastYearsAreImportedOnceAndRefusedWithEveryProblem) {
  auto ekonom = login("ekonom");
  const auto budgets = [&](const Login& l, const std::string& query, const std::string& file) {
    return client().Post("/api/v1/associations/1/budget-imports?" + query, as(l), file, "text/csv");
  };
  // The demo has budgets from 2017 and a förbundsordning splitting the kommun quarter by population since 2006.
  const std::string header = "År;Total budget;Medlem;Fördelningsvärde\r\n";
  const std::string file = header + "2015;13 800 000 kr;;\r\n2016;14 100 000,50;;\r\n";
  auto dry = budgets(ekonom, "dryRun=true", file);
  ASSERT_EQ(dry->status, 200) << dry->body;
  auto report = json::parse(dry->body);
  EXPECT_EQ(problems(report), std::vector<std::string>{}) << dry->body;
  EXPECT_EQ(report["toImport"], 2);
  EXPECT_EQ(report["mapping"]["budget"], "Total budget");
  EXPECT_EQ(client().Get("/api/v1/associations/1/budgets/2016", as(ekonom))->status, 404);  // a dry run saves nothing

  auto done = budgets(ekonom, "dryRun=false", file);
  ASSERT_EQ(done->status, 200) << done->body;
  EXPECT_EQ(json::parse(done->body)["imported"], true);
  auto year = client().Get("/api/v1/associations/1/budgets/2016", as(ekonom));
  ASSERT_EQ(year->status, 200);
  auto budget = json::parse(year->body);
  EXPECT_EQ(budget["totalOre"], 1'410'000'050) << year->body;
  std::int64_t sum = 0;
  for (const auto& c : budget["contributions"]) sum += c["amountOre"].get<std::int64_t>();
  EXPECT_EQ(sum, 1'410'000'050);  // each member's contribution, adding up to the öre
  auto again = budgets(ekonom, "dryRun=false", file);
  ASSERT_EQ(again->status, 200) << again->body;
  EXPECT_EQ(json::parse(again->body)["imported"], false);
  EXPECT_EQ(json::parse(again->body)["alreadyImported"], 2);

  auto refused = budgets(ekonom, "dryRun=false",
                         header + "2017;1 000;;\r\n" +           // the demo's 2017 says otherwise
                             "2014;1 000 000;Alingsås;50\r\n" +  // the key is by population alone
                             "2013;;;\r\n" +                     // no total
                             "2012;tolv;;\r\n" +                 // not an amount
                             "2011;1 000 000;Kungsbacka;10\r\n"  // not a member
  );
  ASSERT_EQ(refused->status, 422) << refused->body;
  auto problem = json::parse(refused->body);
  EXPECT_EQ(problem["code"], "import_refused");
  EXPECT_EQ(problems(problem["report"]),
            (std::vector<std::string>{"2 budget differs_from_saved", "3 keyValue not_used", "4 budget required",
                                      "5 budget invalid", "6 member unknown"}));
  EXPECT_EQ(problem["report"]["problems"][0]["column"], "Total budget");
  EXPECT_EQ(client().Get("/api/v1/associations/1/budgets/2013", as(ekonom))->status, 404);

  auto saved = json::parse(client().Get("/api/v1/associations/1/budget-imports/mapping", as(ekonom))->body);
  EXPECT_TRUE(saved["mapping"].is_null());  // a guessed mapping is not saved
  EXPECT_EQ(saved["fields"][0], (json{{"name", "budgetYear"}, {"required", true}}));
  auto bad = budgets(ekonom, "dryRun=true&mapping.insats=Insats", file);  // an insats's field
  ASSERT_EQ(bad->status, 422);
  EXPECT_EQ(json::parse(bad->body)["errors"][0], (json{{"field", "mapping.insats"}, {"code", "unknown"}}));
  for (const auto* who : {"koordinator", "remittent", "insatsansvarig"}) {
    EXPECT_EQ(budgets(login(who), "dryRun=true", file)->status, 403) << who;
  }
}

// With Accept: application/x-ndjson the answer streams the rows read while the server works, then the answer
// itself with its status; two imports at a time, a third is refused at once.
TEST_F(HistoryImportApi, AnImportStreamsItsProgressAndAThirdAtOnceIsBusy) {
  auto koordinator = login("koordinator");
  std::string file = kHeader;
  for (int i = 0; i < 30'000; ++i) {
    file += pnr(i) + ";;Aktiv Lerum;2017-" + (i % 12 < 9 ? "0" : "") + std::to_string(1 + i % 12) + "-01;;;;\r\n";
  }
  struct Streamed {
    int status = 0;
    std::string content_type;
    std::vector<json> lines;
    std::atomic<bool> begun{false};
  };
  // `may_be_cut`: the server may stop before the answer's end (then the lines that came are kept).
  const auto stream = [&](const std::string& query, const std::string& body, Streamed& out, bool may_be_cut = false) {
    httplib::Client c("127.0.0.1", server_->port());  // not recorded: the contract check reads JSON answers
    c.set_read_timeout(300);
    httplib::Request req;
    req.method = "POST";
    req.path = "/api/v1/associations/1/participation-imports?" + query;
    req.headers = as(koordinator);
    req.headers.emplace("Accept", "application/x-ndjson");
    req.headers.emplace("Content-Type", "text/csv");
    req.body = body;
    std::string pending;
    req.response_handler = [&](const httplib::Response& head) {
      out.status = head.status;
      out.content_type = head.get_header_value("Content-Type");
      return true;
    };
    req.content_receiver = [&](const char* data, std::size_t size, std::uint64_t, std::uint64_t) {
      pending.append(data, size);
      for (auto end = pending.find('\n'); end != std::string::npos; end = pending.find('\n')) {
        out.lines.push_back(json::parse(pending.substr(0, end)));
        pending.erase(0, end + 1);
        out.begun = true;
      }
      return true;
    };
    auto r = c.send(req);
    if (!may_be_cut) {
      ASSERT_TRUE(r) << httplib::to_string(r.error());
    }
    if (!pending.empty()) out.lines.push_back(json::parse(pending));  // an answer that was not streamed
  };

  Streamed one;
  stream("dryRun=true", file, one);
  ASSERT_EQ(one.status, 200);
  EXPECT_EQ(one.content_type, "application/x-ndjson");
  ASSERT_GE(one.lines.size(), 2U) << "at least one line of progress before the answer";
  int previous = -1;
  for (std::size_t i = 0; i + 1 < one.lines.size(); ++i) {
    const int read = one.lines[i]["rowsRead"].get<int>();
    EXPECT_GE(read, previous);
    previous = read;
  }
  EXPECT_LE(previous, 30'001);
  const auto& last = one.lines.back();
  EXPECT_EQ(last["status"], 200);
  EXPECT_EQ(last["answer"]["rows"], 30'000);
  EXPECT_EQ(last["answer"]["toImport"], 30'000);

  // A refused import: its 422 and report in the last line, nothing imported.
  Streamed refused;
  stream("dryRun=false", kHeader + "19730101-4564;;Aktiv Lerum;2017-03-04;2017-01-01;Arbete;;\r\n", refused);
  ASSERT_FALSE(refused.lines.empty());
  EXPECT_EQ(refused.lines.back()["status"], 422);
  EXPECT_EQ(refused.lines.back()["answer"]["code"], "import_refused");
  EXPECT_EQ(problems(refused.lines.back()["answer"]["report"]), (std::vector<std::string>{"2 endedOn before_start"}));
  // The request's own errors are answered at once, as without progress.
  Streamed wrong;
  stream("dryRun=maybe", kHeader, wrong);
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(wrong.lines.at(0)["code"], "validation_failed");

  // Two running imports take both places: a third is 429 imports_busy at once.
  Streamed first;
  Streamed second;
  std::thread a([&] { stream("dryRun=true", file, first); });
  std::thread b([&] { stream("dryRun=true", file, second); });
  // Each answer's first line comes as its import starts; 30 000 rows then take the server a second or more.
  while (!(first.begun && second.begun)) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  Streamed third;
  stream("dryRun=true", kHeader, third);
  a.join();
  b.join();
  EXPECT_EQ(third.status, 429);
  EXPECT_EQ(third.lines.at(0)["code"], "imports_busy");
  EXPECT_EQ(first.lines.back()["status"], 200);
  EXPECT_EQ(second.lines.back()["status"], 200);

  // The server stopped while an import runs: it stops where it reads, nothing is written, and the server
  // exits cleanly (the import's thread never outlives the services it uses).
  std::string large = kHeader;
  for (int i = 0; i < 60'000; ++i) {
    large += pnr(i) + ";;Aktiv Lerum;2016-" + (i % 12 < 9 ? "0" : "") + std::to_string(1 + i % 12) + "-01;;;;\r\n";
  }
  Streamed stopped;
  std::thread running([&] { stream("dryRun=false", large, stopped, true); });
  // The stop comes once the import has started on the server (its first line is sent as it starts).
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!stopped.begun && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  const bool started = stopped.begun;
  const int exit_status = server_->stop();
  running.join();
  ASSERT_TRUE(started) << "the import never began";
  // The answer: finished within the shutdown grace, stopped where it read (503 server_stopping), or cut short with
  // the connection (the import then went on to its end or stopped where it read, as the data below tells).
  const json& final_line = stopped.lines.back();
  const bool finished = final_line.value("status", 0) == 200;
  const bool stopped_reading =
      final_line.contains("answer") && final_line["answer"].value("code", "") == "server_stopping";
  const bool cut_short = final_line.contains("rowsRead");
  EXPECT_TRUE(finished || stopped_reading || cut_short) << final_line.dump().substr(0, 300);
  std::cout << "[          ] stopped during an import: "
            << (finished          ? "it had finished"
                : stopped_reading ? "stopped where it read"
                                  : "the answer was cut short")
            << "\n";
  std::ifstream log(server_->log_path());
  const std::string logged((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
  EXPECT_EQ(logged.find("unhandled error"), std::string::npos);
  EXPECT_EQ(exit_status, 0) << logged.substr(std::min(logged.find("ERROR: AddressSanitizer"), logged.size()), 9000);
  server_->start();
  // All of it or nothing: its first and its last row were both written, or neither.
  const auto written = [&](int i, const char* day) {
    auto check = upload(koordinator, "dryRun=true", kHeader + pnr(i) + ";;Aktiv Lerum;" + day + ";;;;\r\n");
    return json::parse(check->body)["alreadyImported"] == 1;
  };
  const bool first_row = written(0, "2016-01-01");
  const bool last_row = written(59'999, "2016-12-01");
  EXPECT_EQ(first_row, last_row);
  EXPECT_TRUE(!finished || first_row) << "an import that answered 200 was written";
  EXPECT_TRUE(!stopped_reading || !first_row) << "an import stopped where it read wrote nothing";
}

TEST_F(HistoryImportApi, AHundredThousandRowsAreReadInBoundedMemory) {
  auto koordinator = login("koordinator");
  std::string file = kHeader;
  for (int i = 0; i < 100'000; ++i) {
    file += pnr(i) + ";;Aktiv Lerum;2018-" + (i % 12 < 9 ? "0" : "") + std::to_string(1 + i % 12) + "-01;;;;\r\n";
  }
  const auto peak = [&] {
    std::ifstream status("/proc/" + std::to_string(server_->pid()) + "/status");
    std::string line;
    while (std::getline(status, line)) {
      if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6)) / 1024;  // MiB
    }
    return 0L;
  };
  const auto before = peak();
  auto r = upload(koordinator, "dryRun=true", file);
  ASSERT_EQ(r->status, 200) << r->body.substr(0, 400);
  auto report = json::parse(r->body);
  EXPECT_EQ(report["rows"], 100'000);
  EXPECT_EQ(report["problemCount"], 0) << r->body.substr(0, 400);
  EXPECT_EQ(report["toImport"], 100'000);
  // The file is about 4 MiB; rows are read one at a time, so the server grows by little more than the file
  // and what it remembers per row (under ASan, whose own bookkeeping is in this figure too).
  std::cout << "[          ] 100 000 rows (" << file.size() / 1024 << " KiB): peak RSS " << before << " → " << peak()
            << " MiB\n";
  EXPECT_LT(peak() - before, 400);
}

}  // namespace
}  // namespace samordna::apitest
