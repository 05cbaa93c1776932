#include "finance/domain/withdrawal.hpp"

#include <algorithm>

namespace samordna::core {

Result<WhatIf> withdrawal_what_if(const WhatIfInput& in) {
  Member member = in.member;
  member.notice.reset();
  auto notice = give_notice(member, in.charters, {in.notice_on, "what-if", ""});
  if (!notice) return unexpected(notice.error());

  auto before = calculate_contributions(in.basis);
  if (!before) return unexpected(before.error());
  BudgetInput without = in.basis;
  without.strict_sums = false;
  std::erase_if(without.members, [&](const Member& m) { return m.id == member.id; });
  std::erase_if(without.key_inputs, [&](const KeyInput& k) { return k.member_id == member.id; });
  auto after = calculate_contributions(without);
  if (!after) return unexpected(after.error());

  WhatIf out;
  out.ends_on = notice->ends_on;
  out.first_year_without = out.ends_on.year() + 1;
  Money basis_amount;
  for (const auto& c : before->contributions) {
    if (c.member_id == member.id) basis_amount = c.amount;
  }
  for (int year : fee_years(notice->given_on, notice->ends_on)) {
    auto it = in.budgeted.find(year);
    FeeYear fee{year, it == in.budgeted.end() ? basis_amount : it->second, it == in.budgeted.end()};
    out.total_owed = out.total_owed + fee.amount;
    out.fee_years.push_back(fee);
  }
  for (const auto& c : before->contributions) {
    if (c.kind != member.kind || c.member_id == member.id) continue;
    auto match = std::find_if(after->contributions.begin(), after->contributions.end(),
                              [&](const Contribution& a) { return a.member_id == c.member_id; });
    out.shares.push_back(
        {c.member_id, c.name, c.amount, match == after->contributions.end() ? Money() : match->amount});
  }
  return out;
}

}  // namespace samordna::core
