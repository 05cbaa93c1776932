// POST/GET/DELETE /api/v1/session: login, who am I, logout.
#include "http/api.hpp"
#include "http/json_body.hpp"
#include "http/problem.hpp"
#include "http/session_cookie.hpp"

namespace samordna::http {
namespace {

nlohmann::json session_json(const core::User& user, const std::string& csrf) {
  return {{"user",
           {{"id", user.id}, {"username", user.username}, {"displayName", user.display_name}, {"roles", user.roles}}},
          {"csrfToken", csrf}};
}

std::string string_field(const nlohmann::json& body, const char* name) {
  auto it = body.find(name);
  return it != body.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

void register_session_routes(Router& router, ApiDeps& deps) {
  router.add({"POST", "/api/v1/session", Permission::public_access, [&deps](Context& c) {
                auto body = json_object_body(c.request);
                if (!body) return problem(400, body.error().code);
                auto login = deps.auth.login(string_field(*body, "username"), string_field(*body, "password"));
                if (!login) return problem(login.error());
                Response r = json_response(session_json(login->user, login->csrf_token));
                r.headers.emplace_back("Set-Cookie", session_cookie(login->token, deps.secure_cookies));
                return r;
              }});
  router.add({"GET", "/api/v1/session", Permission::authenticated,
              [](Context& c) { return json_response(session_json(c.auth->user, c.auth->session.csrf_token)); }});
  router.add({"DELETE", "/api/v1/session", Permission::authenticated, [&deps](Context& c) {
                deps.auth.logout(c.request.cookie(kSessionCookie));
                Response r{204, "", "", {{"Set-Cookie", expired_session_cookie(deps.secure_cookies)}}};
                return r;
              }});
}

}  // namespace samordna::http
