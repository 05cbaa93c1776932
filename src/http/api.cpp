#include "http/api.hpp"

#include <span>

#include "embedded_file.hpp"
#include "http/json_body.hpp"

namespace samordna::http {
namespace openapi_files {
std::span<const EmbeddedFile> embedded_files();
}

void register_session_routes(Router& router, ApiDeps& deps);
void register_association_routes(Router& router, ApiDeps& deps);
void register_member_routes(Router& router, ApiDeps& deps);
void register_charter_routes(Router& router, ApiDeps& deps);
void register_budget_routes(Router& router, ApiDeps& deps);
void register_equity_routes(Router& router, ApiDeps& deps);
void register_allocation_routes(Router& router, ApiDeps& deps);
void register_user_routes(Router& router, ApiDeps& deps);
void register_invitation_routes(Router& router, ApiDeps& deps);
void register_data_subject_routes(Router& router, ApiDeps& deps);
void register_audit_routes(Router& router, ApiDeps& deps);
void register_insats_routes(Router& router, ApiDeps& deps);
void register_referral_routes(Router& router, ApiDeps& deps);
void register_participant_routes(Router& router, ApiDeps& deps);
void register_statistics_routes(Router& router, ApiDeps& deps);
void register_report_routes(Router& router, ApiDeps& deps);
void register_finsam_routes(Router& router, ApiDeps& deps);
void register_participation_export_routes(Router& router, ApiDeps& deps);
void register_processing_agreement_routes(Router& router, ApiDeps& deps);

std::string_view openapi_document() { return openapi_files::embedded_files().front().content; }

void register_routes(Router& router, ApiDeps& deps) {
  router.add({"GET", "/api/v1/health", Permission::public_access, [&deps](Context&) {
                return json_response({{"status", "ok"}, {"version", deps.version}});
              }});
  router.add({"GET", "/api/v1/openapi.json", Permission::public_access, [](Context&) {
                return Response{200, "application/json", std::string(openapi_document()), {}};
              }});
  register_session_routes(router, deps);
  register_association_routes(router, deps);
  register_member_routes(router, deps);
  register_charter_routes(router, deps);
  register_budget_routes(router, deps);
  register_equity_routes(router, deps);
  register_allocation_routes(router, deps);
  register_user_routes(router, deps);
  register_invitation_routes(router, deps);
  register_data_subject_routes(router, deps);
  register_audit_routes(router, deps);
  register_processing_agreement_routes(router, deps);
  register_insats_routes(router, deps);
  register_referral_routes(router, deps);
  register_participant_routes(router, deps);
  register_statistics_routes(router, deps);
  register_report_routes(router, deps);
  register_finsam_routes(router, deps);
  register_participation_export_routes(router, deps);
}

core::PersonalScope personal_scope_of(const Context& c, ApiDeps& deps, std::int64_t association_id) {
  const auto user = c.auth->user.id;
  return core::personal_scope(c.access, association_id, user, deps.insats_repository.staffed_with_lead(user),
                              deps.assignments.assignments_of_user(user), deps.clock.today());
}

std::optional<std::int64_t> only_staffed(const Context& c, std::int64_t association_id) {
  if (c.access.superuser) return std::nullopt;
  auto it = c.access.roles.find(association_id);
  if (it != c.access.roles.end() && it->second.count(core::Role::administrator)) return std::nullopt;
  return c.auth->user.id;
}

}  // namespace samordna::http
