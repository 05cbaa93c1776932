#pragma once
#include "platform/database/database.hpp"
#include "privacy/domain/participation_export.hpp"

namespace samordna::storage {

// Pages of participations for the participant-level export, by id (keyset paging: each page is one short
// query, so other requests are not held up while a large export streams).
class ParticipationExportStore final : public core::ParticipationExportRepository {
 public:
  explicit ParticipationExportStore(Database& db) : db_(db) {}
  std::vector<core::ParticipationRecord> participation_page(std::int64_t association_id, core::CivilDate from,
                                                            core::CivilDate to, std::int64_t after_id,
                                                            int limit) override;

 private:
  Database& db_;
};

}  // namespace samordna::storage
