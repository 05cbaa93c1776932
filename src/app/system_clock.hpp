#pragma once
#include "core/ports.hpp"

namespace samordna::app {

// The real clock. `today()` is the civil date in Sweden (Europe/Stockholm).
class SystemClock final : public core::Clock {
 public:
  [[nodiscard]] std::int64_t now_unix() const override;
  [[nodiscard]] core::CivilDate today() const override;
};

}  // namespace samordna::app
