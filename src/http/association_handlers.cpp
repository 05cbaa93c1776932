// GET /api/v1/associations, /api/v1/associations/{id}, /api/v1/associations/{id}/members.
#include <charconv>

#include "http/api.hpp"
#include "http/json_body.hpp"
#include "http/problem.hpp"

namespace samordna::http {
namespace {

std::optional<std::int64_t> id_param(const Context& c) {
  const std::string& text = c.params.at("id");
  std::int64_t id = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || ptr != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

nlohmann::json association_json(const core::Association& a) {
  return {
      {"id", a.id}, {"name", a.name}, {"orgNumber", a.org_number}, {"seat", a.seat}, {"formedOn", a.formed_on.iso()}};
}

nlohmann::json member_json(const core::Member& m, core::CivilDate today) {
  return {{"id", m.id},
          {"name", m.name},
          {"partyKind", core::to_string(m.kind)},
          {"code", m.area_code.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.area_code)},
          {"joinedOn", m.joined_on.iso()},
          {"noticeGivenOn", m.notice_given_on ? nlohmann::json(m.notice_given_on->iso()) : nlohmann::json(nullptr)},
          {"leftOn", m.left_on ? nlohmann::json(m.left_on->iso()) : nlohmann::json(nullptr)},
          {"status", core::to_string(core::member_status(m, today))}};
}

}  // namespace

void register_association_routes(Router& router, ApiDeps& deps) {
  router.add({"GET", "/api/v1/associations", Permission::authenticated, [&deps](Context&) {
                auto items = nlohmann::json::array();
                for (const auto& a : deps.associations.list_associations()) items.push_back(association_json(a));
                return json_response({{"items", items}});
              }});
  router.add({"GET", "/api/v1/associations/{id}", Permission::authenticated, [&deps](Context& c) {
                auto id = id_param(c);
                auto a = id ? deps.associations.find_association(*id) : std::nullopt;
                if (!a) return problem(404, "not_found");
                return json_response(association_json(*a));
              }});
  router.add({"GET", "/api/v1/associations/{id}/members", Permission::authenticated, [&deps](Context& c) {
                auto id = id_param(c);
                if (!id || !deps.associations.find_association(*id)) return problem(404, "not_found");
                auto items = nlohmann::json::array();
                auto today = deps.clock.today();
                for (const auto& m : deps.associations.list_members(*id)) items.push_back(member_json(m, today));
                return json_response({{"items", items}});
              }});
}

}  // namespace samordna::http
