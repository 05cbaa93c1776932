#pragma once
// Use cases for participants: starting a participation from a referral (or on open entry), ending it,
// consent, the joint plan, the participant page, revealing the full personnummer (an explicit, audited
// action), protected identity, and search by personnummer. Everything is limited to the caller's scope
// (404 outside it); every read of personal data and every change is audited.
#include <map>
#include <vector>

#include "access/domain/access.hpp"
#include "audit/audit_trail.hpp"
#include "audit/domain/audit.hpp"
#include "audit/ports.hpp"
#include "kernel/civil_date.hpp"
#include "kernel/clock.hpp"
#include "kernel/transactions.hpp"
#include "membership/ports.hpp"
#include "participants/domain/correction.hpp"
#include "participants/ports.hpp"

namespace samordna::core {

struct StartInput {
  CivilDate started_on;
  std::optional<Consent> follow_up;  // written consent to follow-up, given at start; none: anonymous
  std::optional<StatusSnapshot> at_start;
};

struct OpenEntryInput {
  std::int64_t association_id = 0;
  std::int64_t insats_id = 0;
  std::string personnummer;  // empty: an anonymous participant, only gender and start year
  std::string name;
  std::string kommun_code;
  bool protected_identity = false;
  Gender gender = Gender::woman;  // for anonymous participants
  StartInput start;
};

struct PersonView {
  Person person;
  std::string name;
  std::vector<Participation> participations;
  std::map<std::int64_t, std::vector<Consent>> consents;            // by participation
  std::map<std::int64_t, std::vector<CorrectionNote>> corrections;  // by participation, their reasons opened
  std::vector<Referral> referrals;
  std::optional<JointPlan> plan;  // with its texts opened
};

class ParticipantService {
 public:
  ParticipantService(InsatsRepository& insatser, AssociationRepository& associations, PersonRepository& persons,
                     ReferralRepository& referrals, ParticipationRepository& participations, const IdentityVault& vault,
                     ProcessingAgreementRepository& agreements, Transactions& transactions, AuditTrail& audit,
                     AuditRepository& audit_events, const Clock& clock)
      : insatser_(insatser),
        associations_(associations),
        persons_(persons),
        referrals_(referrals),
        participations_(participations),
        vault_(vault),
        agreements_(agreements),
        transactions_(transactions),
        audit_(audit),
        audit_events_(audit_events),
        clock_(clock) {}

  // Field errors: startedOn before_referral; insats closed|full; person already_active; atStart.* (as
  // validate_snapshot); consent missing (follow-up data without consent); formReference required; insatsId
  // no_processing_agreement (the lead party has no processing agreement in force on the start date).
  Result<Participation> start(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                              std::int64_t referral_id, const StartInput& input, std::int64_t referral_version);
  // Open entry (no referral): field errors as start, plus personnummer (its codes), insatsId referral_required.
  Result<Participation> start_open(const Actor& actor, const PersonalScope& scope, const OpenEntryInput& input);
  Result<Participation> end(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                            std::int64_t participation_id, CivilDate ended_on, std::optional<ExitReason> exit_reason,
                            const std::optional<StatusSnapshot>& at_end, std::int64_t expected_version);
  // A correction of what was recorded (participant_correction.cpp): field errors as validate_correction, plus
  // consent missing (changed follow-up data without follow-up consent on its day) and person restricted (changed
  // follow-up data of a person whose processing is restricted). Audited as "correct" with the reason and each
  // changed field's value before and after.
  Result<Participation> correct(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                                std::int64_t participation_id, const ParticipationCorrection& correction,
                                std::int64_t expected_version);
  // "Mine" (participant_responsibility.cpp): the caller takes responsibility for an ongoing participation in an
  // insats they work in (`take`), or lets it go. Field errors: participation already_ended; responsible
  // not_staff (the caller does not work in the insats) | not_responsible (letting go of someone else's);
  // version_conflict. Audited with the responsible user before and after.
  Result<Participation> take_responsibility(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                                            std::int64_t participation_id, bool take, std::int64_t expected_version);
  // "Mine" set by a colleague: another of the insats's staff who may see its participants (`candidate`: their
  // personal scope) becomes responsible, or no one (nullopt). Field errors: participation already_ended;
  // responsible not_staff | no_personal_access; version_conflict. Audited as take_responsibility.
  Result<Participation> assign_responsibility(const Actor& actor, const PersonalScope& scope,
                                              std::int64_t association_id, std::int64_t participation_id,
                                              std::optional<std::int64_t> user_id, const PersonalScope& candidate,
                                              std::int64_t expected_version);
  Result<Consent> add_consent(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                              const Consent& consent);
  // Withdrawing follow-up consent makes the participation anonymous from then on (the counts stay).
  Result<void> withdraw_consent(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                                std::int64_t participation_id, std::int64_t consent_id, CivilDate on);
  Result<PersonView> person(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                            std::int64_t person_id);
  Result<Identity> reveal(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                          std::int64_t person_id);
  // Removes the stored identity at once and makes every participation of the person anonymous.
  Result<void> protect(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                       std::int64_t person_id);
  Result<JointPlan> save_plan(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                              JointPlan plan, std::int64_t expected_version);
  // The person with this personnummer, if the caller may see them; else not_found.
  Result<std::int64_t> find(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                            const std::string& personnummer);
  // Who has viewed or changed the person (newest first).
  Result<std::vector<AuditEvent>> access_log(const PersonalScope& scope, std::int64_t association_id,
                                             std::int64_t person_id);

 private:
  // Saves who is responsible for the participation and audits it (participant_responsibility.cpp).
  Result<Participation> save_responsible(const Actor& actor, std::int64_t association_id, const Participation& p,
                                         std::optional<std::int64_t> next, std::int64_t expected_version);
  bool person_in_scope(const PersonalScope& scope, std::int64_t association_id, std::int64_t person_id);
  Result<Participation> participation_in_scope(const PersonalScope& scope, std::int64_t association_id,
                                               std::int64_t participation_id);
  Result<Participation> begin(const Actor& actor, const Insats& insats, std::optional<std::int64_t> person_id,
                              Gender gender, std::optional<Referral> referral, const StartInput& input);
  void make_anonymous(Participation& participation);
  void insert_start(const Actor& actor, const Insats& insats, const std::optional<Referral>& referral,
                    const StartInput& input, Participation& participation);
  InsatsRepository& insatser_;
  AssociationRepository& associations_;
  PersonRepository& persons_;
  ReferralRepository& referrals_;
  ParticipationRepository& participations_;
  const IdentityVault& vault_;
  ProcessingAgreementRepository& agreements_;
  Transactions& transactions_;
  AuditTrail& audit_;
  AuditRepository& audit_events_;
  const Clock& clock_;
};

}  // namespace samordna::core
