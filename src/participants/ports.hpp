#pragma once
// Ports for the catalogue, referrals, persons, participations, consents and joint plans.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "access/domain/access.hpp"
#include "access/ports.hpp"
#include "kernel/civil_date.hpp"
#include "participants/domain/consent.hpp"
#include "participants/domain/correction.hpp"
#include "participants/domain/insats.hpp"
#include "participants/domain/joint_plan.hpp"
#include "participants/domain/participation.hpp"
#include "participants/domain/person.hpp"
#include "participants/domain/referral.hpp"
#include "participants/domain/retention.hpp"

namespace samordna::core {

// A number that moves with every change to insatser and their parties, kommuner, target groups and budgets,
// whichever process or server makes it (migration 0031). What was read at one number may be used until it moves.
class InsatserVersion {
 public:
  virtual ~InsatserVersion() = default;
  virtual std::int64_t insatser_version() = 0;
};

class InsatsRepository : public StaffingLookup {
 public:
  virtual ~InsatsRepository() = default;
  virtual std::vector<TargetGroup> target_groups(std::int64_t association_id) = 0;
  virtual std::int64_t add_target_group(const TargetGroup& group) = 0;
  virtual std::vector<Insats> list_insatser(std::int64_t association_id) = 0;
  virtual std::optional<Insats> find_insats(std::int64_t id) = 0;
  virtual std::int64_t add_insats(const Insats& insats) = 0;
  virtual bool update_insats(const Insats& insats, std::int64_t expected_version) = 0;
  virtual std::vector<Attendance> attendance(std::int64_t insats_id) = 0;
  virtual std::int64_t add_attendance(const Attendance& attendance) = 0;
  // The row's day, counts and note; false when its version is no longer `expected_version`.
  virtual bool update_attendance(const Attendance& attendance, std::int64_t expected_version) = 0;
  // The insatser a user works in (deltagaransvarig, insatsansvarig), and who works in an insats.
  virtual std::vector<std::int64_t> staffed_insatser(std::int64_t user_id) = 0;
  virtual std::vector<std::int64_t> insats_staff(std::int64_t insats_id) = 0;
  virtual void set_insats_staff(std::int64_t insats_id, const std::vector<std::int64_t>& user_ids) = 0;
  // The version of the staff list (1 until it is first replaced through set_staff).
  virtual std::int64_t insats_staff_version(std::int64_t insats_id) = 0;
  // Counts a replacement of the staff list; false when its version is no longer `expected_version`.
  virtual bool next_staff_version(std::int64_t insats_id, std::int64_t expected_version) = 0;
};

struct ReferralFilter {
  std::int64_t association_id = 0;
  std::optional<std::int64_t> insats_id;
  std::vector<ReferralState> states;                  // empty: any
  std::optional<std::vector<std::int64_t>> insatser;  // the caller's scope: only these insatser …
  std::optional<std::int64_t> referrer_user_id;       // … or (with insatser) only these referrals
  std::optional<std::int64_t> person_id;
};

class ReferralRepository {
 public:
  virtual ~ReferralRepository() = default;
  virtual std::int64_t add_referral(const Referral& referral, const std::string& sealed_reason) = 0;
  virtual std::optional<Referral> find_referral(std::int64_t id) = 0;
  virtual std::optional<std::string> sealed_reason(std::int64_t referral_id) = 0;
  // The explanation of a referral returned for "Annat skäl", sealed ("" when none).
  virtual void set_return_note(std::int64_t referral_id, const std::string& sealed) = 0;
  virtual std::string sealed_return_note(std::int64_t referral_id) = 0;
  virtual std::vector<Referral> find_referrals(const ReferralFilter& filter) = 0;
  virtual bool set_state(const Referral& referral, std::int64_t expected_version) = 0;
  virtual void add_event(const ReferralEvent& event) = 0;
  virtual std::vector<ReferralEvent> events(std::int64_t referral_id) = 0;
  // Days from referral to start for referrals of the insats started in [from, to].
  virtual std::vector<int> waiting_days(std::int64_t insats_id, CivilDate from, CivilDate to) = 0;
};

class PersonRepository {
 public:
  virtual ~PersonRepository() = default;
  virtual std::optional<Person> find_person(std::int64_t id) = 0;
  virtual std::optional<Person> find_person_by_key(std::int64_t association_id, const std::string& person_key) = 0;
  // The förbund's persons' ids by key, read at once by an import of many rows instead of one question per row.
  virtual std::unordered_map<std::string, std::int64_t> person_ids_by_key(std::int64_t association_id) = 0;
  virtual std::int64_t add_person(const Person& person) = 0;
  virtual void set_sealed_identity(std::int64_t person_id, const std::optional<std::string>& sealed) = 0;
  virtual void set_kommun(std::int64_t person_id, const std::string& kommun_code) = 0;
  virtual void set_restricted(std::int64_t person_id, bool restricted) = 0;
  // Removes the person: identity, key and plan; participations and referrals keep their counts, unlinked.
  virtual void remove_person(std::int64_t person_id) = 0;
  // Removes the identity for good (retention, or consent withdrawn with nothing left): the sealed identity,
  // the joint plan and the referral reasons go, the birth date is cut to the year (`masked` emptied) and the
  // keyed hash of the personnummer is replaced by `unlinked_key`, a random value with no link to the
  // number. The row stays, so the pseudonymous statistics keep counting the person on its id.
  virtual void remove_identity_and_plan(std::int64_t person_id, const std::string& unlinked_key) = 0;
  virtual std::vector<RetentionFacts> retention_facts(std::int64_t association_id) = 0;
};

class ParticipationRepository {
 public:
  virtual ~ParticipationRepository() = default;
  virtual std::int64_t add_participation(const Participation& participation) = 0;
  virtual std::optional<Participation> find_participation(std::int64_t id) = 0;
  virtual std::vector<Participation> participations_of_person(std::int64_t person_id) = 0;
  // The insats's participations not ended, by start date.
  virtual std::vector<Participation> ongoing_participations(std::int64_t insats_id) = 0;
  virtual int count_active(std::int64_t insats_id, CivilDate day) = 0;
  virtual int count_started(std::int64_t insats_id, CivilDate from, CivilDate to) = 0;
  virtual bool save_participation(const Participation& participation, std::int64_t expected_version) = 0;
  // Who is responsible for the participant (nullopt: no one); false when the version is no longer `expected_version`.
  virtual bool set_responsible(std::int64_t participation_id, std::optional<std::int64_t> user_id,
                               std::int64_t expected_version) = 0;
  virtual std::vector<Consent> consents(std::int64_t participation_id) = 0;
  virtual std::int64_t add_consent(const Consent& consent) = 0;
  // A correction's reason, sealed (kept here, not in the audit log, and removed with the person's free texts);
  // returns its id.
  virtual std::int64_t add_correction(const CorrectionNote& sealed_note) = 0;
  // The participation's corrections, oldest first, their reasons as stored (sealed; "" once removed).
  virtual std::vector<CorrectionNote> corrections(std::int64_t participation_id) = 0;
  // Records the withdrawal once: a consent already withdrawn keeps its first date.
  virtual void withdraw_consent(std::int64_t consent_id, CivilDate on) = 0;
  // Plans keep their texts sealed: the repository stores what it is given.
  virtual std::optional<JointPlan> find_plan(std::int64_t person_id) = 0;
  virtual bool save_plan(const JointPlan& sealed_plan, std::int64_t expected_version) = 0;
};

}  // namespace samordna::core
