#pragma once
// Splitting an amount of money by weights so the parts add up exactly to the whole (largest remainder):
// each part gets floor(total * w / W) öre, and the öre left over go one each to the largest remainders
// (ties to the earlier part). Used for the 50/25/25 statutory shares and for split keys.
#include <cstdint>
#include <vector>

#include "kernel/error.hpp"
#include "kernel/money.hpp"

namespace samordna::core {

// Errors (field "weights"): empty, negative, zero_sum. Total must be >= 0 (field "total", negative).
Result<std::vector<Money>> apportion(Money total, const std::vector<std::int64_t>& weights);

struct StatutoryShares {
  Money state;     // 1/2, paid by Försäkringskassan
  Money regions;   // 1/4
  Money kommuner;  // 1/4
};
// 5 § Finsam: half from the state, a quarter from the region(s), a quarter from the kommuner.
Result<StatutoryShares> statutory_shares(Money total);

}  // namespace samordna::core
