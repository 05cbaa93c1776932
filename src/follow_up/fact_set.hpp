#pragma once
// A förbund's statistics facts and its insatser's budgets, as read together: what a pivot is made from.
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "follow_up/domain/statistics.hpp"
#include "kernel/money.hpp"

namespace samordna::core {

struct FactSet {
  std::vector<Fact> facts;
  std::map<std::pair<std::int64_t, int>, Money> budgets;  // insats id and year → budget
};

}  // namespace samordna::core
