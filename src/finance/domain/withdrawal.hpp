#pragma once
// The withdrawal what-if: if a member gave notice on a day, when would it leave, what would it still pay,
// and how would the remaining members' contributions change once it has left.
#include <map>
#include <vector>

#include "finance/domain/contribution.hpp"
#include "membership/domain/notice.hpp"

namespace samordna::core {

struct WhatIfInput {
  Member member;
  std::vector<Charter> charters;
  CivilDate notice_on;
  std::map<int, Money> budgeted;  // the member's contribution in years that have a budget
  BudgetInput basis;              // the latest budget, with every member as it stands
};

struct FeeYear {
  int year = 0;
  Money amount;
  bool estimated = false;  // no budget for the year yet: the basis year's amount is used
};

struct ShareChange {
  std::int64_t member_id = 0;
  std::string name;
  Money before;
  Money after;
};

struct WhatIf {
  CivilDate ends_on;
  std::vector<FeeYear> fee_years;
  Money total_owed;
  int first_year_without = 0;
  std::vector<ShareChange> shares;  // the member's party, the basis budget with and without the member
};

// Errors as give_notice (a notice already in force is ignored: the what-if replaces it), and as
// calculate_contributions for the basis budget without the member.
Result<WhatIf> withdrawal_what_if(const WhatIfInput& input);

}  // namespace samordna::core
