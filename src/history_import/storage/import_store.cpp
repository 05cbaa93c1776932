#include "history_import/storage/import_store.hpp"

namespace samordna::storage {

std::optional<core::ColumnMapping> ImportStore::mapping(std::int64_t association_id, core::ImportKind kind) {
  auto rows =
      db_.query("SELECT field, header FROM import_mapping WHERE association_id = $1 AND kind = $2 ORDER BY field",
                {association_id, std::string(core::to_string(kind))});
  if (rows.empty()) return std::nullopt;
  core::ColumnMapping mapping;
  for (const auto& r : rows) {
    if (auto field = core::parse_import_field(as_text(r[0]))) mapping.headers[*field] = as_text(r[1]);
  }
  return mapping;
}

void ImportStore::save_mapping(std::int64_t association_id, core::ImportKind kind, const core::ColumnMapping& mapping) {
  const std::string kind_name(core::to_string(kind));
  db_.transaction([&] {
    db_.execute("DELETE FROM import_mapping WHERE association_id = $1 AND kind = $2", {association_id, kind_name});
    for (auto field : core::all_import_fields(kind)) {
      const auto at = mapping.headers.find(field);
      if (at == mapping.headers.end() || at->second.empty()) continue;
      db_.execute("INSERT INTO import_mapping (association_id, kind, field, header) VALUES ($1, $2, $3, $4)",
                  {association_id, kind_name, std::string(core::to_string(field)), at->second});
    }
  });
}

std::unordered_set<std::string> ImportStore::row_keys(std::int64_t association_id) {
  std::unordered_set<std::string> keys;
  for (const auto& r : db_.query("SELECT row_key FROM imported_row WHERE association_id = $1", {association_id})) {
    keys.insert(as_text(r[0]));
  }
  return keys;
}

void ImportStore::add_row(std::int64_t association_id, const std::string& row_key, std::int64_t participation_id) {
  db_.execute("INSERT INTO imported_row (association_id, row_key, participation_id) VALUES ($1, $2, $3)",
              {association_id, row_key, participation_id});
}

}  // namespace samordna::storage
