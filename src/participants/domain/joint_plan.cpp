#include "participants/domain/joint_plan.hpp"

#include <algorithm>

#include "membership/domain/membership.hpp"

namespace samordna::core {

Result<void> validate_plan(const JointPlan& plan, const std::vector<Member>& members) {
  FieldErrors errors;
  auto known = [&](std::int64_t id) {
    return std::any_of(members.begin(), members.end(), [&](const Member& m) { return m.id == id; });
  };
  if (plan.overall_member_id == 0) {
    errors.add("overallMemberId", "required");
  } else if (!known(plan.overall_member_id)) {
    errors.add("overallMemberId", "unknown");
  }
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    const auto& a = plan.actions[i];
    const std::string field = "actions." + std::to_string(i) + ".";
    if (a.description.empty()) errors.add(field + "description", "required");
    if (!known(a.responsible_member_id)) errors.add(field + "responsibleMemberId", "unknown");
  }
  return errors.result();
}

Result<void> validate_plan_dates(const JointPlan& plan, const std::optional<JointPlan>& stored, CivilDate first_start,
                                 CivilDate today) {
  FieldErrors errors;
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    const auto& done = plan.actions[i].done_on;
    const std::string field = "actions." + std::to_string(i) + ".doneOn";
    if (done && *done < first_start) errors.add(field, "before_start");
    if (done && today < *done) errors.add(field, "future");
  }
  const bool changed = !stored || stored->next_follow_up_on != plan.next_follow_up_on;
  if (changed && plan.next_follow_up_on && *plan.next_follow_up_on < today) errors.add("nextFollowUpOn", "past");
  return errors.result();
}

void open_plan(const IdentityVault& vault, JointPlan& plan) {
  for (auto* text : {&plan.needs, &plan.own_goals, &plan.professional_goals}) *text = vault.open(*text).value_or("");
  for (auto& a : plan.actions) a.description = vault.open(a.description).value_or("");
}

}  // namespace samordna::core
