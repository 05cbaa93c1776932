#include "platform/database/setting_store.hpp"

namespace samordna::storage {

std::optional<std::string> SettingStore::get(const std::string& name) {
  auto rows = db_.query("SELECT value FROM installation_setting WHERE name = $1", {name});
  if (rows.empty()) return std::nullopt;
  return as_text(rows[0][0]);
}

void SettingStore::put(const std::string& name, const std::string& value) {
  db_.execute(
      "INSERT INTO installation_setting (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = "
      "excluded.value",
      {name, value});
}

bool SettingStore::holds_keyed_data() {
  auto rows = db_.query(
      "SELECT (SELECT count(*) FROM (SELECT 1 FROM audit_event LIMIT 1) AS e) + (SELECT count(*) FROM (SELECT 1 FROM "
      "person LIMIT 1) AS p)");
  return as_int(rows[0][0]) > 0;
}

}  // namespace samordna::storage
