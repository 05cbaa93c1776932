// Users and role assignments in a förbund, managed by its administrator.
#include "access/http/handler_support.hpp"
#include "access/http/routes.hpp"

namespace samordna::http {
namespace {

nlohmann::json assignment_json(const core::RoleAssignment& a) {
  return {{"id", a.id},
          {"userId", a.user_id},
          {"associationId", a.association_id},
          {"role", core::to_string(a.role)},
          {"organisationMemberId", a.organisation_member_id ? nlohmann::json(*a.organisation_member_id) : nullptr},
          {"validFrom", a.valid_from.iso()},
          {"validTo", a.valid_to ? nlohmann::json(a.valid_to->iso()) : nullptr},
          {"needsConfirmation", core::needs_confirmation(a.role)},
          {"pending", core::pending_confirmation(a)},
          {"confirmedAt", a.confirmed_at ? nlohmann::json(*a.confirmed_at) : nullptr},
          {"confirmedForPartyIds", a.confirmed_for}};
}

nlohmann::json pending_json(const core::PendingAssignment& p) {
  auto out = assignment_json(p.assignment);
  out["username"] = p.username;
  out["displayName"] = p.display_name;
  out["requestedBy"] = p.requested_by_name.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.requested_by_name);
  out["awaitingPartyId"] = p.awaiting_party;
  return out;
}

nlohmann::json user_json(const core::UserView& v) {
  auto assignments = nlohmann::json::array();
  for (const auto& a : v.assignments) assignments.push_back(assignment_json(a));
  return {{"id", v.user.id},
          {"username", v.user.username},
          {"displayName", v.user.display_name},
          {"disabled", v.user.disabled},
          {"awaitingPassword", v.user.password_hash.empty()},  // invited, the link not used yet
          {"assignments", assignments}};
}

// Reads role, validFrom, validTo and organisationMemberId into an assignment in the förbund.
core::RoleAssignment read_assignment(BodyReader& in, std::int64_t association_id, core::CivilDate today) {
  core::RoleAssignment a;
  a.association_id = association_id;
  auto role = core::parse_role(in.text("role"));
  if (!role && in.find("role")) in.errors().add("role", "invalid");
  a.role = role.value_or(core::Role::remittent);
  a.valid_from = in.date("validFrom", false).value_or(today);
  a.valid_to = in.date("validTo", false);
  a.organisation_member_id = in.integer("organisationMemberId", false);
  return a;
}

}  // namespace

void register_user_routes(Router& router, AccessRoutes& deps) {
  router.add({"GET", "/api/v1/associations/{id}/users", Permission::manage_users, [&deps](Context& c) {
                auto items = nlohmann::json::array();
                for (const auto& v : deps.user_admin.users_in(*path_id(c, "id"))) items.push_back(user_json(v));
                return json_response({{"items", items}});
              }});
  router.add(
      {"POST", "/api/v1/associations/{id}/users", Permission::manage_users, [&deps](Context& c) {
         RequestBody body(c.request);
         auto& in = body.in();
         core::NewUser n{in.text("username", false), in.text("displayName", false), {}};
         n.assignment = read_assignment(in, *path_id(c, "id"), deps.clock.today());
         // Nobody but the user knows their password: it is set through the invitation.
         if (in.find("password")) in.errors().add("password", "not_allowed");
         if (auto refused = body.refusal()) return *refused;
         return reply(
             deps.invitations.create_user(c.actor(), n),
             [](const core::CreatedUser& created) {
               auto out = user_json(created.view);
               out["invitation"] = {{"token", created.invitation.token}, {"expiresAt", created.invitation.expires_at}};
               return out;
             },
             201);
       }});
  router.add({"POST", "/api/v1/associations/{id}/assignments", Permission::manage_users, [&deps](Context& c) {
                RequestBody body(c.request);
                auto& in = body.in();
                auto a = read_assignment(in, *path_id(c, "id"), deps.clock.today());
                a.user_id = in.integer("userId").value_or(0);
                if (auto refused = body.refusal()) return *refused;
                return reply(deps.user_admin.assign(c.actor(), a), assignment_json, 201);
              }});
  router.add(
      {"DELETE", "/api/v1/associations/{id}/assignments/{assignmentId}", Permission::manage_users, [&deps](Context& c) {
         auto assignment = path_id(c, "assignmentId");
         if (!assignment) return problem(404, "not_found");
         auto done = deps.user_admin.unassign(c.actor(), *path_id(c, "id"), *assignment);
         if (!done) return problem(done.error());
         return Response{204, "", "", {}};
       }});
  // The controller's side: personal-data roles waiting for confirmation, and confirming one.
  router.add({"GET", "/api/v1/associations/{id}/assignments/pending", Permission::confirm_roles, [&deps](Context& c) {
                auto items = nlohmann::json::array();
                for (const auto& p : deps.user_admin.pending_for(c.actor(), *path_id(c, "id"), deps.staffing)) {
                  items.push_back(pending_json(p));
                }
                return json_response({{"items", items}});
              }});
  router.add({"POST", "/api/v1/associations/{id}/assignments/{assignmentId}/confirmation", Permission::confirm_roles,
              [&deps](Context& c) {
                auto assignment = path_id(c, "assignmentId");
                if (!assignment) return problem(404, "not_found");
                return reply(deps.user_admin.confirm(c.actor(), *path_id(c, "id"), *assignment), assignment_json);
              }});
  router.add(
      {"PUT", "/api/v1/associations/{id}/users/{userId}/disabled", Permission::manage_users, [&deps](Context& c) {
         auto user = path_id(c, "userId");
         if (!user) return problem(404, "not_found");
         RequestBody body(c.request);
         const auto disabled = body.in().boolean("disabled", true);
         if (auto refused = body.refusal()) return *refused;
         auto done = deps.user_admin.set_disabled(c.actor(), *path_id(c, "id"), *user, *disabled);
         if (!done) return problem(done.error());
         return json_response({{"disabled", *disabled}});
       }});
}

}  // namespace samordna::http
