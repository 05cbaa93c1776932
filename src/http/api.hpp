#pragma once
// The API's route table: which handler serves which path, and what permission each needs.
#include <string>

#include "core/access_ports.hpp"
#include "core/auth.hpp"
#include "core/data_subject_service.hpp"
#include "core/finance_service.hpp"
#include "core/finsam_figures.hpp"
#include "core/follow_up_report.hpp"
#include "core/insats_service.hpp"
#include "core/invitation_service.hpp"
#include "core/member_value.hpp"
#include "core/membership_service.hpp"
#include "core/participant_service.hpp"
#include "core/participation_export.hpp"
#include "core/ports.hpp"
#include "core/processing_agreement_service.hpp"
#include "core/referral_service.hpp"
#include "core/statistics_service.hpp"
#include "core/user_admin_service.hpp"
#include "http/router.hpp"

namespace samordna::http {

struct ApiDeps {
  core::AuthService& auth;
  core::AssociationRepository& associations;
  core::CharterRepository& charters;
  core::MembershipService& membership;
  core::FinanceService& finance;
  core::UserAdminService& user_admin;
  core::InvitationService& invitations;
  core::RoleAssignmentRepository& assignments;
  core::AuditTrail& audit;
  core::AuditRepository& audit_events;
  core::InsatsService& insatser;
  core::ReferralService& referrals;
  core::ParticipantService& participants;
  core::InsatsRepository& insats_repository;
  core::StatisticsService& statistics;
  core::MemberValueService& member_value;
  core::FinsamService& finsam;
  core::FollowUpReportService& follow_up;
  core::ParticipationExportRepository& participation_export;
  core::ProcessingAgreementService& agreements;
  core::DataSubjectService& data_subjects;
  const core::Clock& clock;
  bool secure_cookies = true;
  std::string version;
};

void register_routes(Router& router, ApiDeps& deps);
// The participants, referrals and plans the caller may see in the förbund of the request (one place).
core::PersonalScope personal_scope_of(const Context& c, ApiDeps& deps, std::int64_t association_id);
// For an insatsansvarig without a wider role: their user id (they may change only the insatser they work in).
std::optional<std::int64_t> only_staffed(const Context& c, std::int64_t association_id);
// The OpenAPI 3 document describing every route (compiled in from openapi.json).
std::string_view openapi_document();

}  // namespace samordna::http
