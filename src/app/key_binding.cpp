#include "app/key_binding.hpp"

#include <filesystem>
#include <stdexcept>

#include "platform/database/setting_store.hpp"

namespace samordna::app {
namespace {
constexpr const char* kFingerprint = "key_fingerprint";
}  // namespace

security::Keyring open_keyring(storage::Database& db, const std::string& path, MissingKeys missing) {
  storage::SettingStore settings(db);
  const auto recorded = settings.get(kFingerprint);
  if (!std::filesystem::exists(path)) {
    if (recorded || settings.holds_keyed_data() || missing == MissingKeys::refuse) {
      throw std::runtime_error("key file " + path +
                               " is missing, and this database holds data sealed, hashed or chained with it: restore "
                               "the key file from its backup (it is never recreated for a database with data)");
    }
    auto keys = security::load_or_create_keyring(path);
    settings.put(kFingerprint, security::keyring_fingerprint(keys));
    return keys;
  }
  auto keys = security::load_keyring(path);
  const auto fingerprint = security::keyring_fingerprint(keys);
  if (recorded && *recorded != fingerprint) {
    throw std::runtime_error("key file " + path + " does not belong to this database (its fingerprint " +
                             fingerprint.substr(0, 16) + "… differs from the recorded " + recorded->substr(0, 16) +
                             "…): use the key file that was made with it");
  }
  // A database from before fingerprints were recorded takes the key file it is used with now.
  if (!recorded) settings.put(kFingerprint, fingerprint);
  return keys;
}

std::string init_keys(storage::Database& db, const std::string& path) {
  storage::SettingStore settings(db);
  if (std::filesystem::exists(path)) throw std::runtime_error("key file " + path + " exists already");
  if (settings.get(kFingerprint) || settings.holds_keyed_data()) {
    throw std::runtime_error("this database holds data made with another key file: restore that file instead");
  }
  return security::keyring_fingerprint(open_keyring(db, path));
}

}  // namespace samordna::app
