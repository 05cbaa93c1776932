#pragma once
// The clock port: the time now and the civil date in Sweden (a fake in tests).
#include <cstdint>

#include "kernel/civil_date.hpp"

namespace samordna::core {

class Clock {
 public:
  virtual ~Clock() = default;
  [[nodiscard]] virtual std::int64_t now_unix() const = 0;  // seconds since the epoch, UTC
  [[nodiscard]] virtual CivilDate today() const = 0;        // the civil date in Sweden
};

}  // namespace samordna::core
