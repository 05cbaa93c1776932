#include "follow_up/domain/cell_key.hpp"

#include <algorithm>

namespace samordna::core {
namespace {

// SplitMix64's finaliser: spreads every bit of the input over the output.
std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30U)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27U)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31U);
}

}  // namespace

int cell_noise(std::uint64_t cell_key, std::int64_t count) {
  const std::uint64_t h = mix(cell_key ^ mix(static_cast<std::uint64_t>(count)));
  return static_cast<int>(h % (2 * kMaxNoise + 1)) - kMaxNoise;
}

std::int64_t protected_count(std::int64_t count, std::uint64_t cell_key, int threshold) {
  const int noise = cell_noise(cell_key, count);
  return count + noise < threshold ? count + (noise < 0 ? -noise : noise) : count + noise;
}

std::int64_t protected_percent(std::int64_t percent, std::uint64_t cell_key) {
  const std::int64_t rounded = (percent + 2) / 5 * 5;
  const int step = static_cast<int>(mix(cell_key ^ 0x5eedULL) % 3) - 1;
  return std::clamp<std::int64_t>(rounded + 5 * step, 0, 100);
}

}  // namespace samordna::core
