#pragma once
// The demo's deterministic random numbers (the same on every platform) and the actor its records are made by.
#include <cstdint>

#include "audit/domain/audit.hpp"

namespace samordna::app {

inline const core::Actor kDemoActor{0, "demo", ""};

// A linear congruential generator: small, fixed, and reproducible from its seed.
class DemoRng {
 public:
  explicit DemoRng(std::uint64_t seed) : state_(seed) {}
  int below(int n) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return int((state_ >> 33) % std::uint64_t(n));
  }
  int between(int lo, int hi) { return lo + below(hi - lo + 1); }
  bool chance(int percent) { return below(100) < percent; }

 private:
  std::uint64_t state_;
};

}  // namespace samordna::app
