#include "history_import/domain/import_columns.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

TEST(ImportColumns, TheUsualSwedishHeadersAreGuessedWhateverTheirCase) {
  auto mapping = guess_mapping(ImportKind::participations, {"Löpnr", "PERSONNUMMER", "Namn", "Insats", " Startdatum ",
                                                            "Slutdatum", "Avslutsorsak", "Hemkommun", "Samtycke"});
  EXPECT_EQ(mapping.headers.at(ImportField::personnummer), "PERSONNUMMER");
  EXPECT_EQ(mapping.headers.at(ImportField::started_on), " Startdatum ");
  EXPECT_EQ(mapping.headers.at(ImportField::kommun), "Hemkommun");
  EXPECT_EQ(mapping.headers.size(), 8U);
  EXPECT_TRUE(guess_mapping(ImportKind::participations, {"Löpnr", "Kommentar"}).headers.empty());
}

TEST(ImportColumns, AMappingFindsItsColumnsByHeaderAndNamesWhatIsMissing) {
  ColumnMapping mapping;
  mapping.headers = {{ImportField::personnummer, "Pnr"},
                     {ImportField::insats, "insats"},
                     {ImportField::started_on, "Start"},
                     {ImportField::ended_on, "Slut"}};
  auto index = resolve_mapping(ImportKind::participations, mapping, {"Start", "Insats", "PNR", "Slut"});
  ASSERT_TRUE(index);
  EXPECT_EQ(index->at(ImportField::personnummer), 2U);
  EXPECT_EQ(index->at(ImportField::insats), 1U);
  EXPECT_EQ(index->count(ImportField::exit_reason), 0U);

  mapping.headers.erase(ImportField::started_on);
  mapping.headers[ImportField::exit_reason] = "Orsak";
  mapping.headers[ImportField::ended_on] = "Pnr";
  auto bad = resolve_mapping(ImportKind::participations, mapping, {"Pnr", "Insats"});
  ASSERT_FALSE(bad);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& f : bad.error().fields) got.emplace_back(f.field, f.code);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{{"mapping.startedOn", "required"},
                                                                   {"mapping.endedOn", "duplicate"},
                                                                   {"mapping.exitReason", "missing_column"}}));
}

TEST(ImportColumns, FieldNamesRoundTripAndFoldingIgnoresCaseAndSpaces) {
  for (auto kind : {ImportKind::participations, ImportKind::insatser}) {
    EXPECT_EQ(parse_import_kind(to_string(kind)), kind);
    for (auto field : all_import_fields(kind)) EXPECT_EQ(parse_import_field(to_string(field)), field);
  }
  EXPECT_FALSE(parse_import_field("Startdatum"));
  EXPECT_EQ(folded("  ÅRTAL  Och\tÖVRIGT "), "årtal och övrigt");
}

TEST(ImportColumns, ASheetOfInsatserHasItsOwnFieldsAndGuesses) {
  auto mapping = guess_mapping(ImportKind::insatser, {"Insats", "Typ", "Huvudman", "Samverkande parter", "Kommuner",
                                                      "Platser", "Startdatum", "Slutdatum", "År", "Budget (kr)"});
  EXPECT_EQ(mapping.headers.size(), 10U);
  EXPECT_EQ(mapping.headers.at(ImportField::starts_on), "Startdatum");
  EXPECT_EQ(mapping.headers.at(ImportField::budget), "Budget (kr)");
  EXPECT_EQ(mapping.headers.count(ImportField::started_on), 0U);
  EXPECT_TRUE(import_field_required(ImportKind::insatser, ImportField::lead_party));
  EXPECT_FALSE(import_field_required(ImportKind::participations, ImportField::lead_party));
  EXPECT_FALSE(import_field_required(ImportKind::insatser, ImportField::personnummer));

  // A participation's columns in the mapping do not matter to a sheet of insatser, nor the other way round.
  ColumnMapping least{{{ImportField::insats, "Insats"},
                       {ImportField::lead_party, "Huvudman"},
                       {ImportField::starts_on, "Startdatum"},
                       {ImportField::personnummer, "Pnr"}}};
  EXPECT_TRUE(resolve_mapping(ImportKind::insatser, least, {"Insats", "Huvudman", "Startdatum"}));
  least.headers.erase(ImportField::lead_party);
  auto bad = resolve_mapping(ImportKind::insatser, least, {"Insats", "Startdatum"});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().fields.front().field, "mapping.leadParty");
}

}  // namespace
}  // namespace samordna::core
