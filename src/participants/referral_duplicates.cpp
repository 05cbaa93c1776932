// ReferralService::open_duplicates: what a new referral would repeat (issue 15, item 7), within the caller's scope.
#include <algorithm>

#include "participants/referral_service.hpp"

namespace samordna::core {

std::vector<OpenDuplicate> ReferralService::open_duplicates(const PersonalScope& scope, const ReferralInput& in,
                                                            const Personnummer& personnummer) {
  std::vector<OpenDuplicate> found;
  if (in.protected_identity) return found;  // nothing identifying is stored to compare with
  auto person =
      persons_.find_person_by_key(in.association_id, vault_.pseudonym(in.association_id, personnummer.canonical()));
  if (!person) return found;
  ReferralFilter filter;
  filter.association_id = in.association_id;
  filter.insats_id = in.insats_id;
  filter.states = {ReferralState::received, ReferralState::queued};
  filter.person_id = person->id;
  for (const auto& r : referrals_.find_referrals(filter)) {
    if (scope.covers(r.insats_id, r.referrer_user_id)) found.push_back({"referral", r.referred_on});
  }
  // A participation is seen only by the staff of its insats, not by a remittent (whose scope is their referrals).
  if (scope.covers_insats(in.insats_id)) {
    for (const auto& p : participations_.participations_of_person(person->id)) {
      if (p.insats_id == in.insats_id && !p.ended_on) found.push_back({"participation", p.started_on});
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const OpenDuplicate& a, const OpenDuplicate& b) { return a.kind < b.kind; });
  return found;
}

}  // namespace samordna::core
