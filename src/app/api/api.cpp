#include "app/api/api.hpp"

#include <span>

#include "platform/embedded_file.hpp"
#include "platform/http/json/json_body.hpp"

namespace samordna::http {
namespace openapi_files {
std::span<const EmbeddedFile> embedded_files();
}

std::string_view openapi_document() { return openapi_files::embedded_files().front().content; }

ApiDeps api_deps(app::Installation& inst, const core::Clock& clock, bool secure_cookies, std::string version) {
  ScopeSources scope{inst.insatser, inst.access, clock};
  return ApiDeps{
      AccessRoutes{inst.auth, inst.user_admin, inst.invitation_service, inst.insatser, inst.audit, clock,
                   secure_cookies},
      MembershipRoutes{inst.membership, inst.agreement_service, clock,
                       std::make_shared<MembersAnswers>(inst.membership, inst.members_version())},
      FinanceRoutes{inst.membership, inst.finance, clock},
      ParticipantRoutes{inst.insats_service, inst.referral_service, inst.participant_service, inst.caseload,
                        inst.user_admin, scope,
                        std::make_shared<InsatserAnswers>(inst.insats_service, inst.insatser_version())},
      PrivacyRoutes{inst.membership, inst.agreement_service, inst.data_subjects, inst.participation_exports, scope},
      FollowUpRoutes{inst.membership, inst.audit, inst.finsam, inst.follow_up, inst.statistics, inst.member_value},
      HistoryImportRoutes{inst.participation_imports, inst.insats_imports, inst.budget_imports, scope},
      std::move(version)};
}

void register_routes(Router& router, ApiDeps& deps) {
  router.add({"GET", "/api/v1/health", Permission::public_access, [&deps](Context&) {
                return json_response({{"status", "ok"}, {"version", deps.version}});
              }});
  router.add({"GET", "/api/v1/openapi.json", Permission::public_access, [](Context&) {
                return Response{200, "application/json", std::string(openapi_document()), {}};
              }});
  register_session_routes(router, deps.access);
  register_association_routes(router, deps.membership);
  register_member_routes(router, deps.membership);
  register_charter_routes(router, deps.membership);
  register_budget_routes(router, deps.finance);
  register_equity_routes(router, deps.finance);
  register_allocation_routes(router, deps.finance);
  register_withdrawal_routes(router, deps.finance);
  register_user_routes(router, deps.access);
  register_invitation_routes(router, deps.access);
  register_data_subject_routes(router, deps.privacy);
  register_audit_routes(router, deps.access);
  register_processing_agreement_routes(router, deps.membership);
  register_insats_routes(router, deps.participants);
  register_referral_routes(router, deps.participants);
  register_participant_routes(router, deps.participants);
  register_caseload_routes(router, deps.participants);
  register_statistics_routes(router, deps.follow_up);
  register_report_routes(router, deps.follow_up);
  register_finsam_routes(router, deps.follow_up);
  register_participation_export_routes(router, deps.privacy);
  register_history_import_routes(router, deps.history_import);
}

}  // namespace samordna::http
