#pragma once
// Retention (gallring): how long a person's identity and joint-plan texts are kept after their last
// participation ended or their last referral was decided (default two years, set per förbund). Past the
// limit they are removed while the pseudonymous statistics stay (key, gender, birth year, kommun, and the
// participations with their dates and follow-up data).
#include <cstdint>
#include <optional>
#include <vector>

#include "kernel/civil_date.hpp"
#include "membership/domain/association.hpp"

namespace samordna::core {

// What decides whether a person's identity may still be kept.
struct RetentionFacts {
  std::int64_t person_id = 0;
  bool has_identity_or_plan = false;
  bool active = false;                     // a participation not ended, or a referral waiting (received, queued)
  std::optional<CivilDate> last_activity;  // the latest end of a participation or decision on a referral
};

// The first day the identity is no longer kept: the same date `years` later, plus one day.
CivilDate retention_ends(CivilDate last_activity, int years);

// Whether the person's identity and plan are due for removal on `today`.
bool due_for_removal(const RetentionFacts& facts, int years, CivilDate today);

}  // namespace samordna::core
