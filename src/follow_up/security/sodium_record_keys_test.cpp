#include "follow_up/security/sodium_record_keys.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

namespace samordna::security {
namespace {

Keyring keys_in(const std::string& name) {
  const auto path = (std::filesystem::temp_directory_path() / name).string();
  std::filesystem::remove(path);
  auto keys = load_or_create_keyring(path);
  std::filesystem::remove(path);
  return keys;
}

TEST(SodiumRecordKeys, StablePerRecordDifferentPerRecordAndPerKeyFile) {
  const auto keyring = keys_in("samordna-record-keys-a.keys");
  SodiumRecordKeys keys(keyring);
  EXPECT_EQ(keys.key("person:17"), SodiumRecordKeys(keyring).key("person:17"));
  std::set<std::uint64_t> seen;
  for (int i = 0; i < 1000; ++i) seen.insert(keys.key("person:" + std::to_string(i)));
  EXPECT_EQ(seen.size(), 1000U);
  EXPECT_NE(keys.key("person:17"), SodiumRecordKeys(keys_in("samordna-record-keys-b.keys")).key("person:17"));
}

}  // namespace
}  // namespace samordna::security
