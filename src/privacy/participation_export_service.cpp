#include "privacy/participation_export_service.hpp"

namespace samordna::core {

Result<std::shared_ptr<ParticipationExport>> ParticipationExportService::start(const Actor& actor,
                                                                               std::int64_t association_id,
                                                                               CivilDate from, CivilDate to,
                                                                               const PersonalScope& scope) {
  auto association = associations_.find_association(association_id);
  if (!association) return unexpected(not_found());
  if (auto ok = validate_export_period(from, to, association->formed_on, clock_.today()); !ok) {
    return unexpected(ok.error());
  }
  audit_.record(actor, association_id, "export", "participations", "csv", {{"from", from.iso()}, {"to", to.iso()}});
  return std::make_shared<ParticipationExport>(rows_, association_id, from, to, scope);
}

}  // namespace samordna::core
