// The session: log in, who am I (with roles and permissions per förbund), log out, log out everywhere,
// change password.
#include "access/http/handler_support.hpp"
#include "access/http/routes.hpp"
#include "access/http/session_cookie.hpp"

namespace samordna::http {
namespace {

nlohmann::json session_json(AccessRoutes& deps, const core::User& user, const std::string& csrf) {
  auto assignments = deps.user_admin.assignments_of(user.id);
  auto access = core::access_for(user, assignments, deps.clock.today());
  auto associations = nlohmann::json::array();
  for (const auto& [association_id, roles] : access.roles) {
    auto role_names = nlohmann::json::array();
    for (auto r : roles) role_names.push_back(core::to_string(r));
    auto permissions = nlohmann::json::array();
    for (auto p : access.permissions_in(association_id)) permissions.push_back(core::to_string(p));
    associations.push_back({{"id", association_id}, {"roles", role_names}, {"permissions", permissions}});
  }
  auto all = nlohmann::json::array();
  if (access.superuser) {
    for (auto p : core::all_permissions()) {
      if (!core::is_personal(p)) all.push_back(core::to_string(p));  // a superuser has no personal data
    }
  }
  return {{"user",
           {{"id", user.id},
            {"username", user.username},
            {"displayName", user.display_name},
            {"roles", user.roles},
            {"superuser", access.superuser}}},
          {"associations", associations},
          {"superuserPermissions", all},
          {"csrfToken", csrf}};
}

std::string string_field(const nlohmann::json& body, const char* name) {
  auto it = body.find(name);
  return it != body.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Response with_new_session(AccessRoutes& deps, const core::LoginResult& login) {
  Response r = json_response(session_json(deps, login.user, login.csrf_token));
  r.headers.emplace_back("Set-Cookie", session_cookie(login.token, deps.secure_cookies));
  return r;
}

}  // namespace

bool hashes_password(std::string_view method, std::string_view path) {
  return (method == "POST" && (path == "/api/v1/session" || path == "/api/v1/invitations/acceptance")) ||
         (method == "PUT" && path == "/api/v1/session/password");
}

void register_session_routes(Router& router, AccessRoutes& deps) {
  router.add({"POST", "/api/v1/session", Permission::public_access, [&deps](Context& c) {
                auto body = json_object_body(c.request);
                if (!body) return problem(400, body.error().code);
                auto login = deps.auth.login(string_field(*body, "username"), string_field(*body, "password"),
                                             c.request.client_address);
                if (!login) {
                  Response r = problem(login.error());
                  if (login.error().code == "too_many_attempts") r.headers.emplace_back("Retry-After", "60");
                  return r;
                }
                return with_new_session(deps, *login);
              }});
  router.add({"GET", "/api/v1/session", Permission::authenticated, [&deps](Context& c) {
                return json_response(session_json(deps, c.auth->user, c.auth->session.csrf_token));
              }});
  // The session the cookie holds, if any: 204 where GET /api/v1/session says 401, so that the web app's first
  // request for a signed-out visitor is not refused (a browser logs every refused request as an error). A cookie
  // that no longer holds a session is ended.
  router.add({"GET", "/api/v1/session/current", Permission::public_access, [&deps](Context& c) {
                const auto token = c.request.cookie(kSessionCookie);
                if (token.empty()) return Response{204, "", "", {}};
                auto authenticated = deps.auth.authenticate(token);
                if (!authenticated) {
                  return Response{204, "", "", {{"Set-Cookie", expired_session_cookie(deps.secure_cookies)}}};
                }
                return json_response(session_json(deps, authenticated->user, authenticated->session.csrf_token));
              }});
  router.add({"DELETE", "/api/v1/session", Permission::authenticated, [&deps](Context& c) {
                deps.auth.logout(c.request.cookie(kSessionCookie), c.actor());
                return Response{204, "", "", {{"Set-Cookie", expired_session_cookie(deps.secure_cookies)}}};
              }});
  router.add({"DELETE", "/api/v1/sessions", Permission::authenticated, [&deps](Context& c) {
                deps.auth.logout_everywhere(c.actor());
                return Response{204, "", "", {{"Set-Cookie", expired_session_cookie(deps.secure_cookies)}}};
              }});
  router.add({"PUT", "/api/v1/session/password", Permission::authenticated, [&deps](Context& c) {
                auto body = json_object_body(c.request);
                if (!body) return problem(400, body.error().code);
                auto changed = deps.auth.change_password(c.auth->user, string_field(*body, "currentPassword"),
                                                         string_field(*body, "password"), c.actor());
                if (!changed) return problem(changed.error());
                return with_new_session(deps, *changed);
              }});
}

}  // namespace samordna::http
