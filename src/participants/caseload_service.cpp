#include "participants/caseload_service.hpp"

#include <algorithm>
#include <string>

namespace samordna::core {

std::vector<std::int64_t> CaseloadService::insatser_of(const PersonalScope& scope, std::int64_t association_id,
                                                       std::optional<std::int64_t> insats_id) {
  std::vector<std::int64_t> out;
  for (auto id : scope.insatser) {
    if (insats_id && id != *insats_id) continue;
    auto insats = insatser_.find_insats(id);
    if (insats && insats->association_id == association_id) out.push_back(id);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<CaseloadEntry> CaseloadService::ongoing(const std::vector<std::int64_t>& insatser, CivilDate today) {
  std::vector<CaseloadEntry> out;
  for (auto id : insatser) {
    for (const auto& p : participations_.ongoing_participations(id)) {
      out.push_back(caseload_entry(p, p.person_id ? participations_.find_plan(*p.person_id) : std::nullopt, today));
    }
  }
  return out;
}

Result<std::vector<CaseloadEntry>> CaseloadService::caseload(const Actor& actor, const PersonalScope& scope,
                                                             std::int64_t association_id, const CaseloadQuery& query) {
  if (query.due_within_days && (*query.due_within_days < 0 || *query.due_within_days > 365)) {
    return unexpected(Error::invalid("dueWithinDays", "out_of_range"));
  }
  const auto insatser = insatser_of(scope, association_id, query.insats_id);
  if (query.insats_id && insatser.empty()) return unexpected(not_found());
  const auto today = clock_.today();
  auto entries = ongoing(insatser, today);
  if (query.due_within_days) {
    std::erase_if(entries, [&](const CaseloadEntry& e) { return !due_within(e, today, *query.due_within_days); });
  }
  if (query.mine) {
    std::erase_if(entries,
                  [&](const CaseloadEntry& e) { return e.participation.responsible_user_id != actor.user_id; });
  }
  sort_by_due(entries);
  for (auto& e : entries) {
    if (!e.participation.person_id) continue;
    auto person = persons_.find_person(*e.participation.person_id);
    if (!person) continue;
    e.masked_personnummer = person->masked;
    if (auto identity = open_identity(vault_, *person)) e.name = identity->name;
  }
  // One event per person shown, so each participant's access history is complete.
  transactions_.run([&] {
    for (const auto& e : entries) {
      if (!e.participation.person_id) continue;
      audit_.record(actor, association_id, "read_personal", "person", std::to_string(*e.participation.person_id),
                    {{"view", "caseload"}, {"name", std::nullopt}});
    }
  });
  return entries;
}

std::vector<CaseloadCount> CaseloadService::summary(const PersonalScope& scope, std::int64_t association_id) {
  const auto today = clock_.today();
  return count_by_insats(ongoing(insatser_of(scope, association_id, std::nullopt), today), today, kDueSoonDays);
}

}  // namespace samordna::core
