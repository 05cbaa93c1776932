#include "participants/domain/eligibility.hpp"

#include <algorithm>

namespace samordna::core {

std::vector<std::string> eligibility_problems(const Insats& insats, const EligibilityInput& in) {
  std::vector<std::string> problems;
  if (!insats_open_on(insats, in.referred_on)) problems.emplace_back("insats_closed");
  const int age = age_on(in.birth_date, in.referred_on);
  if (age < insats.min_age) problems.emplace_back("too_young");
  if (age > insats.max_age) problems.emplace_back("too_old");
  if (std::find(in.area_kommuner.begin(), in.area_kommuner.end(), in.kommun_code) == in.area_kommuner.end()) {
    problems.emplace_back("outside_area");
  }
  if (!insats.target_group_ids.empty() && std::find(insats.target_group_ids.begin(), insats.target_group_ids.end(),
                                                    in.target_group_id) == insats.target_group_ids.end()) {
    problems.emplace_back("wrong_target_group");
  }
  return problems;
}

}  // namespace samordna::core
