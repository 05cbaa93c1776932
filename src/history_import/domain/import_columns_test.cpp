#include "history_import/domain/import_columns.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

TEST(ImportColumns, TheUsualSwedishHeadersAreGuessedWhateverTheirCase) {
  auto mapping = guess_mapping({"Löpnr", "PERSONNUMMER", "Namn", "Insats", " Startdatum ", "Slutdatum", "Avslutsorsak",
                                "Hemkommun", "Samtycke"});
  EXPECT_EQ(mapping.headers.at(ImportField::personnummer), "PERSONNUMMER");
  EXPECT_EQ(mapping.headers.at(ImportField::started_on), " Startdatum ");
  EXPECT_EQ(mapping.headers.at(ImportField::kommun), "Hemkommun");
  EXPECT_EQ(mapping.headers.size(), 8U);
  EXPECT_TRUE(guess_mapping({"Löpnr", "Kommentar"}).headers.empty());
}

TEST(ImportColumns, AMappingFindsItsColumnsByHeaderAndNamesWhatIsMissing) {
  ColumnMapping mapping;
  mapping.headers = {{ImportField::personnummer, "Pnr"},
                     {ImportField::insats, "insats"},
                     {ImportField::started_on, "Start"},
                     {ImportField::ended_on, "Slut"}};
  auto index = resolve_mapping(mapping, {"Start", "Insats", "PNR", "Slut"});
  ASSERT_TRUE(index);
  EXPECT_EQ(index->at(ImportField::personnummer), 2U);
  EXPECT_EQ(index->at(ImportField::insats), 1U);
  EXPECT_EQ(index->count(ImportField::exit_reason), 0U);

  mapping.headers.erase(ImportField::started_on);
  mapping.headers[ImportField::exit_reason] = "Orsak";
  mapping.headers[ImportField::ended_on] = "Pnr";
  auto bad = resolve_mapping(mapping, {"Pnr", "Insats"});
  ASSERT_FALSE(bad);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& f : bad.error().fields) got.emplace_back(f.field, f.code);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{{"mapping.startedOn", "required"},
                                                                   {"mapping.endedOn", "duplicate"},
                                                                   {"mapping.exitReason", "missing_column"}}));
}

TEST(ImportColumns, FieldNamesRoundTripAndFoldingIgnoresCaseAndSpaces) {
  for (auto field : all_import_fields()) EXPECT_EQ(parse_import_field(to_string(field)), field);
  EXPECT_FALSE(parse_import_field("Startdatum"));
  EXPECT_EQ(folded("  ÅRTAL  Och\tÖVRIGT "), "årtal och övrigt");
}

}  // namespace
}  // namespace samordna::core
