#pragma once
// Named facts about the installation (installation_setting).
#include <optional>
#include <string>

#include "platform/database/database.hpp"

namespace samordna::storage {

class SettingStore {
 public:
  explicit SettingStore(Database& db) : db_(db) {}
  std::optional<std::string> get(const std::string& name);
  void put(const std::string& name, const std::string& value);
  // Whether the database holds anything sealed, keyed or chained with the key file: audit events or people.
  bool holds_keyed_data();

 private:
  Database& db_;
};

}  // namespace samordna::storage
