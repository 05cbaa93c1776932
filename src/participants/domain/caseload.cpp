#include "participants/domain/caseload.hpp"

#include <algorithm>
#include <tuple>

namespace samordna::core {

CaseloadEntry caseload_entry(const Participation& participation, const std::optional<JointPlan>& plan,
                             CivilDate today) {
  CaseloadEntry entry;
  entry.participation = participation;
  entry.days_in_insats = std::max(0, days_between(participation.started_on, today) + 1);
  if (plan) {
    entry.next_follow_up_on = plan->next_follow_up_on;
    for (const auto& action : plan->actions) {
      if (action.done_on || !action.due_on) continue;
      if (!entry.next_action_due_on || *action.due_on < *entry.next_action_due_on)
        entry.next_action_due_on = action.due_on;
    }
  }
  entry.overdue = (entry.next_follow_up_on && *entry.next_follow_up_on < today) ||
                  (entry.next_action_due_on && *entry.next_action_due_on < today);
  return entry;
}

std::optional<CivilDate> next_due(const CaseloadEntry& entry) {
  if (!entry.next_follow_up_on) return entry.next_action_due_on;
  if (!entry.next_action_due_on) return entry.next_follow_up_on;
  return std::min(*entry.next_follow_up_on, *entry.next_action_due_on);
}

bool due_within(const CaseloadEntry& entry, CivilDate today, int within_days) {
  auto due = next_due(entry);
  return due && *due < today.add_days(within_days);
}

void sort_by_due(std::vector<CaseloadEntry>& entries) {
  const auto key = [](const CaseloadEntry& e) {
    auto due = next_due(e);
    return std::make_tuple(!e.overdue, !due.has_value(), due.value_or(CivilDate{}), e.participation.started_on,
                           e.participation.id);
  };
  std::stable_sort(entries.begin(), entries.end(),
                   [&](const CaseloadEntry& a, const CaseloadEntry& b) { return key(a) < key(b); });
}

std::vector<CaseloadCount> count_by_insats(const std::vector<CaseloadEntry>& entries, CivilDate today, int soon_days) {
  std::vector<CaseloadCount> out;
  for (const auto& e : entries) {
    auto it = std::find_if(out.begin(), out.end(),
                           [&](const CaseloadCount& c) { return c.insats_id == e.participation.insats_id; });
    if (it == out.end()) it = out.insert(out.end(), CaseloadCount{e.participation.insats_id, 0, 0, 0});
    ++it->ongoing;
    if (e.overdue) {
      ++it->overdue;
    } else if (due_within(e, today, soon_days)) {
      ++it->due_soon;
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.insats_id < b.insats_id; });
  return out;
}

}  // namespace samordna::core
