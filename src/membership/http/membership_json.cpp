#include "membership/http/membership_json.hpp"

#include "membership/domain/membership.hpp"
#include "membership/domain/notice.hpp"
#include "platform/http/json/json_values.hpp"

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

void write_member(JsonWriter& w, const core::Member& m, core::CivilDate today) {
  w.begin_object();
  w.key("id").number(m.id);
  w.key("name").string(m.name);
  w.key("partyKind").string(core::to_string(m.kind));
  w.key("code");
  m.area_code.empty() ? w.null() : w.string(m.area_code);
  w.key("joinedOn").date(m.joined_on);
  w.key("status").string(core::to_string(core::member_status(m, today)));
  w.key("leftOn").date_or_null(core::last_day(m));
  w.key("canGiveNotice").boolean(core::can_give_notice(m.kind));
  w.key("version").number(m.version);
  w.key("notice");
  if (m.notice) {
    const auto& n = *m.notice;
    w.begin_object();
    w.key("givenOn").date(n.given_on);
    w.key("decidedBy").string(n.decided_by);
    w.key("reference").string(n.reference);
    w.key("endsOn").date(n.ends_on);
    w.key("feeYears").begin_array();
    for (int year : core::fee_years(n.given_on, n.ends_on)) w.number(year);
    w.end_array();
    w.key("revokedOn").date_or_null(n.revoked_on);
    w.key("revokedReference");
    n.revoked_on ? w.string(n.revoked_reference) : w.null();
    w.end_object();
  } else {
    w.null();
  }
  w.end_object();
}

std::string members_json_text(const std::vector<core::Member>& members, core::CivilDate today) {
  JsonWriter w;
  w.begin_object().key("items").begin_array();
  for (const auto& m : members) write_member(w, m, today);
  w.end_array().end_object();
  return w.take();
}

json member_json(const core::Member& m, core::CivilDate today) {
  JsonWriter w;
  write_member(w, m, today);
  return json::parse(w.text());
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
