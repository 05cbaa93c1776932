#include "kernel/area_code.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

TEST(AreaCode, LanCodes) {
  EXPECT_TRUE(is_lan_code("01"));
  EXPECT_TRUE(is_lan_code("14"));
  for (const char* bad : {"02", "11", "15", "26", "1", "014", "", "ab"}) EXPECT_FALSE(is_lan_code(bad)) << bad;
}

TEST(AreaCode, KommunCodes) {
  for (const char* good : {"1489", "1481", "1402", "1441", "1401", "0180", "0980"}) EXPECT_TRUE(is_kommun_code(good));
  for (const char* bad : {"1400", "0280", "148", "14890", "14a9", ""}) EXPECT_FALSE(is_kommun_code(bad)) << bad;
}

}  // namespace
}  // namespace samordna::core
