#pragma once
// The history import's store in memory, for the service tests.
#include <map>
#include <set>
#include <string>
#include <unordered_set>
#include <utility>

#include "history_import/ports.hpp"

namespace samordna::core::testing {

class MemoryImports final : public ImportRepository {
 public:
  std::map<std::pair<std::int64_t, ImportKind>, ColumnMapping> mappings;
  std::map<std::pair<std::int64_t, std::string>, std::int64_t> rows;

  std::optional<ColumnMapping> mapping(std::int64_t association_id, ImportKind kind) override {
    auto found = mappings.find({association_id, kind});
    if (found == mappings.end()) return std::nullopt;
    return found->second;
  }
  void save_mapping(std::int64_t association_id, ImportKind kind, const ColumnMapping& mapping) override {
    auto& saved = mappings[{association_id, kind}];
    saved = {};
    for (auto field : all_import_fields(kind)) {
      if (auto at = mapping.headers.find(field); at != mapping.headers.end() && !at->second.empty()) {
        saved.headers[field] = at->second;
      }
    }
  }
  int ledger_reads = 0;  // row_keys asked

  std::unordered_set<std::string> row_keys(std::int64_t association_id) override {
    ++ledger_reads;
    std::unordered_set<std::string> keys;
    for (const auto& [at, id] : rows) {
      if (at.first == association_id) keys.insert(at.second);
    }
    return keys;
  }
  void add_row(std::int64_t association_id, const std::string& row_key, std::int64_t participation_id) override {
    rows[{association_id, row_key}] = participation_id;
  }
};

}  // namespace samordna::core::testing
