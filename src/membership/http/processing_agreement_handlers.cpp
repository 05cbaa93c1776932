// Processing agreements (personuppgiftsbiträdesavtal) between the förbund and its members.
#include "access/http/handler_support.hpp"
#include "membership/http/routes.hpp"

namespace samordna::http {
namespace {

core::ProcessingAgreement read_agreement(BodyReader& in) {
  core::ProcessingAgreement a;
  a.member_id = in.integer("memberId").value_or(0);
  a.signed_on = in.date("signedOn").value_or(core::CivilDate());
  a.valid_from = in.date("validFrom").value_or(core::CivilDate());
  a.valid_to = in.date("validTo", false);
  a.document_reference = in.text("documentReference");
  return a;
}

nlohmann::json agreement_json(const core::ProcessingAgreement& a, const std::vector<core::Member>& members,
                              core::CivilDate today) {
  std::string member_name;
  for (const auto& m : members) {
    if (m.id == a.member_id) member_name = m.name;
  }
  return {{"id", a.id},
          {"memberId", a.member_id},
          {"memberName", member_name},
          {"signedOn", a.signed_on.iso()},
          {"validFrom", a.valid_from.iso()},
          {"validTo", a.valid_to ? nlohmann::json(a.valid_to->iso()) : nlohmann::json(nullptr)},
          {"documentReference", a.document_reference},
          {"inForce", core::agreement_in_force({a}, a.member_id, today)},
          {"version", a.version}};
}

}  // namespace

void register_processing_agreement_routes(Router& router, MembershipRoutes& deps) {
  auto to_json = [&deps](std::int64_t association_id) {
    return [&deps, members = deps.membership.members(association_id), today = deps.clock.today()](
               const core::ProcessingAgreement& a) { return agreement_json(a, members, today); };
  };
  router.add({"GET", "/api/v1/associations/{id}/processing-agreements", Permission::view_association,
              [&deps, to_json](Context& c) {
                const auto id = *path_id(c, "id");
                auto json_of = to_json(id);
                auto items = nlohmann::json::array();
                for (const auto& a : deps.agreements.list(id)) items.push_back(json_of(a));
                return json_response({{"items", items}});
              }});
  router.add({"POST", "/api/v1/associations/{id}/processing-agreements", Permission::manage_association,
              [&deps, to_json](Context& c) {
                const auto id = *path_id(c, "id");
                RequestBody body(c.request);
                auto& in = body.in();
                auto a = read_agreement(in);
                if (auto refused = body.refusal()) return *refused;
                a.association_id = id;
                return reply(deps.agreements.add(c.actor(), a), to_json(id), 201);
              }});
  router.add({"PUT", "/api/v1/associations/{id}/processing-agreements/{agreementId}", Permission::manage_association,
              [&deps, to_json](Context& c) {
                const auto id = *path_id(c, "id");
                auto agreement_id = path_id(c, "agreementId");
                if (!agreement_id) return problem(404, "not_found");
                RequestBody body(c.request);
                auto& in = body.in();
                auto a = read_agreement(in);
                auto version = in.integer("version");
                if (auto refused = body.refusal()) return *refused;
                a.association_id = id;
                a.id = *agreement_id;
                auto saved = deps.agreements.update(c.actor(), a, *version);
                return reply_or_current(saved, to_json(id), [&] {
                  auto current = deps.agreements.get(id, *agreement_id);
                  return current ? to_json(id)(*current) : nlohmann::json(nullptr);
                });
              }});
}

}  // namespace samordna::http
