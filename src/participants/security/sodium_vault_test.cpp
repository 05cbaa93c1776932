#include "participants/security/sodium_vault.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "platform/security/sodium_secrets.hpp"

namespace samordna::security {
namespace {

Keyring keys_in(const std::string& name) {
  init_sodium();
  auto path = (std::filesystem::temp_directory_path() / name).string();
  std::filesystem::remove(path);
  auto keys = load_or_create_keyring(path);
  std::filesystem::remove(path);
  return keys;
}

TEST(SodiumVault, PseudonymsAreStablePerForbundAndKeyed) {
  SodiumVault vault(keys_in("samordna-vault-a.keys"));
  const std::string pnr = "191212121212";
  EXPECT_EQ(vault.pseudonym(1, pnr), vault.pseudonym(1, pnr));
  EXPECT_NE(vault.pseudonym(1, pnr), vault.pseudonym(2, pnr));  // no linking across förbund
  EXPECT_EQ(vault.pseudonym(1, pnr).find("1212"), std::string::npos);
  SodiumVault other(keys_in("samordna-vault-b.keys"));
  EXPECT_NE(vault.pseudonym(1, pnr), other.pseudonym(1, pnr));
}

TEST(SodiumVault, UnlinkedPseudonymsAreRandomAndShapedLikeKeys) {
  SodiumVault vault(keys_in("samordna-vault-d.keys"));
  const auto a = vault.unlinked_pseudonym();
  EXPECT_EQ(a.size(), vault.pseudonym(1, "191212121212").size());
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_NE(a, vault.unlinked_pseudonym());
}

TEST(SodiumVault, SealedTextsOpenOnlyWithTheKeyAndUnaltered) {
  SodiumVault vault(keys_in("samordna-vault-c.keys"));
  auto sealed = vault.seal("191212121212\nTolvan Tolvansson");
  EXPECT_EQ(sealed.find("Tolvan"), std::string::npos);
  EXPECT_NE(vault.seal("same"), vault.seal("same"));  // a fresh nonce each time
  EXPECT_EQ(vault.open(sealed), "191212121212\nTolvan Tolvansson");
  std::string altered = sealed;
  altered[altered.size() / 2] = altered[altered.size() / 2] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(vault.open(altered));
  EXPECT_FALSE(vault.open("not base64!"));
  SodiumVault other(keys_in("samordna-vault-d.keys"));
  EXPECT_FALSE(other.open(sealed));
  EXPECT_EQ(vault.open(vault.seal("")), "");
}

}  // namespace
}  // namespace samordna::security
