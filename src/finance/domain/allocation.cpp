#include "finance/domain/allocation.hpp"

#include "kernel/apportion.hpp"
#include "membership/domain/membership.hpp"

namespace samordna::core {
namespace {

constexpr std::int64_t kWhole = 10'000;

// Splits `pot` among the areas in `open` by the model; areas not open keep what they have.
bool share_out(Money pot, Money base, std::int64_t support_bp, const std::vector<AllocationArea>& areas,
               const std::vector<bool>& open, std::vector<Money>& state) {
  std::vector<std::size_t> idx;
  for (std::size_t i = 0; i < areas.size(); ++i) {
    if (open[i]) idx.push_back(i);
  }
  if (idx.empty()) return pot.in_ore() == 0;
  const Money bases = Money::ore(base.in_ore() * std::int64_t(idx.size()));
  if (bases > pot) return false;
  auto halves = *apportion(pot - bases, {support_bp, kWhole - support_bp});
  std::vector<std::int64_t> support;
  std::vector<std::int64_t> population;
  for (auto i : idx) {
    support.push_back(areas[i].support_measure);
    population.push_back(areas[i].population);
  }
  auto by = [](Money part, const std::vector<std::int64_t>& weights) {
    auto parts = apportion(part, weights);
    // All weights zero: the part is shared equally.
    if (!parts) parts = apportion(part, std::vector<std::int64_t>(weights.size(), 1));
    return *parts;
  };
  auto s = by(halves[0], support);
  auto p = by(halves[1], population);
  for (std::size_t k = 0; k < idx.size(); ++k) state[idx[k]] = base + s[k] + p[k];
  return true;
}

Money ceil_share(Money amount, std::int64_t bp) {
  __extension__ using Wide = __int128;
  Wide v = Wide(amount.in_ore()) * bp;
  return Money::ore(static_cast<std::int64_t>((v + kWhole - 1) / kWhole));
}

}  // namespace

std::optional<std::int64_t> equity_share_bp(Money equity, Money contributions) {
  if (contributions.in_ore() <= 0) return std::nullopt;
  __extension__ using Wide = __int128;
  Wide scaled = Wide(equity.in_ore()) * kWhole * 2 + contributions.in_ore();
  Wide share = scaled / (Wide(contributions.in_ore()) * 2);
  if (scaled < 0 && scaled % (Wide(contributions.in_ore()) * 2) != 0) --share;
  return static_cast<std::int64_t>(share);
}

Result<std::vector<AllocationResult>> allocate_state_funds(const AllocationParams& params,
                                                           const std::vector<AllocationArea>& areas) {
  FieldErrors errors;
  if (params.pot.in_ore() < 0) errors.add("potOre", "negative");
  if (params.base.in_ore() < 0) errors.add("baseOre", "negative");
  if (params.support_weight_bp < 0 || params.support_weight_bp > kWhole) errors.add("supportWeightBp", "out_of_range");
  if (params.max_decrease_bp && (*params.max_decrease_bp < 0 || *params.max_decrease_bp > kWhole)) {
    errors.add("maxDecreaseBp", "out_of_range");
  }
  if (params.equity_limit_bp && *params.equity_limit_bp < 0) errors.add("equityLimitBp", "out_of_range");
  if (areas.empty()) errors.add("associations", "empty");
  for (std::size_t i = 0; i < areas.size(); ++i) {
    const std::string field = "associations." + std::to_string(i);
    if (areas[i].support_measure < 0) errors.add(field + ".supportMeasure", "negative");
    if (areas[i].population < 0) errors.add(field + ".population", "negative");
  }
  if (!errors.empty()) return unexpected(errors.error());

  std::vector<Money> state(areas.size());
  std::vector<bool> open(areas.size(), true);
  std::vector<bool> capped(areas.size(), false);
  if (!share_out(params.pot, params.base, params.support_weight_bp, areas, open, state)) {
    return unexpected(Error::invalid("baseOre", "too_large"));
  }
  // Cap the fall from last year: fix the capped at their floor and share the rest again until stable.
  for (bool changed = params.max_decrease_bp.has_value(); changed;) {
    changed = false;
    Money fixed;
    for (std::size_t i = 0; i < areas.size(); ++i) {
      if (open[i] && areas[i].previous) {
        Money floor = ceil_share(*areas[i].previous, kWhole - *params.max_decrease_bp);
        if (state[i] < floor) {
          state[i] = floor;
          open[i] = false;
          capped[i] = true;
          changed = true;
        }
      }
      if (!open[i]) fixed = fixed + state[i];
    }
    if (!changed) break;
    if (fixed > params.pot ||
        !share_out(params.pot - fixed, params.base, params.support_weight_bp, areas, open, state)) {
      return unexpected(Error::invalid("maxDecreaseBp", "infeasible"));
    }
  }

  std::vector<AllocationResult> out;
  for (std::size_t i = 0; i < areas.size(); ++i) {
    auto halves = *apportion(state[i], {1, 1});
    AllocationResult r{areas[i].name, state[i], halves[0], halves[1], state[i] + state[i], capped[i], false};
    if (params.equity_limit_bp && areas[i].equity && areas[i].contributions) {
      auto share = equity_share_bp(*areas[i].equity, *areas[i].contributions);
      r.equity_flagged = share && *share > *params.equity_limit_bp;
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace samordna::core
