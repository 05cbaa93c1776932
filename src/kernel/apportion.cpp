#include "kernel/apportion.hpp"

#include <algorithm>
#include <numeric>

namespace samordna::core {
namespace {
// 128-bit intermediates: öre totals times population weights overflow 64 bits.
__extension__ using Wide = __int128;
}  // namespace

Result<std::vector<Money>> apportion(Money total, const std::vector<std::int64_t>& weights) {
  if (total.in_ore() < 0) return unexpected(Error::invalid("total", "negative"));
  if (weights.empty()) return unexpected(Error::invalid("weights", "empty"));
  Wide sum = 0;
  for (auto w : weights) {
    if (w < 0) return unexpected(Error::invalid("weights", "negative"));
    sum += w;
  }
  if (sum == 0) return unexpected(Error::invalid("weights", "zero_sum"));

  std::vector<std::int64_t> parts(weights.size());
  std::vector<Wide> remainders(weights.size());
  std::int64_t given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    Wide product = Wide(total.in_ore()) * weights[i];
    parts[i] = static_cast<std::int64_t>(product / sum);
    remainders[i] = product % sum;
    given += parts[i];
  }
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
  for (std::int64_t left = total.in_ore() - given, k = 0; left > 0; --left, ++k) ++parts[order[std::size_t(k)]];

  std::vector<Money> out;
  out.reserve(parts.size());
  for (auto p : parts) out.push_back(Money::ore(p));
  return out;
}

Result<StatutoryShares> statutory_shares(Money total) {
  auto parts = apportion(total, {2, 1, 1});
  if (!parts) return unexpected(parts.error());
  return StatutoryShares{(*parts)[0], (*parts)[1], (*parts)[2]};
}

}  // namespace samordna::core
