// InsatsService::correct_attendance: a recorded attendance row corrected with a reason (issue 15, item 2).
#include <algorithm>

#include "audit/domain/field_changes.hpp"
#include "participants/domain/correction.hpp"
#include "participants/insats_service.hpp"

namespace samordna::core {
namespace {

std::vector<AuditField> counted(const Attendance& a) {
  return {{"on", a.on.iso()},
          {"women", std::to_string(a.women)},
          {"men", std::to_string(a.men)},
          {"note", std::nullopt}};  // free text, as when recorded: by name only
}

}  // namespace

Result<Attendance> InsatsService::correct_attendance(const Actor& actor, std::int64_t association_id,
                                                     const Attendance& corrected, const std::string& reason,
                                                     std::int64_t expected_version,
                                                     std::optional<std::int64_t> only_if_staffed) {
  auto insats = get(association_id, corrected.insats_id);
  if (!insats) return unexpected(insats.error());
  if (only_if_staffed) {
    auto staffed = insatser_.staffed_insatser(*only_if_staffed);
    if (std::find(staffed.begin(), staffed.end(), insats->id) == staffed.end()) return unexpected(not_found());
  }
  auto rows = insatser_.attendance(insats->id);
  auto recorded = std::find_if(rows.begin(), rows.end(), [&](const Attendance& a) { return a.id == corrected.id; });
  if (recorded == rows.end()) return unexpected(not_found());
  if (recorded->version != expected_version) return unexpected(version_conflict());
  FieldErrors errors;
  if (auto ok = validate_attendance(corrected, *insats, clock_.today()); !ok) {
    for (const auto& f : ok.error().fields) errors.add(f.field, f.code);
  }
  check_correction_reason(reason, errors);
  if (errors.empty() && corrected.on == recorded->on && corrected.women == recorded->women &&
      corrected.men == recorded->men && corrected.note == recorded->note) {
    errors.add("correction", "unchanged");
  }
  if (!errors.empty()) return unexpected(errors.error());
  bool saved = false;
  transactions_.run([&] {
    saved = insatser_.update_attendance(corrected, expected_version);
    if (!saved) return;
    auto fields = with_before(counted(*recorded), counted(corrected));
    fields.insert(fields.begin(), {"reason", reason});
    fields.insert(fields.begin(), {"insatsId", std::to_string(insats->id)});
    audit_.record(actor, association_id, "correct", "attendance", std::to_string(corrected.id), fields);
  });
  if (!saved) return unexpected(version_conflict());
  Attendance out = corrected;
  out.version = expected_version + 1;
  return out;
}

}  // namespace samordna::core
