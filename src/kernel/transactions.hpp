#pragma once
// The transaction port: a change and its audit event are saved together or not at all.
#include <functional>

namespace samordna::core {

class Transactions {
 public:
  virtual ~Transactions() = default;
  // Runs `work` in one write transaction: all of it is saved, or (when it throws) none of it.
  virtual void run(const std::function<void()>& work) = 0;
};

}  // namespace samordna::core
