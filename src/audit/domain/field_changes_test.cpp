#include "audit/domain/field_changes.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

TEST(FieldChanges, AChangedValueIsPrecededByWhatItWas) {
  auto fields = with_before({{"totalOre", "100000"}, {"keyInputs", "3"}}, {{"totalOre", "120000"}, {"keyInputs", "3"}});
  ASSERT_EQ(fields.size(), 3U);
  EXPECT_EQ(fields[0].name, "totalOre.before");
  EXPECT_EQ(fields[0].value, "100000");
  EXPECT_EQ(fields[1].name, "totalOre");
  EXPECT_EQ(fields[1].value, "120000");
  EXPECT_EQ(fields[2].name, "keyInputs");  // unchanged: no earlier value
}

TEST(FieldChanges, NewFieldsAndNamesOnlyGetNoEarlierValue) {
  auto fields = with_before({{"name", std::nullopt}, {"status", "invoiced"}},
                            {{"name", std::nullopt}, {"status", "paid"}, {"paidOn", "2026-11-30"}});
  ASSERT_EQ(fields.size(), 4U);
  EXPECT_EQ(fields[0].name, "name");
  EXPECT_FALSE(fields[0].value);
  EXPECT_EQ(fields[1].name, "status.before");
  EXPECT_EQ(fields[1].value, "invoiced");
  EXPECT_EQ(fields[3].name, "paidOn");
}

TEST(FieldChanges, NothingBeforeIsACreation) {
  auto fields = with_before({}, {{"totalOre", "5"}});
  ASSERT_EQ(fields.size(), 1U);
  EXPECT_EQ(fields[0].name, "totalOre");
}

TEST(FieldChanges, TheEarlierValueSurvivesTheLogsEncoding) {
  auto fields = with_before({{"note", "a=b\nc"}}, {{"note", "d"}});
  EXPECT_EQ(decode_fields(encode_fields(fields)).at(0).value, "a=b\nc");
}

}  // namespace
}  // namespace samordna::core
