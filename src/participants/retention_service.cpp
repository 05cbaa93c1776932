#include "participants/retention_service.hpp"

#include "membership/membership_service.hpp"

namespace samordna::core {

Result<RetentionReport> RetentionService::run(const Actor& actor, std::int64_t association_id, CivilDate today,
                                              bool dry_run) {
  auto association = associations_.find_association(association_id);
  if (!association) return unexpected(not_found());
  RetentionReport report;
  for (const auto& facts : persons_.retention_facts(association_id)) {
    ++report.checked;
    if (!due_for_removal(facts, association->retention_years, today)) continue;
    ++report.removed;
    if (dry_run) continue;
    transactions_.run([&] {
      persons_.remove_identity_and_plan(facts.person_id, vault_.unlinked_pseudonym());
      audit_.record(actor, association_id, "delete", "person", std::to_string(facts.person_id),
                    {{"reason", "retention"},
                     {"retentionYears", std::to_string(association->retention_years)},
                     {"lastActivity", facts.last_activity ? facts.last_activity->iso() : ""},
                     {"identity", std::nullopt},
                     {"plan", std::nullopt}});
    });
  }
  return report;
}

}  // namespace samordna::core
