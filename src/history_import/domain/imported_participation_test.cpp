#include "history_import/domain/imported_participation.hpp"

#include <gtest/gtest.h>

#include "history_import/domain/import_values.hpp"

namespace samordna::core {
namespace {

const CivilDate kToday = *CivilDate::parse("2026-12-03");

// Columns: personnummer, namn, insats, start, slut, orsak, samtycke.
const ColumnIndex kColumns = {{ImportField::personnummer, 0}, {ImportField::name, 1},     {ImportField::insats, 2},
                              {ImportField::started_on, 3},   {ImportField::ended_on, 4}, {ImportField::exit_reason, 5},
                              {ImportField::consent, 6}};

std::vector<std::pair<std::string, std::string>> problems_of(const std::vector<std::string>& cells) {
  std::vector<ImportProblem> problems;
  EXPECT_FALSE(read_participation_row(7, cells, kColumns, kToday, problems));
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& p : problems) {
    EXPECT_EQ(p.row, 7);
    out.emplace_back(p.field, p.code);
  }
  return out;
}

TEST(ImportedParticipation, ARowWithEverythingIsReadAsTheSpreadsheetWroteIt) {
  std::vector<ImportProblem> problems;
  auto p = read_participation_row(3, {" 19900101-2385 ", "Anna A", "Balder", "2019-03-04", "30.9.2019", "Arbete", "ja"},
                                  kColumns, kToday, problems);
  ASSERT_TRUE(p) << problems.at(0).field << " " << problems.at(0).code;
  EXPECT_EQ(p->personnummer->canonical(), "199001012385");
  EXPECT_EQ(p->started_on.iso(), "2019-03-04");
  EXPECT_EQ(p->ended_on->iso(), "2019-09-30");
  EXPECT_EQ(p->exit_reason, ExitReason::work);
  EXPECT_TRUE(p->consent);
  auto ongoing =
      read_participation_row(4, {"9001012385", "", "Balder", "20260115", "", "", ""}, kColumns, kToday, problems);
  ASSERT_TRUE(ongoing);
  EXPECT_FALSE(ongoing->ended_on);
  EXPECT_FALSE(ongoing->consent);
}

TEST(ImportedParticipation, EveryFieldsProblemIsNamedOnItsRow) {
  using P = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(problems_of({"", "", "", "", "", "", ""}),
            (P{{"personnummer", "required"}, {"insats", "required"}, {"startedOn", "required"}}));
  EXPECT_EQ(problems_of({"19900101-2384", "A", "Balder", "2019-02-30", "", "", "kanske"}),
            (P{{"personnummer", "checksum"}, {"startedOn", "invalid"}, {"consent", "invalid"}}));
  EXPECT_EQ(problems_of({"19900101-2385", "A", "Balder", "2027-01-01", "2027-02-01", "Arbete", "nej"}),
            (P{{"startedOn", "future"}, {"endedOn", "future"}}));
  EXPECT_EQ(problems_of({"19900101-2385", "A", "Balder", "2019-03-04", "2019-03-01", "", ""}),
            (P{{"endedOn", "before_start"}, {"exitReason", "required"}}));
  EXPECT_EQ(problems_of({"19900101-2385", "", "Balder", "2019-03-04", "", "Arbete", "ja"}),
            (P{{"exitReason", "not_allowed"}, {"name", "required"}}));
  EXPECT_EQ(problems_of({"19900101-2385", "A", "Balder", "2019-03-04", "2019-04-01", "Semester", ""}),
            (P{{"exitReason", "invalid"}}));
}

TEST(ImportValues, DatesAsSwedesTypeThem) {
  for (const auto* text : {"2019-03-04", "20190304", "2019/03/04", "4.3.2019", "04/03/2019", "2019-03-04 00:00:00"}) {
    auto d = parse_import_date(text);
    ASSERT_TRUE(d) << text;
    EXPECT_EQ(d->iso(), "2019-03-04") << text;
  }
  for (const auto* text : {"", "2019-13-01", "4-3-2019", "mars 2019", "2019-3", "43528"}) {
    EXPECT_FALSE(parse_import_date(text)) << text;
  }
}

TEST(ImportValues, ExitReasonsByNameOrCodeAndYesOrNo) {
  EXPECT_EQ(parse_import_exit_reason(" Genomförd "), ExitReason::completed);
  EXPECT_EQ(parse_import_exit_reason("INGEN KONTAKT"), ExitReason::no_contact);
  EXPECT_EQ(parse_import_exit_reason("other_insats"), ExitReason::other_insats);
  EXPECT_EQ(parse_import_exit_reason("Felregistrerad"), ExitReason::registered_by_mistake);
  EXPECT_FALSE(parse_import_exit_reason("Semester"));
  EXPECT_EQ(parse_import_yes_no("Ja"), true);
  EXPECT_EQ(parse_import_yes_no("X"), true);
  EXPECT_EQ(parse_import_yes_no(""), false);
  EXPECT_EQ(parse_import_yes_no("Nej"), false);
  EXPECT_FALSE(parse_import_yes_no("kanske"));
}

}  // namespace
}  // namespace samordna::core
