// ParticipantService::take_responsibility and assign_responsibility: "mine" in the caseload (issue 15, item 1),
// taken by oneself or set by a colleague.
#include <algorithm>

#include "participants/participant_service.hpp"

namespace samordna::core {
namespace {

std::string user_or_none(const std::optional<std::int64_t>& user_id) { return user_id ? std::to_string(*user_id) : ""; }

}  // namespace

Result<Participation> ParticipantService::take_responsibility(const Actor& actor, const PersonalScope& scope,
                                                              std::int64_t association_id,
                                                              std::int64_t participation_id, bool take,
                                                              std::int64_t expected_version) {
  auto p = participation_in_scope(scope, association_id, participation_id);
  if (!p) return p;
  if (p->version != expected_version) return unexpected(version_conflict());
  if (p->ended_on) return unexpected(Error::invalid("participation", "already_ended"));
  const auto staff = insatser_.insats_staff(p->insats_id);
  if (take && std::find(staff.begin(), staff.end(), actor.user_id) == staff.end()) {
    return unexpected(Error::invalid("responsible", "not_staff"));
  }
  if (!take && p->responsible_user_id != actor.user_id) {
    return unexpected(Error::invalid("responsible", "not_responsible"));
  }
  return save_responsible(actor, association_id, *p, take ? std::optional(actor.user_id) : std::nullopt,
                          expected_version);
}

Result<Participation> ParticipantService::assign_responsibility(
    const Actor& actor, const PersonalScope& scope, std::int64_t association_id, std::int64_t participation_id,
    std::optional<std::int64_t> user_id, const PersonalScope& candidate, std::int64_t expected_version) {
  auto p = participation_in_scope(scope, association_id, participation_id);
  if (!p) return p;
  if (p->version != expected_version) return unexpected(version_conflict());
  if (p->ended_on) return unexpected(Error::invalid("participation", "already_ended"));
  if (user_id) {
    // Responsibility gives no access: the colleague must already work in the insats and see its participants
    // (a deltagaransvarig confirmed by the insats's controller).
    const auto staff = insatser_.insats_staff(p->insats_id);
    if (std::find(staff.begin(), staff.end(), *user_id) == staff.end()) {
      return unexpected(Error::invalid("responsible", "not_staff"));
    }
    if (!candidate.covers_insats(p->insats_id)) return unexpected(Error::invalid("responsible", "no_personal_access"));
  }
  return save_responsible(actor, association_id, *p, user_id, expected_version);
}

Result<Participation> ParticipantService::save_responsible(const Actor& actor, std::int64_t association_id,
                                                           const Participation& p, std::optional<std::int64_t> next,
                                                           std::int64_t expected_version) {
  bool saved = false;
  transactions_.run([&] {
    saved = participations_.set_responsible(p.id, next, expected_version);
    if (!saved) return;
    std::vector<AuditField> fields;
    if (p.responsible_user_id != next)
      fields.push_back({"responsibleUserId.before", user_or_none(p.responsible_user_id)});
    fields.push_back({"responsibleUserId", user_or_none(next)});
    audit_.record(actor, association_id, "update", "participation", std::to_string(p.id), fields);
  });
  if (!saved) return unexpected(version_conflict());
  return *participations_.find_participation(p.id);
}

}  // namespace samordna::core
