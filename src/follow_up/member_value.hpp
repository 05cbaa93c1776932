#pragma once
// The member value report for a member kommun and period: what it paid, what its residents got (by insats,
// extensive and light, participations and people), who referred them, how long they waited, what it led
// to, its cost per participant against the förbund's, and what leaving would cost. Figures leave the
// förbund's staff (a council reads them), so small cells are always suppressed.
#include <vector>

#include "finance/finance_service.hpp"
#include "follow_up/statistics_service.hpp"

namespace samordna::core {

struct MemberValue {
  Member member;
  CivilDate from;
  CivilDate to;
  Money contributions;                       // the member's contributions in the budget years the period touches
  Money all_contributions;                   // every member's, the same years
  std::optional<std::int64_t> persons;       // the member's residents, suppressed below the threshold
  std::optional<std::int64_t> all_persons;   // every participant of the förbund in the period
  std::optional<Money> cost_per_person;      // the member's contributions / its residents
  std::optional<Money> all_cost_per_person;  // all contributions / all participants
  std::vector<Figure> figures;
  std::optional<WhatIfView> withdrawal;  // if the member gave notice today
};

class MemberValueService {
 public:
  MemberValueService(StatisticsService& statistics, FinanceService& finance, AssociationRepository& associations,
                     const Clock& clock)
      : statistics_(statistics), finance_(finance), associations_(associations), clock_(clock) {}

  // Codes: not_found; field errors: member not_kommun; as the statistics for the period.
  Result<MemberValue> report(std::int64_t member_id, CivilDate from, CivilDate to, int threshold);

 private:
  StatisticsService& statistics_;
  FinanceService& finance_;
  AssociationRepository& associations_;
  const Clock& clock_;
};

}  // namespace samordna::core
