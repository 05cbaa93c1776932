#pragma once
// JSON for associations, members with their notices, and charters.
#include <vector>

#include <nlohmann/json.hpp>

#include "membership/domain/association.hpp"
#include "membership/domain/charter.hpp"

namespace samordna::http {

nlohmann::json association_json(const core::Association& a, const std::vector<core::Member>& members,
                                core::CivilDate today);
nlohmann::json member_json(const core::Member& m, core::CivilDate today);
nlohmann::json charter_json(const core::Charter& c);

}  // namespace samordna::http
