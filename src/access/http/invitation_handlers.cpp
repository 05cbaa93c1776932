// Invitations: an administrator's new link for a user of the förbund, and the new user's side (who the link
// is for; set the password). The token travels only in request bodies, never in a URL the server sees.
#include "access/http/handler_support.hpp"
#include "access/http/routes.hpp"

namespace samordna::http {
namespace {

nlohmann::json issued_json(const core::IssuedInvitation& i) {
  return {{"token", i.token}, {"expiresAt", i.expires_at}};
}

// The token (and optionally the password) of a public request; wrong types are field errors.
struct TokenBody {
  std::string token;
  std::string password;
};

core::Result<TokenBody> read_token_body(const Request& request, bool with_password) {
  auto body = json_object_body(request);
  if (!body) return core::unexpected(core::Error::of(core::ErrorKind::invalid_input, body.error().code));
  core::FieldErrors errors;
  BodyReader in(*body, errors);
  TokenBody out{in.text("token"), with_password ? in.text("password") : std::string()};
  if (!errors.empty()) return core::unexpected(errors.error());
  return out;
}

}  // namespace

void register_invitation_routes(Router& router, AccessRoutes& deps) {
  router.add(
      {"POST", "/api/v1/associations/{id}/users/{userId}/invitation", Permission::manage_users, [&deps](Context& c) {
         auto user = path_id(c, "userId");
         if (!user) return problem(404, "not_found");
         return reply(deps.invitations.invite(c.actor(), *path_id(c, "id"), *user), issued_json, 201);
       }});
  router.add({"POST", "/api/v1/invitations/lookup", Permission::public_access, [&deps](Context& c) {
                auto in = read_token_body(c.request, false);
                if (!in) return in.error().fields.empty() ? problem(400, in.error().code) : problem(in.error());
                return reply(deps.invitations.look_up(in->token), [](const core::InvitationInfo& i) {
                  return nlohmann::json{
                      {"username", i.username}, {"displayName", i.display_name}, {"expiresAt", i.expires_at}};
                });
              }});
  router.add({"POST", "/api/v1/invitations/acceptance", Permission::public_access, [&deps](Context& c) {
                auto in = read_token_body(c.request, true);
                if (!in) return in.error().fields.empty() ? problem(400, in.error().code) : problem(in.error());
                auto done = deps.invitations.accept(in->token, in->password, c.request.client_address);
                if (!done) return problem(done.error());
                return Response{204, "", "", {}};
              }});
}

}  // namespace samordna::http
