#pragma once
// Yearly contributions (medlemsavgifter): the budget's 50/25/25 statutory shares, with the region quarter
// and the kommun quarter split among those members by the charter's split key. Every amount is integer öre
// and the parts add up exactly to each share (largest remainder); each contribution carries its basis.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kernel/apportion.hpp"
#include "kernel/error.hpp"
#include "kernel/money.hpp"
#include "membership/domain/association.hpp"
#include "membership/domain/charter.hpp"

namespace samordna::core {

enum class Party { state, region, kommun };
std::string_view to_string(Party party);

// Per-member inputs the split key may need for one budget year.
struct KeyInput {
  std::int64_t member_id = 0;
  std::optional<std::int64_t> sickness_rate;  // ohälsotal in hundredths of a day (2730 = 27,3 days)
  std::optional<std::int64_t> percent_bp;     // fixed_percent: share of the party's quarter, 10 000 = 100 %
  std::optional<Money> amount;                // manual: the amount itself
};

struct BudgetInput {
  int year = 0;
  Money total;
  SplitKey key;
  std::vector<Member> members;  // all members of the association; those not in the year are left out
  std::vector<KeyInput> key_inputs;
  std::map<std::string, std::int64_t> population;    // kommun code → 16–64 in the key's reference year
  std::map<std::string, std::string> kommun_region;  // kommun code → län code (regions' population)
  // false for what-if projections: percentages and manual amounts of the remaining members are used as
  // weights instead of having to add up to the whole.
  bool strict_sums = true;
};

struct ContributionBasis {
  Money party_total;            // the share of the party this member pays from
  std::int64_t weight = 0;      // the member's weight in the key
  std::int64_t weight_sum = 0;  // all weights of the party; weight / weight_sum is the exact share
  std::optional<std::int64_t> population;
  std::optional<std::int64_t> sickness_rate;
  std::optional<std::int64_t> percent_bp;
};

struct Contribution {
  std::int64_t member_id = 0;
  std::string name;
  PartyKind kind = PartyKind::kommun;
  Party party = Party::kommun;
  Money amount;
  ContributionBasis basis;
};

struct BudgetCalculation {
  StatutoryShares shares;
  std::vector<Contribution> contributions;  // in member order
};

// Field errors: totalOre negative; members missing_fk|missing_af|missing_region|missing_kommun;
// keyInputs.<id> member_not_in_year; keyInputs.<id>.percentBp|amountOre|sicknessRate required|invalid;
// keyInputs shares_not_100|amounts_not_quarter; population.<code> missing.
Result<BudgetCalculation> calculate_contributions(const BudgetInput& input);

}  // namespace samordna::core
