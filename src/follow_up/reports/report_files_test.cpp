// The XLSX and PDF writers: the workbook holds the table and a native chart; the PDF's text is checked with
// pdftotext (poppler-utils) as a golden text.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "follow_up/reports/finsam_csv.hpp"
#include "follow_up/reports/follow_up_pdf.hpp"
#include "follow_up/reports/member_value_pdf.hpp"
#include "follow_up/reports/pivot_xlsx.hpp"

namespace samordna::report {
namespace {

core::CivilDate d(const char* iso) { return *core::CivilDate::parse(iso); }

core::StatisticsResult seed_rows(const core::PivotRequest& request) {
  std::vector<core::Fact> facts;
  auto add = [&](const char* insats, const char* gender, int n) {
    for (int i = 0; i < n; ++i) {
      core::Fact f;
      f.insats_name = insats;
      f.gender = gender;
      f.on = d("2018-01-01");
      f.person = std::string(insats) + gender + std::to_string(i);
      facts.push_back(f);
    }
  };
  add("Aktiv Lerum", "woman", 90);
  add("Aktiv Lerum", "man", 43);
  add("Balder/Activera", "woman", 29);
  add("Balder/Activera", "man", 28);
  add("Primus", "woman", 2);
  add("Primus", "man", 2);
  core::StatisticsResult r;
  r.pivot = core::pivot(facts, request);
  r.suppression = core::suppress(r.pivot, 5);
  r.pivot = core::apply(r.pivot, *r.suppression);
  return r;
}

std::string run(const std::string& command) {
  std::string out;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    ::pclose(pipe);
  }
  return out;
}

std::string scratch(const char* name) { return (std::filesystem::temp_directory_path() / name).string(); }

std::string pdf_text(const std::string& bytes) {
  // One file per process: ctest runs the PDF tests in parallel processes.
  const auto path = scratch(("samordna-report-test-" + std::to_string(::getpid()) + ".pdf").c_str());
  std::ofstream(path, std::ios::binary) << bytes;
  auto text = run("pdftotext -layout " + path + " -");
  std::filesystem::remove(path);
  return text;
}

core::FinsamFigures finsam_2019() {
  core::FinsamFigures f;
  f.year = 2019;
  f.individual = seed_rows({core::Measure::active_persons,
                            core::Dimension::insats,
                            core::Dimension::gender,
                            d("2019-01-01"),
                            d("2019-12-31"),
                            {}});
  f.funds = {{core::PartyKind::fk, core::Money::kronor(7'400'000), core::Money::kronor(7'400'000)},
             {core::PartyKind::af, {}, {}},
             {core::PartyKind::region, core::Money::kronor(3'700'000), core::Money::kronor(3'700'000)},
             {core::PartyKind::kommun, core::Money::kronor(3'700'000), core::Money::kronor(1'850'000)}};
  f.budgeted = core::Money::kronor(14'800'000);
  f.received = core::Money::kronor(12'950'000);
  core::EquityYear e;
  e.year = 2019;
  e.opening = core::Money::kronor(2'000'000);
  e.received = core::Money::kronor(14'800'000);
  e.costs = core::Money::kronor(14'900'000);
  e.result = core::Money::kronor(-100'000);
  e.closing = core::Money::kronor(1'900'000);
  f.equity = e;
  return f;
}

TEST(ReportFiles, WorkbookHoldsTheTableAndANativeChart) {
  core::PivotRequest request{core::Measure::participations,
                             core::Dimension::insats,
                             core::Dimension::gender,
                             d("2017-01-01"),
                             d("2020-03-14"),
                             {}};
  auto bytes = pivot_xlsx(seed_rows(request), request, std::filesystem::temp_directory_path().string());
  ASSERT_GT(bytes.size(), 1000U);
  EXPECT_EQ(bytes.substr(0, 2), "PK");
  const auto path = scratch("samordna-report-test.xlsx");
  std::ofstream(path, std::ios::binary) << bytes;
  const auto listing = run("unzip -l " + path);
  EXPECT_NE(listing.find("xl/charts/chart1.xml"), std::string::npos) << listing;
  const auto strings = run("unzip -p " + path + " xl/sharedStrings.xml");
  EXPECT_NE(strings.find("Aktiv Lerum"), std::string::npos);
  EXPECT_NE(strings.find("Kvinnor"), std::string::npos);
  const auto sheet = run("unzip -p " + path + " xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("<v>133</v>"), std::string::npos);  // Aktiv Lerum's total as a number
  std::filesystem::remove(path);
}

TEST(ReportFiles, MemberValuePdfTextInSwedish) {
  core::MemberValue v;
  v.member.name = "Alingsås kommun";
  v.from = d("2017-01-01");
  v.to = d("2020-03-14");
  v.contributions = core::Money::kronor(1'932'318);
  v.all_contributions = core::Money::kronor(11'179'200);
  v.persons = 239;
  v.cost_per_person = core::Money::kronor(8'085);
  core::PivotRequest request{
      core::Measure::participations, core::Dimension::insats, core::Dimension::gender, v.from, v.to, {}};
  v.figures.push_back({request.measure, request.rows, request.columns, seed_rows(request)});
  auto bytes = member_value_pdf(v, "Samordningsförbundet Insjöriket");
  EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
  const auto text = pdf_text(bytes);
  for (const char* expected : {"Medlemsnytta – Alingsås kommun", "Samordningsförbundet Insjöriket, perioden",
                               "2017-01-01 – 2020-03-14", "Vad kommunen betalat", "Kommunens medlemsavgifter",
                               "Deltaganden per insats", "Aktiv Lerum", "Primus", "Kvinnor", "Män", "133"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << "missing: " << expected << "\n" << text;
  }
  EXPECT_EQ(text.find("29"), std::string::npos);  // Balder's women are suppressed
}

TEST(ReportFiles, FinsamCsvGolden) {
  const auto csv = finsam_csv(finsam_2019(), "Samordningsförbundet Insjöriket");
  const std::string expected =
      "\xEF\xBB\xBFUppföljning Finsam;2019\r\n"
      "Samordningsförbundet Insjöriket\r\n"
      "\r\n"
      "Deltagare i individinriktade insatser under året (personer)\r\n"
      "Insats;Kvinnor;Män;Totalt\r\n"
      "Aktiv Lerum;90;43;133\r\n"
      "Balder/Activera;..;..;..\r\n"
      "Primus;..;..;..\r\n"
      "Totalt;121;73;194\r\n"
      "\r\n"
      "Deltagare i strukturövergripande insatser (närvaro)\r\n"
      "Inga uppgifter för året.\r\n"
      "\r\n"
      "Medel;Budgeterat (kr);Inbetalt (kr)\r\n"
      "Försäkringskassan;7400000,00;7400000,00\r\n"
      "Arbetsförmedlingen;0,00;0,00\r\n"
      "Region;3700000,00;3700000,00\r\n"
      "Kommuner;3700000,00;1850000,00\r\n"
      "Totalt;14800000,00;12950000,00\r\n"
      "\r\n"
      "Eget kapital (kr);Ingående;Intäkter;Kostnader;Resultat;Utgående\r\n"
      "2019;2000000,00;14800000,00;14900000,00;-100000,00;1900000,00\r\n"
      "\r\n"
      "\".. = Uppgifter som avser färre än 5 personer, och uppgifter som skulle avslöja dem, visas som \"\"..\"\". "
      "Övriga tal kan avvika med upp till 2 (andelar med upp till 5 procentenheter), alltid på samma sätt för samma "
      "personer, så att dolda tal inte kan räknas fram ur flera tabeller; delarna behöver därför inte summera exakt "
      "till totalen.\"\r\n";
  EXPECT_EQ(csv, expected);
}

TEST(ReportFiles, FollowUpPdfTextInSwedish) {
  core::FollowUpReport r;
  r.association_name = "Samordningsförbundet Insjöriket";
  r.year = 2019;
  r.finsam = finsam_2019();
  core::PivotRequest ended{core::Measure::ended, core::Dimension::none, core::Dimension::none,
                           d("2019-01-01"),      d("2019-12-31"),       {}};
  auto all_ended = seed_rows(ended);  // no ended facts: set the figure by hand
  all_ended.pivot.total = 194;
  r.key_figures.push_back({core::Measure::ended, core::Dimension::none, core::Dimension::none, all_ended});
  core::PivotRequest work = ended;
  work.measure = core::Measure::in_work_or_studies;
  auto some = seed_rows(work);
  some.pivot.total = 97;  // half of those who ended
  r.key_figures.push_back({work.measure, work.rows, work.columns, some});
  const auto text = pdf_text(follow_up_pdf(r));
  for (const char* expected :
       {"Uppföljning 2019", "Samordningsförbundet Insjöriket, verksamhetsåret 2019", "färre än 5", "Året i siffror",
        "Arbete eller studier efter", "andel av avslutade", "50 %",
        "Uppföljning Finsam: deltagare i individinriktade insatser", "Aktiv Lerum", "133", "Totalt 194 personer",
        "Ingen närvaro registrerad under året", "Försäkringskassan", "7 400 000,00 kr", "12 950 000,00 kr",
        "Årets resultat", "-100 000,00 kr", "Utgående"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << "missing: " << expected << "\n" << text;
  }
}

}  // namespace
}  // namespace samordna::report
