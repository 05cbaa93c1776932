#pragma once
// Use cases for referrals: the eligibility check, registering a referral (with an explicit, recorded
// override of a failing check), moving it through its states, and the queue of an insats. Personal data is
// read only within the caller's scope (404 outside it) and every such read is audited.
#include <vector>

#include "access/domain/access.hpp"
#include "audit/audit_trail.hpp"
#include "audit/domain/audit.hpp"
#include "kernel/civil_date.hpp"
#include "kernel/clock.hpp"
#include "kernel/personnummer.hpp"
#include "kernel/transactions.hpp"
#include "membership/ports.hpp"
#include "participants/domain/queue.hpp"
#include "participants/ports.hpp"

namespace samordna::core {

struct ReferralInput {
  std::int64_t association_id = 0;
  std::int64_t insats_id = 0;
  std::int64_t referring_member_id = 0;
  CivilDate referred_on;
  std::string personnummer;  // as typed: 10 or 12 digits, with - or +
  std::string name;
  std::string kommun_code;
  std::int64_t target_group_id = 0;
  std::string reason;
  int priority = 0;
  bool override_eligibility = false;
  bool protected_identity = false;
  bool confirm_duplicate = false;  // sent anyway, though the person already has an open referral or participation
};

// An open referral (received or queued) or an ongoing participation of the person in the same insats.
struct OpenDuplicate {
  std::string kind;  // referral | participation
  CivilDate since;   // referred on | started on
};

struct Eligibility {
  std::vector<std::string> problems;
  int age = 0;
  std::vector<OpenDuplicate> duplicates;  // only those the caller's scope covers (referral_duplicates.cpp)
};

struct QueueRow {
  Referral referral;
  QueuePosition position;
  std::string masked_personnummer;  // empty for an anonymous referral
  std::string name;
  std::string return_note;  // in the lists: the explanation of a return for "Annat skäl", opened
};

struct ReferralDetail {
  Referral referral;
  std::string reason;
  std::vector<ReferralEvent> events;
  std::string masked_personnummer;
  std::string name;
  std::string return_note;  // the explanation of a return for "Annat skäl", opened
};

struct ReferralCount {
  std::int64_t insats_id = 0;
  ReferralState state = ReferralState::received;
  std::int64_t count = 0;
  CivilDate oldest_referred_on;
};

class ReferralService {
 public:
  ReferralService(InsatsRepository& insatser, AssociationRepository& associations, PersonRepository& persons,
                  ReferralRepository& referrals, ParticipationRepository& participations, const IdentityVault& vault,
                  ProcessingAgreementRepository& agreements, Transactions& transactions, AuditTrail& audit,
                  const Clock& clock)
      : insatser_(insatser),
        associations_(associations),
        persons_(persons),
        referrals_(referrals),
        participations_(participations),
        vault_(vault),
        agreements_(agreements),
        transactions_(transactions),
        audit_(audit),
        clock_(clock) {}

  // Field errors: personnummer (its codes); insatsId unknown; kommunCode invalid; targetGroupId unknown. The
  // duplicates are those `scope` covers: a remittent learns only of their own referrals, so a check cannot tell
  // them whether someone else's client takes part in an insats.
  Result<Eligibility> check(const ReferralInput& input, const PersonalScope& scope = {});
  // As check, plus: referringMemberId unknown; name required; eligibility <problem> (each failing check)
  // unless overridden; insatsId not_individual | no_processing_agreement (its lead party, the controller of
  // the person's data, has no processing agreement in force today); duplicate open_referral | participating
  // (one the scope covers) unless confirmDuplicate.
  Result<Referral> create(const Actor& actor, const ReferralInput& input, const PersonalScope& scope = {});
  // Codes: not_found (outside scope); validation_failed; version_conflict. `explanation`: why a referral is
  // returned for "Annat skäl" (required then, refused otherwise), sealed and removed with the person's free texts.
  Result<Referral> transition(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                              std::int64_t referral_id, ReferralState to, std::optional<ReturnReason> reason,
                              std::int64_t expected_version, const std::string& explanation = {});
  // The whole queue, identities filled in but not yet shown: the caller logs the rows it shows with
  // record_reads (a page of the queue, not all of it).
  Result<std::vector<QueueRow>> queue(const PersonalScope& scope, std::int64_t association_id, std::int64_t insats_id);
  // One read_personal event per person in `rows`, so each participant's access history is complete.
  void record_reads(const Actor& actor, std::int64_t association_id, const std::vector<QueueRow>& rows,
                    const std::string& view);
  // Referrals the scope covers counted by insats and state, with the oldest referral date: no person.
  std::vector<ReferralCount> summary(const PersonalScope& scope, std::int64_t association_id);
  Result<WaitStats> waits(std::int64_t association_id, std::int64_t insats_id, CivilDate from, CivilDate to);
  std::vector<QueueRow> referrals(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                                  std::optional<ReferralState> state);
  Result<ReferralDetail> detail(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                                std::int64_t referral_id);
  // Referrals the caller may see, or not_found.
  Result<Referral> in_scope(const PersonalScope& scope, std::int64_t association_id, std::int64_t referral_id);

 private:
  // The insats's waiting referrals (into `waiting`) ranked, each with its days waited and expected start.
  std::vector<QueuePosition> positions_in(const Insats& insats, std::vector<Referral>& waiting);
  Result<Insats> insats_of(std::int64_t association_id, std::int64_t insats_id);
  std::vector<OpenDuplicate> open_duplicates(const PersonalScope& scope, const ReferralInput& input,
                                             const Personnummer& personnummer);
  void fill_identity(QueueRow& row);
  InsatsRepository& insatser_;
  AssociationRepository& associations_;
  PersonRepository& persons_;
  ReferralRepository& referrals_;
  ParticipationRepository& participations_;
  const IdentityVault& vault_;
  ProcessingAgreementRepository& agreements_;
  Transactions& transactions_;
  AuditTrail& audit_;
  const Clock& clock_;
};

}  // namespace samordna::core
