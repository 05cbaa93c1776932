#include "membership/http/membership_json.hpp"

#include "membership/domain/membership.hpp"
#include "membership/domain/notice.hpp"
#include "platform/http/json_values.hpp"

namespace samordna::http {
namespace {
using nlohmann::json;

}  // namespace

json association_json(const core::Association& a, const std::vector<core::Member>& members, core::CivilDate today) {
  return {{"id", a.id},
          {"name", a.name},
          {"orgNumber", a.org_number},
          {"seat", a.seat},
          {"formedOn", a.formed_on.iso()},
          {"equityLimitBp", a.equity_limit_bp},
          {"retentionYears", a.retention_years},
          {"disclosureThreshold", a.disclosure_threshold},
          {"version", a.version},
          {"membershipIssues", core::membership_issues(members, today)}};
}

json member_json(const core::Member& m, core::CivilDate today) {
  json notice = nullptr;
  if (m.notice) {
    const auto& n = *m.notice;
    notice = {{"givenOn", n.given_on.iso()},
              {"decidedBy", n.decided_by},
              {"reference", n.reference},
              {"endsOn", n.ends_on.iso()},
              {"feeYears", core::fee_years(n.given_on, n.ends_on)},
              {"revokedOn", date_or_null(n.revoked_on)},
              {"revokedReference", n.revoked_on ? json(n.revoked_reference) : json(nullptr)}};
  }
  return {{"id", m.id},
          {"name", m.name},
          {"partyKind", core::to_string(m.kind)},
          {"code", m.area_code.empty() ? json(nullptr) : json(m.area_code)},
          {"joinedOn", m.joined_on.iso()},
          {"status", core::to_string(core::member_status(m, today))},
          {"leftOn", date_or_null(core::last_day(m))},
          {"canGiveNotice", core::can_give_notice(m.kind)},
          {"version", m.version},
          {"notice", notice}};
}

json charter_json(const core::Charter& c) {
  json seats = json::array();
  for (const auto& s : c.board_seats) {
    seats.push_back({{"memberId", s.member_id}, {"members", s.members}, {"deputies", s.deputies}});
  }
  return {{"id", c.id},
          {"associationId", c.association_id},
          {"effectiveFrom", c.effective_from.iso()},
          {"notice", {{"years", c.notice.years}, {"counting", core::to_string(c.notice.counting)}}},
          {"splitKey",
           {{"kind", core::to_string(c.split_key.kind)}, {"referenceYear", or_null(c.split_key.reference_year)}}},
          {"boardSeats", seats},
          {"qualifiedMajority", c.qualified_majority}};
}

}  // namespace samordna::http
