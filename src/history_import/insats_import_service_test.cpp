#include "history_import/insats_import_service.hpp"

#include <gtest/gtest.h>

#include "history_import/testing/memory_imports.hpp"
#include "history_import/testing/rows.hpp"
#include "participants/testing/world.hpp"

namespace samordna::core {
namespace {

using testing::Rows;

const std::string kHeader = "Insats;Typ;Huvudman;Samverkande parter;Kommuner;Platser;Startdatum;Slutdatum;År;Budget";

class InsatsImport : public ::testing::Test {
 protected:
  testing::ParticipantsWorld w;
  testing::MemoryImports imports;
  InsatsService insats_service{w.insatser, w.associations, w.transactions, w.audit, w.clock};
  InsatsImportService service{insats_service, w.insatser, w.associations, imports, w.transactions, w.audit, w.clock};
  Actor chef{10, "forbundschef", "10.0.0.1"};

  static std::vector<std::pair<std::string, std::string>> problems(const ImportReport& report) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& p : report.problems) out.emplace_back(std::to_string(p.row) + " " + p.field, p.code);
    return out;
  }
  const Insats* named(const std::string& name) {
    for (const auto& i : w.insatser.insatser) {
      if (i.name == name) return &i;
    }
    return nullptr;
  }
};

TEST_F(InsatsImport, InsatserWithTheirBudgetYearsAreImportedAndAgainChangeNothing) {
  Rows file({kHeader, "Steget;Individuell;Ale kommun;FK, AF;Ale;8;2021-01-01;2023-12-31;2021;400 000",
             "Steget;;;;;;;;2022;450 000,50", "Steget;individuell;Ale;FK, AF;1440;8;2021-01-01;;2023;500 000",
             "Frukostklubben;Strukturell;Region;Alingsås;;;2022-09-01;;;",
             "Balder;;Alingsås kommun;;;;;;2024;1 000 000"});
  auto dry = service.check(1, file, std::nullopt);
  ASSERT_TRUE(dry);
  EXPECT_EQ(dry->problem_count, 0) << problems(*dry).at(0).first << " " << problems(*dry).at(0).second;
  EXPECT_EQ(dry->rows, 5);
  EXPECT_EQ(dry->to_import, 2);         // Steget and Frukostklubben
  EXPECT_EQ(dry->budget_years, 4);      // three of Steget's, and Balder's 2024
  EXPECT_EQ(named("Steget"), nullptr);  // a dry run changes nothing

  auto done = service.run(chef, 1, file, std::nullopt, std::nullopt);
  ASSERT_TRUE(done);
  EXPECT_TRUE(done->imported);
  const auto* steget = named("Steget");
  ASSERT_NE(steget, nullptr);
  EXPECT_EQ(steget->lead_member_id, testing::ParticipantsWorld::kAle);
  EXPECT_EQ(steget->cooperating_member_ids,
            (std::vector<std::int64_t>{testing::ParticipantsWorld::kFk, testing::ParticipantsWorld::kAf}));
  EXPECT_EQ(steget->kommun_codes, (std::vector<std::string>{"1440"}));
  EXPECT_EQ(steget->capacity, 8);
  EXPECT_EQ(steget->ends_on, CivilDate::parse("2023-12-31"));
  EXPECT_EQ(steget->budget,
            (std::map<int, Money>{
                {2021, Money::kronor(400'000)}, {2022, Money::ore(45'000'050)}, {2023, Money::kronor(500'000)}}));
  const auto* frukost = named("Frukostklubben");
  ASSERT_NE(frukost, nullptr);
  EXPECT_EQ(frukost->kind, InsatsKind::structural);
  EXPECT_FALSE(frukost->referral_required);
  EXPECT_EQ(named("Balder")->budget, (std::map<int, Money>{{2024, Money::kronor(1'000'000)}}));
  // Each insats audited as made or changed by hand, and the import as a whole.
  int creates = 0;
  int updates = 0;
  int summaries = 0;
  for (const auto& e : w.events.events) {
    creates += e.action == "create" && e.entity == "insats";
    updates += e.action == "update" && e.entity == "insats";
    summaries += e.action == "import" && e.entity == "insats";
  }
  EXPECT_EQ(creates, 2);
  EXPECT_EQ(updates, 1);
  EXPECT_EQ(summaries, 1);

  const auto count = w.insatser.insatser.size();
  auto again = service.run(chef, 1, file, std::nullopt, std::nullopt);
  ASSERT_TRUE(again);
  EXPECT_FALSE(again->imported);
  EXPECT_EQ(again->to_import, 0);
  EXPECT_EQ(again->budget_years, 0);
  EXPECT_EQ(again->already_imported, 3);
  EXPECT_EQ(w.insatser.insatser.size(), count);
}

TEST_F(InsatsImport, EveryProblemIsListedByRowAndNothingIsImported) {
  Rows file({kHeader,
             "Steget;Individuell;Partille;FK;;8;2021-01-01;;2021;400 000",  // 2: unknown huvudman
             "Steget;;;;;;;;2022;410 000",  // its next year: nothing more to say (not a missing huvudman again)
             "Vägen;Individuell;Ale;;;8;2021-01-01;;2021;100",              // 3: Ale alone spans one kind of party
             "Vägen;Strukturell;;;;;;;2022;100",                            // 4: another kind than row 3
             "Vägen;;;;;;;;2021;100",                                       // 5: 2021 again
             "Balder;;Region;;;;;;2024;1",                                  // 6: Balder has another huvudman
             "Spåret;Individuell;Ale;FK;Försäkringskassan;;2021-01-01;;;",  // 7: no places; FK is no kommun
             "Klar;Individuell;Ale;FK;;3;2021-01-01;;;"});                  // 8: fine on its own
  auto done = service.run(chef, 1, file, std::nullopt, std::nullopt);
  ASSERT_TRUE(done);
  EXPECT_FALSE(done->imported);
  EXPECT_EQ(problems(*done),
            (std::vector<std::pair<std::string, std::string>>{{"2 leadParty", "unknown"},
                                                              {"4 cooperatingParties", "too_few_parties"},
                                                              {"5 kind", "conflicts"},
                                                              {"6 budgetYear", "duplicate"},
                                                              {"7 insats", "exists"},
                                                              {"8 kommuner", "not_kommun"}}));
  EXPECT_EQ(named("Klar"), nullptr);
  EXPECT_EQ(named("Vägen"), nullptr);
}

TEST_F(InsatsImport, ASavedBudgetYearIsNotOverwrittenAndAnInsatsansvarigExtendsOnlyTheirInsatser) {
  auto balder = *w.insatser.find_insats(w.balder);
  balder.budget[2024] = Money::kronor(900'000);
  ASSERT_TRUE(w.insatser.update_insats(balder, balder.version));
  Rows other_amount({kHeader, "Balder;;Alingsås;;;;;;2024;1 000 000"});
  auto refused = service.check(1, other_amount, std::nullopt);
  ASSERT_TRUE(refused);
  EXPECT_EQ(problems(*refused), (std::vector<std::pair<std::string, std::string>>{{"2 budget", "differs_from_saved"}}));

  Rows next_year({kHeader, "Balder;;Alingsås;;;;;;2025;950 000", "Nytt;Individuell;Ale;FK;;4;2025-01-01;;2025;10"});
  const std::int64_t insatsansvarig = 40;
  auto not_theirs = service.run(chef, 1, next_year, std::nullopt, insatsansvarig);
  ASSERT_TRUE(not_theirs);
  EXPECT_EQ(problems(*not_theirs), (std::vector<std::pair<std::string, std::string>>{{"2 insats", "not_staffed"}}));
  w.insatser.set_insats_staff(w.balder, {insatsansvarig});
  auto theirs = service.run(chef, 1, next_year, std::nullopt, insatsansvarig);
  ASSERT_TRUE(theirs);
  EXPECT_TRUE(theirs->imported);
  EXPECT_EQ(w.insatser.find_insats(w.balder)->budget.at(2025), Money::kronor(950'000));
  EXPECT_EQ(w.insatser.insats_staff(named("Nytt")->id), (std::vector<std::int64_t>{insatsansvarig}));
}

TEST_F(InsatsImport, TheMappingIsSavedForSheetsOfInsatserOnly) {
  Rows file({"Namn;Ansvarig;Från", "Steget;Ale;2021-01-01"});  // an individual insats without places or partner
  auto guessed = service.check(1, file, std::nullopt);
  ASSERT_TRUE(guessed);
  EXPECT_EQ(problems(*guessed), (std::vector<std::pair<std::string, std::string>>{
                                    {"0 mapping.insats", "required"}, {"0 mapping.leadParty", "required"}}));
  ColumnMapping chosen{
      {{ImportField::insats, "Namn"}, {ImportField::lead_party, "Ansvarig"}, {ImportField::starts_on, "Från"}}};
  auto mapped = service.check(1, file, chosen);
  ASSERT_TRUE(mapped);
  EXPECT_EQ(problems(*mapped), (std::vector<std::pair<std::string, std::string>>{
                                   {"2 cooperatingParties", "too_few_parties"}, {"2 capacity", "required"}}));
  EXPECT_EQ(service.saved_mapping(1)->headers, chosen.headers);
  EXPECT_FALSE(imports.mapping(1, ImportKind::participations));
}

}  // namespace
}  // namespace samordna::core
