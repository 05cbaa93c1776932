// The XLSX and PDF writers: the workbook holds the table and a native chart; the PDF's text is checked with
// pdftotext (poppler-utils) as a golden text.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "report/member_value_pdf.hpp"
#include "report/pivot_xlsx.hpp"

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
  const auto path = scratch("samordna-report-test.pdf");
  std::ofstream(path, std::ios::binary) << bytes;
  const auto text = run("pdftotext -layout " + path + " -");
  std::filesystem::remove(path);
  for (const char* expected : {"Medlemsnytta – Alingsås kommun", "Samordningsförbundet Insjöriket, perioden",
                               "2017-01-01 – 2020-03-14", "Vad kommunen betalat", "Kommunens medlemsavgifter",
                               "Deltaganden per insats", "Aktiv Lerum", "Primus", "Kvinnor", "Män", "133"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << "missing: " << expected << "\n" << text;
  }
  EXPECT_EQ(text.find("29"), std::string::npos);  // Balder's women are suppressed
}

}  // namespace
}  // namespace samordna::report
