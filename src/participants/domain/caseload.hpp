#pragma once
// The caseload (ärendelista): a deltagaransvarig's ongoing participations in their insatser, each with its
// days in the insats and what is next in the person's joint plan: the next follow-up and the earliest
// action not yet done. Overdue is what should have happened before today and has not.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kernel/civil_date.hpp"
#include "participants/domain/joint_plan.hpp"
#include "participants/domain/participation.hpp"

namespace samordna::core {

struct CaseloadEntry {
  Participation participation;
  std::string name;                 // empty for an anonymous participant or one whose identity is gone
  std::string masked_personnummer;  // "19850312-****", empty when anonymous
  int days_in_insats = 0;           // from the start day (day 1) up to today
  std::optional<CivilDate> next_follow_up_on;
  std::optional<CivilDate> next_action_due_on;  // the earliest due date of an action not done
  bool overdue = false;                         // a follow-up or an action due before today
};

// What is due for a participation today, given the person's plan (none for anonymous participants).
CaseloadEntry caseload_entry(const Participation& participation, const std::optional<JointPlan>& plan, CivilDate today);

// The date something is next due (follow-up or action), the earliest of the two; nullopt when nothing is.
std::optional<CivilDate> next_due(const CaseloadEntry& entry);

// Due before `today + within_days` (overdue included): what the start page reminds of.
bool due_within(const CaseloadEntry& entry, CivilDate today, int within_days);

// Overdue first, then by the next due date (none last), then by start date and id.
void sort_by_due(std::vector<CaseloadEntry>& entries);

// Per insats: how many participations are ongoing, overdue, and due within `soon_days` (not overdue). No
// person in it, so the start page can show it without reading anyone's data.
struct CaseloadCount {
  std::int64_t insats_id = 0;
  int ongoing = 0;
  int overdue = 0;
  int due_soon = 0;
};
constexpr int kDueSoonDays = 14;
std::vector<CaseloadCount> count_by_insats(const std::vector<CaseloadEntry>& entries, CivilDate today, int soon_days);

}  // namespace samordna::core
