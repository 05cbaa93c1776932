// StatisticsStore: a förbund's facts kept in statistics_kept_facts, one row per förbund, at the version they were
// read at. Migration 0028's triggers delete the row when the version moves.
#include "follow_up/storage/kept_facts_text.hpp"
#include "follow_up/storage/statistics_store.hpp"

namespace samordna::storage {

std::optional<core::FactSet> StatisticsStore::kept_facts(std::int64_t association_id, std::int64_t version) {
  auto rows = db_.query("SELECT facts FROM statistics_kept_facts WHERE association_id = $1 AND version = $2",
                        {association_id, version});
  if (rows.empty()) return std::nullopt;
  return decode_kept_facts(std::get<std::string>(rows[0][0]));
}

void StatisticsStore::keep_facts(std::int64_t association_id, std::int64_t version, const core::FactSet& set) {
  // Kept only at the present version: a change since the facts were read has moved it (and a change committed
  // after this statement deletes the row).
  db_.execute(
      "INSERT INTO statistics_kept_facts (association_id, version, facts) SELECT association_id, version, "
      "CAST($3 AS TEXT) FROM statistics_version WHERE association_id = $1 AND version = $2 "
      "ON CONFLICT (association_id) DO UPDATE SET version = excluded.version, facts = excluded.facts",
      {association_id, version, encode_kept_facts(set)});
}

std::vector<std::int64_t> StatisticsStore::facts_not_kept() {
  std::vector<std::int64_t> out;
  // Missing, older than the förbund's version, or in another form of the text (which no pivot can read).
  for (const auto& r : db_.query("SELECT v.association_id FROM statistics_version v "
                                 "JOIN association a ON a.id = v.association_id "
                                 "LEFT JOIN statistics_kept_facts k ON k.association_id = v.association_id "
                                 "WHERE k.version IS NULL OR k.version <> v.version OR substr(k.facts, 1, " +
                                     std::to_string(kKeptFactsHeader.size() + 1) + ") <> $1 ORDER BY v.association_id",
                                 {std::string(kKeptFactsHeader) + "\n"})) {
    out.push_back(as_int(r[0]));
  }
  return out;
}

}  // namespace samordna::storage
