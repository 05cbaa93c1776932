// The caseload (ärendelista): GET …/caseload, the ongoing participations of the caller's insatser, and with
// dueWithinDays only what is due soon; GET …/caseload/summary, the start page's counts with no person in them.
#include <algorithm>

#include "access/http/handler_support.hpp"
#include "access/http/scope.hpp"
#include "participants/http/participant_json.hpp"
#include "participants/http/routes.hpp"
#include "platform/http/json/json_values.hpp"

namespace samordna::http {
namespace {

std::optional<std::string> query(const Context& c, const char* name) {
  auto it = c.request.query.find(name);
  if (it == c.request.query.end()) return std::nullopt;
  return it->second;
}

nlohmann::json caseload_entry_json(const core::CaseloadEntry& e) {
  const auto& p = e.participation;
  return {
      {"participationId", p.id},
      {"insatsId", p.insats_id},
      {"personId", p.person_id ? nlohmann::json(*p.person_id) : nlohmann::json(nullptr)},
      {"name", e.name.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.name)},
      {"maskedPersonnummer",
       e.masked_personnummer.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.masked_personnummer)},
      {"gender", core::to_string(p.gender)},
      {"startedOn", p.started_on.iso()},
      {"daysInInsats", e.days_in_insats},
      {"nextFollowUpOn", date_or_null(e.next_follow_up_on)},
      {"nextActionDueOn", date_or_null(e.next_action_due_on)},
      {"overdue", e.overdue},
      {"responsibleUserId", p.responsible_user_id ? nlohmann::json(*p.responsible_user_id) : nlohmann::json(nullptr)},
      {"version", p.version}};
}

}  // namespace

void register_caseload_routes(Router& router, ParticipantRoutes& deps) {
  router.add({"GET", "/api/v1/associations/{id}/caseload", Permission::view_personal, [&deps](Context& c) {
                const auto association = *path_id(c, "id");
                core::FieldErrors errors;
                core::CaseloadQuery q;
                if (auto insats = query(c, "insatsId")) {
                  q.insats_id = positive_integer(*insats);
                  if (!q.insats_id) errors.add("insatsId", "invalid");
                }
                if (auto days = query(c, "dueWithinDays")) {
                  // 0 is a window too (overdue only); positive_integer refuses it, so "0" is taken here.
                  auto n = *days == "0" ? std::optional<std::int64_t>(0) : positive_integer(*days);
                  if (!n) {
                    errors.add("dueWithinDays", "invalid");
                  } else {
                    q.due_within_days = int(std::min<std::int64_t>(*n, 366));
                  }
                }
                if (auto mine = query(c, "mine")) {
                  if (*mine != "true" && *mine != "false") errors.add("mine", "invalid");
                  q.mine = *mine == "true";
                }
                if (!errors.empty()) return problem(errors.error());
                auto found =
                    deps.caseload.caseload(c.actor(), personal_scope_of(c, deps.scope, association), association, q);
                return reply(found, [](const std::vector<core::CaseloadEntry>& entries) {
                  auto items = nlohmann::json::array();
                  for (const auto& e : entries) items.push_back(caseload_entry_json(e));
                  return nlohmann::json{{"items", items}};
                });
              }});
  router.add(
      {"GET", "/api/v1/associations/{id}/caseload/summary", Permission::view_personal, [&deps](Context& c) {
         const auto association = *path_id(c, "id");
         auto items = nlohmann::json::array();
         for (const auto& n : deps.caseload.summary(personal_scope_of(c, deps.scope, association), association)) {
           items.push_back(
               {{"insatsId", n.insats_id}, {"ongoing", n.ongoing}, {"overdue", n.overdue}, {"dueSoon", n.due_soon}});
         }
         return json_response({{"items", items}, {"dueSoonDays", core::kDueSoonDays}});
       }});
  // Who may be made responsible for a participant of the insats: its staff who see its participants (not the
  // disabled). Only for an insats in the caller's own personal scope.
  router.add({"GET", "/api/v1/associations/{id}/insatser/{insatsId}/responsible-candidates", Permission::view_personal,
              [&deps](Context& c) {
                const auto association = *path_id(c, "id");
                const auto insats = path_id(c, "insatsId");
                if (!insats || !personal_scope_of(c, deps.scope, association).covers_insats(*insats)) {
                  return problem(404, "not_found");
                }
                auto staff = deps.insatser.staff_of(association, *insats);
                if (!staff) return problem(staff.error());
                std::vector<std::pair<std::string, std::int64_t>> found;
                for (const auto& u : deps.user_admin.users_in(association)) {
                  if (u.user.disabled ||
                      std::find(staff->user_ids.begin(), staff->user_ids.end(), u.user.id) == staff->user_ids.end())
                    continue;
                  if (personal_scope_of_user(deps.scope, u.user, association).covers_insats(*insats)) {
                    found.emplace_back(u.user.display_name, u.user.id);
                  }
                }
                std::sort(found.begin(), found.end());
                auto items = nlohmann::json::array();
                for (const auto& [name, id] : found) items.push_back({{"userId", id}, {"displayName", name}});
                return json_response({{"items", items}});
              }});
}

}  // namespace samordna::http
