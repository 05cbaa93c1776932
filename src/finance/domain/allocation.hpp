#pragma once
// The state's allocation model (since 2016): every förbund gets a base amount; the rest of the national
// pot is shared by the area's försörjningsmått (support measure, 75 %) and its population 16–64 (25 %).
// The state amount is an offer that the region and the kommuner each match with half of it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kernel/error.hpp"
#include "kernel/money.hpp"

namespace samordna::core {

struct AllocationParams {
  Money pot = Money::kronor(339'000'000);
  Money base = Money::tkr(400);
  std::int64_t support_weight_bp = 7500;        // the rest goes by population 16–64
  std::optional<std::int64_t> max_decrease_bp;  // cap on the fall from the previous year's state amount
  std::optional<std::int64_t> equity_limit_bp;  // flag förbund whose equity exceeds this share
};

struct AllocationArea {
  std::string name;
  std::int64_t support_measure = 0;  // försörjningsmått: people on public support in the area
  std::int64_t population = 0;       // 16–64
  std::optional<Money> previous;     // last year's state amount
  std::optional<Money> equity;
  std::optional<Money> contributions;
};

struct AllocationResult {
  std::string name;
  Money state;   // the state's offer
  Money region;  // the region's matching half of the state amount
  Money kommun;  // the kommuner's matching half
  Money total;   // what the förbund may budget: state + region + kommun
  bool capped = false;
  bool equity_flagged = false;
};

// The state offers sum exactly to the pot. With a cap, capped förbund get exactly their floor and the
// others share what is left by the same model. Field errors: potOre negative; baseOre negative|too_large;
// supportWeightBp out_of_range; associations empty; associations.<i>.supportMeasure|population negative;
// maxDecreaseBp out_of_range|infeasible; equityLimitBp out_of_range.
Result<std::vector<AllocationResult>> allocate_state_funds(const AllocationParams& params,
                                                           const std::vector<AllocationArea>& areas);

// Equity as a share of the year's contributions in basis points (rounded half up); nullopt without
// contributions.
std::optional<std::int64_t> equity_share_bp(Money equity, Money contributions);

}  // namespace samordna::core
