// Associations (samordningsförbund) and their members: list, read, create (alone, or set up with its members and
// first charter), update, add a member.
#include <algorithm>

#include "access/http/handler_support.hpp"
#include "membership/http/membership_json.hpp"
#include "membership/http/routes.hpp"

namespace samordna::http {
namespace {

// The settings a request leaves out keep their value in `base`: the defaults for a new förbund, the stored ones for
// an edit (an edit of the name alone must not reset the retention years or the disclosure threshold).
core::Association read_association(BodyReader& in, const core::Association& base = {}) {
  core::Association a = base;
  a.name = in.text("name");
  a.org_number = in.text("orgNumber");
  a.seat = in.text("seat");
  a.formed_on = in.date("formedOn").value_or(core::CivilDate());
  a.equity_limit_bp = in.integer("equityLimitBp", false).value_or(base.equity_limit_bp);
  a.retention_years = int(in.integer("retentionYears", false).value_or(base.retention_years));
  a.disclosure_threshold = int(
      std::clamp<std::int64_t>(in.integer("disclosureThreshold", false).value_or(base.disclosure_threshold), -1, 1000));
  return a;
}

core::SetupParty read_party(BodyReader& in) { return {in.text("code"), in.text("name")}; }

core::AssociationSetup read_setup(BodyReader& in) {
  core::AssociationSetup s;
  s.association = read_association(in);
  auto region = in.object("region");
  s.region = read_party(region);
  if (const auto* kommuner = in.array("kommuner")) {
    for (std::size_t i = 0; i < kommuner->size(); ++i) {
      BodyReader kommun((*kommuner)[i], in.errors(), in.field("kommuner." + std::to_string(i) + "."));
      if (!(*kommuner)[i].is_object()) in.errors().add(in.field("kommuner." + std::to_string(i)), "invalid");
      s.kommuner.push_back(read_party(kommun));
    }
  }
  s.notice_years = int(in.integer("noticeYears", false).value_or(3));
  if (auto kind = in.text("splitKey", false); !kind.empty()) {
    auto parsed = core::parse_split_key_kind(kind);
    if (!parsed) in.errors().add("splitKey", "invalid");
    s.split_key = parsed.value_or(core::SplitKeyKind::population);
  }
  s.reference_year = int(in.integer("referenceYear", false).value_or(0));
  return s;
}

}  // namespace

void register_association_routes(Router& router, MembershipRoutes& deps) {
  auto to_json = [&deps](const core::Association& a) {
    return association_json(a, deps.membership.members(a.id), deps.clock.today());
  };
  router.add({"GET", "/api/v1/associations", Permission::authenticated, [&deps, to_json](Context& c) {
                auto items = nlohmann::json::array();
                for (const auto& a : deps.membership.associations()) {
                  if (c.access.sees(a.id)) items.push_back(to_json(a));
                }
                return json_response({{"items", items}});
              }});
  router.add({"POST", "/api/v1/associations", Permission::create_association, [&deps, to_json](Context& c) {
                RequestBody body(c.request);
                auto& in = body.in();
                auto a = read_association(in);
                if (auto refused = body.refusal()) return *refused;
                return reply(deps.membership.create_association(c.actor(), a), to_json, 201);
              }});
  // A förbund with its members by law and its first charter, all or nothing (the superuser's Förbund page).
  router.add({"POST", "/api/v1/association-setups", Permission::create_association, [&deps, to_json](Context& c) {
                RequestBody body(c.request);
                auto& in = body.in();
                auto setup = read_setup(in);
                if (auto refused = body.refusal()) return *refused;
                return reply(deps.membership.set_up(c.actor(), setup), to_json, 201);
              }});
  router.add({"GET", "/api/v1/associations/{id}", Permission::view_association, [&deps, to_json](Context& c) {
                auto id = path_id(c, "id");
                auto a = id ? deps.membership.association(*id) : std::nullopt;
                if (!a) return problem(404, "not_found");
                return json_response(to_json(*a));
              }});
  router.add({"PUT", "/api/v1/associations/{id}", Permission::manage_association, [&deps, to_json](Context& c) {
                auto id = path_id(c, "id");
                auto stored = id ? deps.membership.association(*id) : std::nullopt;
                if (!stored) return problem(404, "not_found");
                RequestBody body(c.request);
                auto& in = body.in();
                auto a = read_association(in, *stored);
                auto version = in.integer("version");
                if (auto refused = body.refusal()) return *refused;
                a.id = *id;
                auto saved = deps.membership.update_association(c.actor(), a, *version);
                return reply_or_current(saved, to_json, [&] { return to_json(*deps.membership.association(*id)); });
              }});
  router.add({"GET", "/api/v1/associations/{id}/members", Permission::view_association, [&deps](Context& c) {
                auto id = path_id(c, "id");
                if (!id) return problem(404, "not_found");  // the router answers 404 for a förbund that does not exist
                return written_json_response(deps.members->text(*id, deps.clock.today()));
              }});
  router.add({"POST", "/api/v1/associations/{id}/members", Permission::manage_association, [&deps](Context& c) {
                auto id = path_id(c, "id");
                if (!id) return problem(404, "not_found");  // the router answers 404 for a förbund that does not exist
                RequestBody body(c.request);
                auto& in = body.in();
                core::Member m;
                m.association_id = *id;
                m.name = in.text("name");
                auto kind = core::parse_party_kind(in.text("partyKind"));
                if (!kind && in.find("partyKind")) in.errors().add("partyKind", "invalid");
                m.kind = kind.value_or(core::PartyKind::kommun);
                m.area_code = in.text("code", false);
                m.joined_on = in.date("joinedOn").value_or(core::CivilDate());
                if (auto refused = body.refusal()) return *refused;
                return reply(
                    deps.membership.add_member(c.actor(), m),
                    [&](const core::Member& saved) { return member_json(saved, deps.clock.today()); }, 201);
              }});
}

}  // namespace samordna::http
