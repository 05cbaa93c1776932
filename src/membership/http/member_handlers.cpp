// A member's notice of withdrawal and its revocation.
#include "access/http/handler_support.hpp"
#include "membership/http/membership_json.hpp"
#include "membership/http/routes.hpp"

namespace samordna::http {
namespace {

// Answers a notice write: the member, or a 409 with the member as it is now.
Response member_reply(MembershipRoutes& deps, std::int64_t id, const core::Result<core::Member>& saved) {
  auto today = deps.clock.today();
  auto to_json = [&](const core::Member& m) { return member_json(m, today); };
  return reply_or_current(saved, to_json, [&] { return to_json(*deps.membership.member(id)); });
}

}  // namespace

void register_member_routes(Router& router, MembershipRoutes& deps) {
  router.add({"POST", "/api/v1/members/{id}/notice", Permission::manage_association, [&deps](Context& c) {
                auto id = path_id(c, "id");
                if (!id || !deps.membership.member(*id)) return problem(404, "not_found");
                RequestBody body(c.request);
                auto& in = body.in();
                auto given_on = in.date("givenOn");
                core::NoticeRequest request{given_on.value_or(core::CivilDate()), in.text("decidedBy", false),
                                            in.text("reference", false)};
                auto version = in.integer("version");
                if (auto refused = body.refusal()) return *refused;
                return member_reply(deps, *id, deps.membership.give_notice(c.actor(), *id, request, *version));
              }});
  router.add({"POST", "/api/v1/members/{id}/notice/revocation", Permission::manage_association, [&deps](Context& c) {
                auto id = path_id(c, "id");
                if (!id || !deps.membership.member(*id)) return problem(404, "not_found");
                RequestBody body(c.request);
                auto& in = body.in();
                auto revoked_on = in.date("revokedOn");
                auto reference = in.text("reference", false);
                auto version = in.integer("version");
                if (auto refused = body.refusal()) return *refused;
                return member_reply(deps, *id,
                                    deps.membership.revoke_notice(c.actor(), *id, *revoked_on, reference, *version));
              }});
}

}  // namespace samordna::http
