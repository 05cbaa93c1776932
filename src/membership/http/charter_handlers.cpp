// The förbundsordning (charter): its versions, and a new version.
#include "access/http/handler_support.hpp"
#include "membership/http/membership_json.hpp"
#include "membership/http/routes.hpp"

namespace samordna::http {
namespace {

core::Charter read_charter(BodyReader& in) {
  core::Charter c;
  c.effective_from = in.date("effectiveFrom").value_or(core::CivilDate());
  auto notice = in.object("notice");
  c.notice.years = int(notice.integer("years").value_or(0));
  if (c.notice.years == 0 && notice.find("years")) notice.errors().add("notice.years", "out_of_range");
  auto counting = core::parse_notice_counting(notice.text("counting"));
  if (!counting && notice.find("counting")) notice.errors().add("notice.counting", "invalid");
  c.notice.counting = counting.value_or(core::NoticeCounting::calendar_years);
  auto key = in.object("splitKey");
  auto kind = core::parse_split_key_kind(key.text("kind"));
  if (!kind && key.find("kind")) key.errors().add("splitKey.kind", "invalid");
  c.split_key.kind = kind.value_or(core::SplitKeyKind::population);
  if (auto year = key.integer("referenceYear", false)) c.split_key.reference_year = int(*year);
  if (const auto* seats = in.find("boardSeats")) {
    if (!seats->is_array()) in.errors().add("boardSeats", "invalid");
    for (const auto& s : seats->is_array() ? *seats : nlohmann::json::array()) {
      core::FieldErrors ignored;
      BodyReader seat(s, ignored);
      auto member = seat.integer("memberId");
      auto members = seat.integer("members");
      auto deputies = seat.integer("deputies");
      if (!ignored.empty()) {
        in.errors().add("boardSeats", "invalid");
        break;
      }
      c.board_seats.push_back({*member, int(*members), int(*deputies)});
    }
  }
  for (auto& matter : in.text_list("qualifiedMajority")) {
    if (!matter.empty()) c.qualified_majority.push_back(std::move(matter));
  }
  return c;
}

}  // namespace

void register_charter_routes(Router& router, MembershipRoutes& deps) {
  router.add({"GET", "/api/v1/associations/{id}/charters", Permission::view_association, [&deps](Context& c) {
                auto id = path_id(c, "id");
                if (!id) return problem(404, "not_found");  // the router answers 404 for a förbund that does not exist
                auto items = nlohmann::json::array();
                for (const auto& charter : deps.membership.charters(*id)) items.push_back(charter_json(charter));
                return json_response({{"items", items}});
              }});
  router.add({"POST", "/api/v1/associations/{id}/charters", Permission::manage_association, [&deps](Context& c) {
                auto id = path_id(c, "id");
                if (!id) return problem(404, "not_found");  // the router answers 404 for a förbund that does not exist
                RequestBody body(c.request);
                auto& in = body.in();
                auto charter = read_charter(in);
                if (auto refused = body.refusal()) return *refused;
                charter.association_id = *id;
                return reply(deps.membership.add_charter(c.actor(), charter), charter_json, 201);
              }});
}

}  // namespace samordna::http
