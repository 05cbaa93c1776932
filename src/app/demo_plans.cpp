#include "app/demo_plans.hpp"

#include "app/demo_rng.hpp"

namespace samordna::app {

// A joint plan for each person in an ongoing participation, so the caseload has follow-ups to show: most due
// in the coming weeks, some overdue, an action or two. Drawn per participation (its own stream, seeded by its
// id), so the history's numbers stay as they are. Saved as a coordinator would have saved them earlier (a
// follow-up date now passed was in the future then), audited as the demo's.
void create_demo_plans(Installation& inst, std::int64_t association_id, const std::vector<std::int64_t>& insatser,
                       core::CivilDate today) {
  const char* actions[] = {"Kontakt med arbetsförmedlare om praktikplats", "Läkarbesök för bedömning av arbetsförmåga",
                           "Planera studiebesök på arbetsplats", "Samtal om ekonomi med socialsekreterare"};
  for (auto insats_id : insatser) {
    const auto insats = *inst.insatser.find_insats(insats_id);
    for (const auto& p : inst.participations.ongoing_participations(insats_id)) {
      if (!p.person_id || inst.participations.find_plan(*p.person_id)) continue;
      DemoRng draw(std::uint64_t(p.id) * 7919U + 17U);
      core::JointPlan plan;
      plan.association_id = association_id;
      plan.person_id = *p.person_id;
      plan.needs = inst.vault.seal("Stöd att komma tillbaka till arbete eller studier.");
      plan.own_goals = inst.vault.seal("Att kunna arbeta deltid.");
      plan.professional_goals = inst.vault.seal("Ökad arbetsförmåga och en plan för arbete eller studier.");
      plan.overall_member_id = insats.lead_member_id;
      plan.next_follow_up_on = today.add_days(draw.between(-21, 56));
      const int count = draw.between(0, 2);
      for (int k = 0; k < count; ++k) {
        core::PlanAction a;
        a.description = inst.vault.seal(actions[draw.below(4)]);
        a.responsible_member_id = insats.lead_member_id;
        a.due_on = today.add_days(draw.between(-14, 42));
        if (draw.chance(30) && *a.due_on <= today && p.started_on <= *a.due_on) a.done_on = a.due_on;
        plan.actions.push_back(a);
      }
      inst.participations.save_plan(plan, 0);
      inst.audit.record(kDemoActor, association_id, "create", "person", std::to_string(*p.person_id),
                        {{"plan", std::nullopt},
                         {"actions", std::to_string(plan.actions.size())},
                         {"nextFollowUpOn", plan.next_follow_up_on->iso()}});
    }
  }
}

}  // namespace samordna::app
