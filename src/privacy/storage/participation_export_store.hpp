#pragma once
#include "platform/database/database.hpp"
#include "privacy/domain/participation_export.hpp"

namespace samordna::storage {

// Pages of participations for the participant-level export, by id ranges known up front (each page is one
// short query, so other requests are not held up while a large export streams, and pages can be read at once).
class ParticipationExportStore final : public core::ParticipationExportRepository {
 public:
  explicit ParticipationExportStore(Database& db) : db_(db) {}
  std::vector<std::int64_t> page_ends(std::int64_t association_id, core::CivilDate from, core::CivilDate to,
                                      int page_size) override;
  std::vector<core::ParticipationRecord> participation_page(std::int64_t association_id, core::CivilDate from,
                                                            core::CivilDate to, std::int64_t after_id,
                                                            std::int64_t until_id) override;

 private:
  Database& db_;
};

}  // namespace samordna::storage
