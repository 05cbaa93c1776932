#pragma once
// Whether a person may be referred to an insats, checked on the referral date: age from the personnummer
// within the insats's range, residence in a kommun of the förbund's area, a target group of the insats, and
// the insats open. A failing check may be overridden by the referrer; the override is recorded.
#include <string>
#include <vector>

#include "participants/domain/insats.hpp"

namespace samordna::core {

struct EligibilityInput {
  CivilDate referred_on;
  CivilDate birth_date;
  std::string kommun_code;  // residence
  std::int64_t target_group_id = 0;
  std::vector<std::string> area_kommuner;  // the förbund's member kommuner on the date
};

// Codes of the checks that fail, in this order: insats_closed, too_young, too_old, outside_area,
// wrong_target_group. Empty when eligible.
std::vector<std::string> eligibility_problems(const Insats& insats, const EligibilityInput& input);

}  // namespace samordna::core
