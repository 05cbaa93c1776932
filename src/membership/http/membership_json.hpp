#pragma once
// JSON for associations, members with their notices, and charters.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "membership/domain/association.hpp"
#include "membership/domain/charter.hpp"
#include "platform/http/json/json_writer.hpp"

namespace samordna::http {

nlohmann::json association_json(const core::Association& a, const std::vector<core::Member>& members,
                                core::CivilDate today);
// A member with its notice. The list of a förbund's members, read most, is written straight to text
// ({"items": [...]}); one member (after a change) is the same text as a JSON value.
void write_member(JsonWriter& w, const core::Member& m, core::CivilDate today);
std::string members_json_text(const std::vector<core::Member>& members, core::CivilDate today);
nlohmann::json member_json(const core::Member& m, core::CivilDate today);
nlohmann::json charter_json(const core::Charter& c);

}  // namespace samordna::http
