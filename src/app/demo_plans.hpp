#pragma once
// The demo's joint plans: one for each person in an ongoing participation of the given insatser, so the
// caseload has follow-ups to show (most due in the coming weeks, some overdue, an action or two).
#include <cstdint>
#include <vector>

#include "app/installation.hpp"

namespace samordna::app {

void create_demo_plans(Installation& inst, std::int64_t association_id, const std::vector<std::int64_t>& insatser,
                       core::CivilDate today);

}  // namespace samordna::app
