#pragma once
// One installation's parts wired together over a database: the stores, the security implementations, the
// audit trail keyed from the key file, and the use-case services. Used by the server, the demo and the CLI,
// so they are wired the same way everywhere.
#include "access/auth_service.hpp"
#include "access/invitation_service.hpp"
#include "access/storage/access_store.hpp"
#include "access/storage/invitation_store.hpp"
#include "access/storage/user_store.hpp"
#include "access/user_admin_service.hpp"
#include "app/watched_versions.hpp"
#include "audit/storage/audit_store.hpp"
#include "finance/finance_service.hpp"
#include "finance/storage/budget_store.hpp"
#include "follow_up/fact_keeper.hpp"
#include "follow_up/finsam_figures.hpp"
#include "follow_up/follow_up_report.hpp"
#include "follow_up/member_value.hpp"
#include "follow_up/security/sodium_record_keys.hpp"
#include "follow_up/statistics_service.hpp"
#include "follow_up/storage/statistics_store.hpp"
#include "history_import/budget_import_service.hpp"
#include "history_import/insats_import_service.hpp"
#include "history_import/participation_import_service.hpp"
#include "history_import/storage/import_store.hpp"
#include "membership/membership_service.hpp"
#include "membership/processing_agreement_service.hpp"
#include "membership/storage/association_store.hpp"
#include "membership/storage/charter_store.hpp"
#include "membership/storage/processing_agreement_store.hpp"
#include "participants/caseload_service.hpp"
#include "participants/insats_service.hpp"
#include "participants/participant_service.hpp"
#include "participants/referral_service.hpp"
#include "participants/retention_service.hpp"
#include "participants/security/sodium_vault.hpp"
#include "participants/storage/insats_store.hpp"
#include "participants/storage/participation_store.hpp"
#include "participants/storage/referral_store.hpp"
#include "platform/security/hashing_pool.hpp"
#include "platform/security/keyring.hpp"
#include "platform/security/sodium_secrets.hpp"
#include "privacy/data_subject_service.hpp"
#include "privacy/participation_export_service.hpp"
#include "privacy/storage/participation_export_store.hpp"

namespace samordna::app {

struct Installation {
  // `read_db`, when given, serves the reads that may be a little old: statistics and participation exports.
  // `watch`, when given, knows the access and members versions while a change listener keeps them
  // (watched_versions.hpp); else every request reads them.
  Installation(storage::Database& db, const security::Keyring& keys, const core::Clock& clock,
               core::ThrottlePolicy throttle_policy = {}, storage::Database* read_db = nullptr,
               std::size_t statistics_cache_bytes = core::kDefaultFactCacheBytes,
               const storage::CounterWatch* watch = nullptr);

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
  storage::ImportStore imports;
  storage::StatisticsStore statistics_store;
  storage::StatisticsStore kept_statistics_store;  // on the primary: the fact keeper writes
  storage::ParticipationExportStore participation_export;
  storage::ProcessingAgreementStore agreements;
  storage::InvitationStore invitations;
  WatchedAccessVersion watched_access_version;
  WatchedMembersVersion watched_members_version;
  WatchedInsatserVersion watched_insatser_version;
  security::Argon2PasswordHasher argon2;
  // Argon2id on two threads of lower priority; a third login waits, a fourth at the same moment gets 503
  // server_busy, so logins never hold more than three of the request workers (worker_threads, 4 by default).
  security::HashingPool hasher{argon2, 2, 3};
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
  core::CaseloadService caseload;
  core::ParticipationImportService participation_imports;
  core::InsatsImportService insats_imports;
  core::BudgetImportService budget_imports;
  core::RetentionService retention;
  core::DataSubjectService data_subjects;
  core::ParticipationExportService participation_exports;
  core::StatisticsService statistics;
  core::FactKeeper fact_keeper;
  core::MemberValueService member_value;
  core::FinsamService finsam;
  core::FollowUpReportService follow_up;

  // The number the lists of members are kept at (membership/http/members_answers.hpp).
  core::MembersVersion& members_version() { return watched_members_version; }
  // The number the lists of insatser are kept at (participants/http/insatser_answers.hpp).
  core::InsatserVersion& insatser_version() { return watched_insatser_version; }

  // The förbund a member belongs to, for routes scoped by member.
  std::optional<std::int64_t> member_association(std::int64_t member_id);
};

// The audit chain's digest: keyed BLAKE2b with the installation's audit key.
core::DigestFn audit_digest(const security::Keyring& keys);

}  // namespace samordna::app
