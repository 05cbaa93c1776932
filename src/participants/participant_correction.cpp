// ParticipantService::correct: a correction of a participation already recorded, with a reason (issue 15, item 2).
#include <algorithm>

#include "participants/participant_service.hpp"

namespace samordna::core {
namespace {

// The value logged for a corrected field. Dates and the exit reason are logged before and after, as ending does;
// the follow-up data (support sources, health-adjacent) by its name alone, as starting and ending do.
std::optional<std::string> value_of(const Participation& p, const std::string& field) {
  if (field == "startedOn") return p.started_on.iso();
  if (field == "endedOn") return p.ended_on ? p.ended_on->iso() : "";
  if (field == "exitReason") return p.exit_reason ? std::string(to_string(*p.exit_reason)) : "";
  return std::nullopt;
}

}  // namespace

Result<Participation> ParticipantService::correct(const Actor& actor, const PersonalScope& scope,
                                                  std::int64_t association_id, std::int64_t participation_id,
                                                  const ParticipationCorrection& correction,
                                                  std::int64_t expected_version) {
  auto p = participation_in_scope(scope, association_id, participation_id);
  if (!p) return p;
  if (p->version != expected_version) return unexpected(version_conflict());
  CorrectionCheck check{clock_.today(), std::nullopt, {}};
  if (p->referral_id) {
    if (auto referral = referrals_.find_referral(*p->referral_id)) check.referred_on = referral->referred_on;
  }
  if (p->person_id) {
    auto others = participations_.participations_of_person(*p->person_id);
    for (const auto& o : others) {
      if (o.id != p->id && o.insats_id == p->insats_id) check.other_periods.emplace_back(o.started_on, o.ended_on);
    }
  }
  FieldErrors errors;
  if (auto ok = validate_correction(*p, correction, check); !ok) {
    for (const auto& f : ok.error().fields) errors.add(f.field, f.code);
  }
  // Follow-up data that changes needs follow-up consent on its day, as when it was first recorded.
  const auto consents = participations_.consents(p->id);
  const bool start_data = correction.at_start && !same_snapshot(correction.at_start, p->at_start);
  const bool end_data = correction.at_end && correction.ended_on && !same_snapshot(correction.at_end, p->at_end);
  if ((start_data && (!p->person_id || !has_follow_up_consent(consents, correction.started_on))) ||
      (end_data && (!p->person_id || !has_follow_up_consent(consents, *correction.ended_on)))) {
    errors.add("consent", "missing");
  }
  if ((start_data || end_data) && p->person_id) {
    if (auto person = persons_.find_person(*p->person_id); person && person->restricted) {
      errors.add("person", "restricted");
    }
  }
  if (!errors.empty()) return unexpected(errors.error());

  const auto fields = corrected_fields(*p, correction);
  const auto corrected = apply_correction(*p, correction);
  bool saved = false;
  transactions_.run([&] {
    saved = participations_.save_participation(corrected, expected_version);
    if (!saved) return;
    // The reason is free text about the person: sealed beside the participation, and named in the log by its row.
    const auto note = participations_.add_correction({0, p->id, clock_.today(), vault_.seal(correction.reason)});
    std::vector<AuditField> audited{{"reason", std::nullopt}, {"correctionId", std::to_string(note)}};
    for (const auto& field : fields) {
      audited.push_back({field, value_of(corrected, field)});
      if (auto before = value_of(*p, field)) audited.push_back({field + ".before", before});
    }
    audit_.record(actor, association_id, "correct", "participation", std::to_string(p->id), audited);
    if (p->person_id) {
      audit_.record(actor, association_id, "correct", "person", std::to_string(*p->person_id),
                    {{"view", "correction"}, {"participationId", std::to_string(p->id)}});
    }
  });
  if (!saved) return unexpected(version_conflict());
  return *participations_.find_participation(p->id);
}

}  // namespace samordna::core
