#pragma once
// The data subject's rights, exercised by the controller's side (issue 11): each insats's lead party is the
// controller (personuppgiftsansvarig) of its participants' data, and its dataskyddsansvarig (controller
// contact) answers the person's requests for that party's insatser only. A person is found by personnummer
// (in the request body, never in a URL). Every action is audited; nothing here is open to an administrator
// or a superuser.
//   - register extract (art. 15): everything stored about the person under the party's insatser, with who
//     has read or changed it;
//   - rectification (art. 16) of the name and home kommun, with a reason;
//   - restriction (art. 18): the data stays, nothing new is recorded until it is lifted;
//   - erasure (art. 17): the identity, plan and free texts go for good, the pseudonymous counts stay.
// Changes need every participation and referral of the person to be under the party's control (another
// controller's contact must act for theirs).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "access/domain/access.hpp"
#include "access/ports.hpp"
#include "audit/audit_trail.hpp"
#include "audit/domain/audit.hpp"
#include "audit/ports.hpp"
#include "kernel/clock.hpp"
#include "kernel/transactions.hpp"
#include "membership/domain/association.hpp"
#include "membership/ports.hpp"
#include "participants/ports.hpp"

#include "privacy/domain/processing_record.hpp"

namespace samordna::core {

struct SubjectRequest {
  std::int64_t association_id = 0;
  std::string personnummer;
};

struct RegisterExtract {
  std::int64_t made_at = 0;  // unix seconds
  std::string association_name;
  std::vector<Member> controllers;  // the parties the extract answers for
  Person person;
  std::optional<Identity> identity;  // nullopt when it is no longer stored
  std::vector<Participation> participations;
  std::map<std::int64_t, std::vector<Consent>> consents;            // by participation
  std::map<std::int64_t, std::vector<CorrectionNote>> corrections;  // by participation, their reasons opened
  std::vector<Referral> referrals;
  std::optional<JointPlan> plan;  // with its texts opened
  std::map<std::int64_t, std::string> insats_names;
  std::vector<AuditEvent> access_log;  // newest first
};

struct Rectification {
  std::optional<std::string> name;
  std::optional<std::string> kommun_code;
  std::string reason;
};

class DataSubjectService {
 public:
  DataSubjectService(AssociationRepository& associations, InsatsRepository& insatser, PersonRepository& persons,
                     ReferralRepository& referrals, ParticipationRepository& participations,
                     RoleAssignmentRepository& assignments, const IdentityVault& vault, Transactions& transactions,
                     AuditTrail& audit, AuditRepository& audit_events, const Clock& clock)
      : associations_(associations),
        insatser_(insatser),
        persons_(persons),
        referrals_(referrals),
        participations_(participations),
        assignments_(assignments),
        vault_(vault),
        transactions_(transactions),
        audit_(audit),
        audit_events_(audit_events),
        clock_(clock) {}

  // Codes: forbidden not_controller_contact (no confirmed controller contact role with a party); field
  // personnummer (its codes); not_found (nobody with that number in the party's insatser).
  Result<RegisterExtract> extract(const Actor& actor, const SubjectRequest& request);
  // Field errors: reason required; name/kommunCode required (nothing to change) | invalid; and extract's codes;
  // conflict other_controller (part of the person's data is another party's).
  Result<void> rectify(const Actor& actor, const SubjectRequest& request, const Rectification& change);
  Result<void> restrict(const Actor& actor, const SubjectRequest& request, bool restricted, const std::string& reason);
  // Field errors as rectify, and person ongoing_participation | waiting_referral (end or close them first).
  Result<void> erase(const Actor& actor, const SubjectRequest& request, const std::string& reason);

  // The parties the user is a confirmed controller contact for in the förbund today.
  std::vector<std::int64_t> controlled_parties(std::int64_t user_id, std::int64_t association_id);

  // The record of processing (art. 30) of one controller, a member of the förbund, with its processing agreements.
  // Field errors: memberId unknown (not a member of the förbund).
  Result<ProcessingRecord> processing_record(std::int64_t association_id, std::int64_t member_id,
                                             const std::vector<ProcessingAgreement>& agreements);

 private:
  struct Found {
    Person person;
    std::vector<std::int64_t> parties;
    PersonalScope scope;  // the parties' insatser
    bool wholly_controlled = false;
  };
  Result<Found> find(const Actor& actor, const SubjectRequest& request);
  Result<Found> find_for_change(const Actor& actor, const SubjectRequest& request, const std::string& reason);
  AssociationRepository& associations_;
  InsatsRepository& insatser_;
  PersonRepository& persons_;
  ReferralRepository& referrals_;
  ParticipationRepository& participations_;
  RoleAssignmentRepository& assignments_;
  const IdentityVault& vault_;
  Transactions& transactions_;
  AuditTrail& audit_;
  AuditRepository& audit_events_;
  const Clock& clock_;
};

}  // namespace samordna::core
