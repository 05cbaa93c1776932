#include "history_import/participation_import_service.hpp"

#include <gtest/gtest.h>

#include "history_import/testing/memory_imports.hpp"
#include "history_import/testing/rows.hpp"
#include "participants/testing/world.hpp"

namespace samordna::core {
namespace {

using testing::day;
using testing::kAnna;
using testing::kBertil;
using testing::kCurt;

using testing::Rows;

const std::string kHeader = "Personnummer;Namn;Insats;Startdatum;Slutdatum;Avslutsorsak;Hemkommun;Samtycke";

class ParticipationImport : public ::testing::Test {
 protected:
  testing::ParticipantsWorld w;
  testing::MemoryImports imports;
  ParticipationImportService service{w.insatser, w.associations, w.persons, w.participations, imports,
                                     w.vault,    w.transactions, w.audit,   w.clock};
  Actor koordinator{30, "koordinator", "10.0.0.2"};
  PersonalScope scope{{w.balder, w.ist}, std::nullopt};
  ImportRequest request{std::nullopt, "Samtyckesblankett 2019, pärm 3"};

  std::vector<std::pair<std::string, std::string>> problems(const ImportReport& report) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& p : report.problems) out.emplace_back(std::to_string(p.row) + " " + p.field, p.code);
    return out;
  }
};

TEST_F(ParticipationImport, AYearOfHistoryIsImportedPseudonymisedAndAgainChangesNothing) {
  Rows file({kHeader, std::string(kAnna) + ";Anna Andersson;Balder;2025-03-04;2025-09-30;Arbete;Alingsås;ja",
             std::string(kBertil) + ";;balder;2025-04-01;2025-12-20;Genomförd;;nej",
             std::string(kCurt) + ";Curt;Individsamverkansteamet;2026-10-01;;;1440;Ja",
             std::string(kBertil) + ";;Balder;2026-02-01;;;;"});
  auto dry = service.check(koordinator, scope, 1, file, request);
  ASSERT_TRUE(dry);
  EXPECT_EQ(dry->rows, 4);
  EXPECT_EQ(dry->to_import, 4);
  EXPECT_EQ(dry->with_consent, 2);
  EXPECT_EQ(dry->problem_count, 0) << dry->problems.at(0).field;
  EXPECT_TRUE(w.participations.participations.empty());  // a dry run changes nothing

  auto done = service.run(koordinator, scope, 1, file, request);
  ASSERT_TRUE(done);
  EXPECT_TRUE(done->imported);
  EXPECT_EQ(done->to_import, 4);
  ASSERT_EQ(w.participations.participations.size(), 4U);
  ASSERT_EQ(w.persons.persons.size(), 2U);  // only those who consented are registered
  for (const auto& person : w.persons.persons) {
    EXPECT_EQ(person.person_key.find("1990"), std::string::npos);
    EXPECT_EQ(person.person_key.find("1995"), std::string::npos);
    ASSERT_TRUE(person.sealed_identity);
    EXPECT_EQ(person.sealed_identity->find("19900101"), std::string::npos);
  }
  EXPECT_EQ(open_identity(w.vault, w.persons.persons[0])->name, "Anna Andersson");
  EXPECT_EQ(w.persons.persons[0].kommun_code, "1489");
  EXPECT_EQ(w.persons.persons[1].kommun_code, "1440");
  const auto& anna = w.participations.participations[0];
  EXPECT_EQ(anna.insats_id, w.balder);
  EXPECT_EQ(anna.ended_on->iso(), "2025-09-30");
  EXPECT_EQ(anna.exit_reason, ExitReason::work);
  EXPECT_TRUE(has_follow_up_consent(w.participations.consents(anna.id), day("2025-05-01")));
  EXPECT_EQ(w.participations.consents(anna.id).at(0).form_reference, "Samtyckesblankett 2019, pärm 3");
  const auto& bertil = w.participations.participations[1];
  EXPECT_FALSE(bertil.person_id);  // no consent: anonymous, gender and start year
  EXPECT_EQ(bertil.gender, Gender::man);
  EXPECT_EQ(bertil.start_year, 2025);
  // Audited: the import, and each registered person's new participation (by name only, never the number).
  const auto& events = w.events.events;
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back().action, "import");
  EXPECT_EQ(events.back().fields.at(1).value, "4");
  for (const auto& e : events) {
    for (const auto& f : e.fields) EXPECT_EQ(f.value.value_or("").find("19900101"), std::string::npos);
  }

  auto again = service.run(koordinator, scope, 1, file, request);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->already_imported, 4);
  EXPECT_EQ(again->to_import, 0);
  EXPECT_FALSE(again->imported);
  EXPECT_EQ(w.participations.participations.size(), 4U);
  EXPECT_EQ(w.persons.persons.size(), 2U);
}

TEST_F(ParticipationImport, OneBadRowStopsTheWholeImportAndEveryProblemIsListedByRowAndField) {
  Rows file({kHeader, std::string(kAnna) + ";Anna;Balder;2025-03-04;2025-09-30;Arbete;;ja",
             "19900101-2384;;Balder;2025-03-04;;;;", std::string(kCurt) + ";;Okänd insats;2027-01-01;;;Göteborg;",
             std::string(kAnna) + ";Anna;Balder;2025-03-04;2025-09-30;Arbete;;ja",
             std::string(kAnna) + ";Anna;Balder;2025-06-01;;;;ja", std::string(kBertil) + ";;Nätverk;2026-01-01;;;;",
             std::string(kBertil) + ";;Lerums insats;2026-01-01;;;;"});
  auto report = service.run(koordinator, scope, 1, file, request);
  ASSERT_TRUE(report);
  EXPECT_FALSE(report->imported);
  EXPECT_EQ(problems(*report), (std::vector<std::pair<std::string, std::string>>{
                                   {"3 personnummer", "checksum"},
                                   {"4 startedOn", "future"},
                                   {"4 insats", "unknown"},
                                   {"4 kommun", "unknown"},
                                   {"5 row", "duplicate"},
                                   {"6 row", "overlaps"},
                                   {"7 insats", "unknown"},  // Nätverk is outside the caller's scope
                                   {"8 insats", "unknown"},  // another förbund's
                               }));
  EXPECT_EQ(report->problem_count, 8);
  EXPECT_TRUE(w.participations.participations.empty());
  EXPECT_TRUE(w.persons.persons.empty());
  EXPECT_TRUE(w.events.events.empty());
}

TEST_F(ParticipationImport, AnExistingParticipationIsKeptAndAnOverlapWithItRefused) {
  ASSERT_TRUE(service.run(koordinator, scope, 1,
                          Rows({kHeader, std::string(kAnna) + ";Anna;Balder;2025-03-04;2025-09-30;Arbete;;ja"}),
                          request));
  Rows next({kHeader, std::string(kAnna) + ";Anna;Balder;2025-03-04;2025-09-30;Arbete;;ja",
             std::string(kAnna) + ";Anna;Balder;2025-09-01;;;;ja",
             std::string(kAnna) + ";Anna;Individsamverkansteamet;2025-09-01;;;;ja"});
  auto report = service.check(koordinator, scope, 1, next, request);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->already_imported, 1);
  EXPECT_EQ(problems(*report), (std::vector<std::pair<std::string, std::string>>{{"3 row", "overlaps"}}));
}

TEST_F(ParticipationImport, OnePersonsManyPeriodsAreCheckedAgainstTheirNeighbours) {
  Rows file({kHeader, std::string(kCurt) + ";;Balder;2025-01-01;2025-01-31;Annat;;",
             std::string(kCurt) + ";;Balder;2025-03-01;2025-03-31;Annat;;",
             std::string(kCurt) + ";;Balder;2025-02-01;2025-02-28;Annat;;",  // between them: fine
             std::string(kCurt) + ";;Balder;2025-02-28;2025-03-02;Annat;;",  // meets both neighbours
             std::string(kCurt) + ";;Balder;2018-12-01;;;;",                 // ongoing, reaches the first
             std::string(kCurt) + ";;Balder;2025-04-01;;;;"});               // after all: fine
  auto report = service.check(koordinator, scope, 1, file, request);
  ASSERT_TRUE(report);
  EXPECT_EQ(problems(*report),
            (std::vector<std::pair<std::string, std::string>>{{"5 row", "overlaps"}, {"6 row", "overlaps"}}));
  EXPECT_EQ(report->to_import, 4);
}

TEST_F(ParticipationImport, AFileWithoutHeadersIsRefusedAndNoneOfItsFirstRowEchoed) {
  auto report = service.check(koordinator, scope, 1, Rows({std::string(kAnna) + ";Balder;2025-03-04"}), request);
  ASSERT_TRUE(report);
  EXPECT_EQ(problems(*report), (std::vector<std::pair<std::string, std::string>>{{"0 file", "no_header"}}));
  EXPECT_TRUE(report->header.empty());
  ImportRequest mapped = request;
  mapped.mapping = ColumnMapping{{{ImportField::personnummer, kAnna}}};
  ASSERT_TRUE(service.check(koordinator, scope, 1, Rows({std::string(kAnna) + ";Balder;2025-03-04"}), mapped));
  EXPECT_FALSE(service.saved_mapping(1));  // never saved
}

TEST_F(ParticipationImport, AnExistingPersonKeepsTheirIdentityAndOldRowsStayAnonymous) {
  ASSERT_TRUE(service.run(
      koordinator, scope, 1,
      Rows({kHeader, std::string(kAnna) + ";Anna Andersson;Balder;2025-03-04;2025-09-30;Arbete;;ja"}), request));
  ASSERT_EQ(w.persons.persons.size(), 1U);
  // Another spreadsheet names her differently: she is not renamed. A participation that ended more than the
  // förbund's retention years ago (two by default) registers no one.
  auto done = service.run(koordinator, scope, 1,
                          Rows({kHeader, std::string(kAnna) + ";Fel Namn;Individsamverkansteamet;2025-01-01;;;;ja",
                                std::string(kBertil) + ";Bertil;Balder;2019-04-01;2019-12-20;Genomförd;;ja"}),
                          request);
  ASSERT_TRUE(done);
  EXPECT_EQ(done->with_consent, 1);
  ASSERT_EQ(w.persons.persons.size(), 1U);
  EXPECT_EQ(open_identity(w.vault, w.persons.persons[0])->name, "Anna Andersson");
  EXPECT_EQ(w.participations.participations.back().person_id, std::nullopt);
  // Retention unlinks her later: the same files again still change nothing.
  w.persons.remove_identity_and_plan(w.persons.persons[0].id, w.vault.unlinked_pseudonym());
  auto again = service.check(
      koordinator, scope, 1,
      Rows({kHeader, std::string(kAnna) + ";Anna Andersson;Balder;2025-03-04;2025-09-30;Arbete;;ja"}), request);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->already_imported, 1);
  EXPECT_EQ(again->to_import, 0);
}

TEST_F(ParticipationImport, TheMappingIsGuessedGivenAndRemembered) {
  Rows file({"Pnr;Vad;När", std::string(kBertil) + ";Balder;2025-04-01"});
  auto guessed = service.check(koordinator, scope, 1, file, request);
  ASSERT_TRUE(guessed);
  EXPECT_EQ(guessed->header, (std::vector<std::string>{"Pnr", "Vad", "När"}));
  EXPECT_EQ(problems(*guessed), (std::vector<std::pair<std::string, std::string>>{
                                    {"0 mapping.insats", "required"}, {"0 mapping.startedOn", "required"}}));
  EXPECT_FALSE(service.saved_mapping(1));

  ImportRequest mapped = request;
  mapped.mapping = ColumnMapping{
      {{ImportField::personnummer, "Pnr"}, {ImportField::insats, "Vad"}, {ImportField::started_on, "När"}}};
  auto checked = service.check(koordinator, scope, 1, file, mapped);
  ASSERT_TRUE(checked);
  EXPECT_EQ(checked->problem_count, 0);
  ASSERT_TRUE(service.saved_mapping(1));
  auto remembered = service.run(koordinator, scope, 1, file, request);  // no mapping given: the saved one
  ASSERT_TRUE(remembered);
  EXPECT_TRUE(remembered->imported);
  EXPECT_FALSE(service.saved_mapping(2));  // another förbund's is its own
}

TEST_F(ParticipationImport, ConsentNeedsItsFormAndAnEmptyFileSaysSo) {
  ImportRequest no_form{std::nullopt, ""};
  auto report = service.check(koordinator, scope, 1,
                              Rows({kHeader, std::string(kAnna) + ";Anna;Balder;2025-03-04;;;;ja"}), no_form);
  ASSERT_TRUE(report);
  EXPECT_EQ(problems(*report),
            (std::vector<std::pair<std::string, std::string>>{{"0 consentFormReference", "required"}}));
  auto empty = service.check(koordinator, scope, 1, Rows({}), request);
  ASSERT_TRUE(empty);
  EXPECT_EQ(problems(*empty), (std::vector<std::pair<std::string, std::string>>{{"0 file", "empty"}}));
  auto header_only = service.check(koordinator, scope, 1, Rows({kHeader}), request);
  EXPECT_EQ(problems(*header_only), (std::vector<std::pair<std::string, std::string>>{{"0 file", "no_rows"}}));
}

TEST_F(ParticipationImport, TheLedgerAndThePersonsAreReadOnceNotOnceForEveryRow) {
  // Curt is registered by a first import; the next file holds 200 anonymous rows and one more of his.
  ASSERT_TRUE(service.run(koordinator, scope, 1,
                          Rows({kHeader, std::string(kCurt) + ";Curt;Balder;2025-01-07;2025-02-01;Arbete;;ja"}),
                          request));
  std::vector<std::string> lines{kHeader};
  const auto monday = day("2019-01-07");
  for (int i = 0; i < 200; ++i) {
    lines.push_back(std::string(kBertil) + ";;Balder;" + monday.add_days(7 * i).iso() + ";" +
                    monday.add_days(7 * i + 3).iso() + ";Genomförd;;");
  }
  lines.push_back(std::string(kCurt) + ";Curt;Individsamverkansteamet;2025-03-03;;;;ja");
  imports.ledger_reads = 0;
  w.persons.key_lookups = 0;

  auto dry = service.check(koordinator, scope, 1, Rows(lines), request);
  ASSERT_TRUE(dry);
  EXPECT_EQ(dry->problem_count, 0);
  EXPECT_EQ(dry->to_import, 201);
  EXPECT_EQ(dry->with_consent, 1);
  EXPECT_EQ(imports.ledger_reads, 1);
  EXPECT_EQ(w.persons.key_lookups, 0);

  auto done = service.run(koordinator, scope, 1, Rows(lines), request);
  ASSERT_TRUE(done);
  EXPECT_EQ(done->to_import, 201);
  EXPECT_EQ(imports.ledger_reads, 3);   // the reading, then once in the transaction
  EXPECT_EQ(w.persons.key_lookups, 0);  // Curt was found by his key in the reading: nobody new to register
  ASSERT_EQ(w.persons.persons.size(), 1U);
  EXPECT_EQ(w.participations.participations.back().person_id, w.persons.persons[0].id);

  auto again = service.check(koordinator, scope, 1, Rows(lines), request);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->already_imported, 201);
  EXPECT_EQ(imports.ledger_reads, 4);
}

TEST_F(ParticipationImport, AFileOfMoreRowsThanOneImportTakesIsRefusedWhole) {
  EXPECT_EQ(kMaxImportRows, 250'000);  // the installation's limit; a smaller one here keeps the test quick
  ParticipationImportService small{w.insatser, w.associations, w.persons, w.participations, imports,
                                   w.vault,    w.transactions, w.audit,   w.clock,          1'000};
  std::vector<std::string> lines{kHeader};
  for (int i = 0; i <= 1'000; ++i) lines.push_back(std::string(kBertil) + ";;Balder;2025-04-01;;;;");
  auto report = small.check(koordinator, scope, 1, Rows(lines), request);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->problem_count, 1'000);  // 999 duplicates of the first row, then the file (row 1 001 unread)
  EXPECT_EQ(report->problems.size(), kMaxListedProblems + 1);
  EXPECT_EQ(report->problems.back().field, "file");
  EXPECT_EQ(report->problems.back().code, "too_many_rows");
  EXPECT_EQ(report->rows, 1'001);
}

}  // namespace
}  // namespace samordna::core
