#pragma once
// One installation's parts wired together over a database: the stores, the security implementations, the
// audit trail keyed from the key file, and the use-case services. Used by the server, the demo and the CLI,
// so they are wired the same way everywhere.
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
#include "core/processing_agreement_service.hpp"
#include "core/referral_service.hpp"
#include "core/retention_service.hpp"
#include "core/statistics_service.hpp"
#include "core/user_admin_service.hpp"
#include "security/keyring.hpp"
#include "security/sodium_record_keys.hpp"
#include "security/sodium_secrets.hpp"
#include "security/sodium_vault.hpp"
#include "storage/access_store.hpp"
#include "storage/association_store.hpp"
#include "storage/audit_store.hpp"
#include "storage/budget_store.hpp"
#include "storage/charter_store.hpp"
#include "storage/insats_store.hpp"
#include "storage/invitation_store.hpp"
#include "storage/participation_export_store.hpp"
#include "storage/participation_store.hpp"
#include "storage/processing_agreement_store.hpp"
#include "storage/referral_store.hpp"
#include "storage/statistics_store.hpp"
#include "storage/user_store.hpp"

namespace samordna::app {

struct Installation {
  Installation(storage::Database& db, const security::Keyring& keys, const core::Clock& clock,
               core::ThrottlePolicy throttle_policy = {});

  const core::Clock& clock;
  storage::UserStore users;
  storage::AssociationStore associations;
  storage::CharterStore charters;
  storage::BudgetStore budgets;
  storage::AccessStore access;
  storage::AuditStore audit_events;
  storage::InsatsStore insatser;
  storage::ReferralStore referrals;  // and persons
  storage::ParticipationStore participations;
  storage::StatisticsStore statistics_store;
  storage::ParticipationExportStore participation_export;
  storage::ProcessingAgreementStore agreements;
  storage::InvitationStore invitations;
  security::Argon2PasswordHasher hasher;
  security::SodiumSecrets secrets;
  security::SodiumVault vault;
  security::SodiumRecordKeys record_keys;
  core::AuditTrail audit;
  core::LoginThrottle throttle;
  core::AuthService auth;
  core::MembershipService membership;
  core::FinanceService finance;
  core::UserAdminService user_admin;
  core::InvitationService invitation_service;
  core::ProcessingAgreementService agreement_service;
  core::InsatsService insats_service;
  core::ReferralService referral_service;
  core::ParticipantService participant_service;
  core::RetentionService retention;
  core::DataSubjectService data_subjects;
  core::StatisticsService statistics;
  core::MemberValueService member_value;
  core::FinsamService finsam;
  core::FollowUpReportService follow_up;

  // The förbund a member belongs to, for routes scoped by member.
  std::optional<std::int64_t> member_association(std::int64_t member_id);
};

// The audit chain's digest: keyed BLAKE2b with the installation's audit key.
core::DigestFn audit_digest(const security::Keyring& keys);

}  // namespace samordna::app
