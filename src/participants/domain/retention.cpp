#include "participants/domain/retention.hpp"

namespace samordna::core {

CivilDate retention_ends(CivilDate last_activity, int years) {
  auto same = CivilDate::from_ymd(last_activity.year() + years, last_activity.month(), last_activity.day());
  if (!same) same = CivilDate::from_ymd(last_activity.year() + years, last_activity.month(), last_activity.day() - 1);
  return same->add_days(1);
}

bool due_for_removal(const RetentionFacts& facts, int years, CivilDate today) {
  if (!facts.has_identity_or_plan || facts.active) return false;
  if (!facts.last_activity) return true;  // nothing ever happened that needs the identity
  return today >= retention_ends(*facts.last_activity, years);
}

}  // namespace samordna::core
