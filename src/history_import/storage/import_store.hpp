#pragma once
#include "history_import/ports.hpp"
#include "platform/database/database.hpp"

namespace samordna::storage {

// The saved column mapping per förbund (one row per field) and the keys of the anonymous rows imported.
class ImportStore final : public core::ImportRepository {
 public:
  explicit ImportStore(Database& db) : db_(db) {}
  std::optional<core::ColumnMapping> mapping(std::int64_t association_id, core::ImportKind kind) override;
  void save_mapping(std::int64_t association_id, core::ImportKind kind, const core::ColumnMapping& mapping) override;
  std::unordered_set<std::string> row_keys(std::int64_t association_id) override;
  void add_row(std::int64_t association_id, const std::string& row_key, std::int64_t participation_id) override;

 private:
  Database& db_;
};

}  // namespace samordna::storage
