#pragma once
#include <cstdint>

#include "kernel/civil_date.hpp"
#include "kernel/clock.hpp"

namespace samordna::app {

// The real clock. `today()` is the civil date in Sweden (Europe/Stockholm).
//
// In test builds (SAMORDNA_TEST_CLOCK, the asan and debug presets) the environment variable
// SAMORDNA_TODAY=YYYY-MM-DD moves the clock by whole days, so that the server, the demo and the tests can run
// as if it were another date; the time of day keeps running. Release builds never read the variable.
class SystemClock final : public core::Clock {
 public:
  SystemClock();  // throws std::invalid_argument for a malformed SAMORDNA_TODAY in a test build
  [[nodiscard]] std::int64_t now_unix() const override;
  [[nodiscard]] core::CivilDate today() const override;

  // Whether this build honours SAMORDNA_TODAY.
  static bool test_clock_available();

 private:
  std::int64_t offset_seconds_ = 0;
};

// The civil date in Sweden at `unix` seconds (CET, or CEST from the last Sunday of March to the last Sunday of
// October, 01:00 UTC).
core::CivilDate swedish_date(std::int64_t unix);

}  // namespace samordna::app
