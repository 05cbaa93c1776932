#pragma once
// The joint plan (SIP / gemensam handlingsplan) for a participant: needs, the person's own goals and the
// professionals' goals, actions with a responsible party and due and done dates, the party with overall
// responsibility, and the next follow-up date. Its texts are personal data (often health data).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kernel/error.hpp"
#include "membership/domain/association.hpp"
#include "participants/domain/person.hpp"

namespace samordna::core {

struct PlanAction {
  std::int64_t id = 0;
  std::string description;
  std::int64_t responsible_member_id = 0;
  std::optional<CivilDate> due_on;
  std::optional<CivilDate> done_on;
};

struct JointPlan {
  std::int64_t id = 0;
  std::int64_t association_id = 0;
  std::int64_t person_id = 0;
  std::string needs;
  std::string own_goals;
  std::string professional_goals;
  std::int64_t overall_member_id = 0;  // the party with overall responsibility
  std::optional<CivilDate> next_follow_up_on;
  std::vector<PlanAction> actions;
  std::int64_t version = 0;  // 0: not yet saved
};

// Field errors: overallMemberId required|unknown; actions.<i>.description required;
// actions.<i>.responsibleMemberId unknown (a done date needs no due date; validate_plan_dates checks dates).
Result<void> validate_plan(const JointPlan& plan, const std::vector<Member>& members);

// The plan's dates against the person's time in insatser: an action is not done before the person's first
// participation started, nor after today; a next follow-up date being set (changed from `stored`) is not
// already past. Field errors: actions.<i>.doneOn before_start|future, nextFollowUpOn past.
Result<void> validate_plan_dates(const JointPlan& plan, const std::optional<JointPlan>& stored, CivilDate first_start,
                                 CivilDate today);

// Opens the plan's sealed texts (needs, goals, action descriptions) in place; a text that cannot be opened
// reads as empty.
void open_plan(const IdentityVault& vault, JointPlan& plan);

}  // namespace samordna::core
