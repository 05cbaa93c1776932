#include "participants/participant_service.hpp"

#include <algorithm>

#include "kernel/personnummer.hpp"
#include "membership/domain/membership.hpp"
#include "membership/membership_service.hpp"
#include "participants/person_registry.hpp"

namespace samordna::core {
namespace {
// Thrown inside a transaction to roll it back; caught right outside it.
struct RollBack {
  Error error;
};

std::string id_text(std::optional<std::int64_t> id) { return id ? std::to_string(*id) : "anonymous"; }

// Whether the person's processing is restricted (art. 18): nothing new is recorded about them.
bool restricted(PersonRepository& persons, std::int64_t person_id) {
  auto person = persons.find_person(person_id);
  return person && person->restricted;
}
}  // namespace

bool ParticipantService::person_in_scope(const PersonalScope& scope, std::int64_t association_id,
                                         std::int64_t person_id) {
  auto person = persons_.find_person(person_id);
  if (!person || person->association_id != association_id) return false;
  for (const auto& p : participations_.participations_of_person(person_id)) {
    if (scope.covers_insats(p.insats_id)) return true;
  }
  ReferralFilter filter{association_id, std::nullopt, {}, std::nullopt, std::nullopt, person_id};
  auto referrals = referrals_.find_referrals(filter);
  return std::any_of(referrals.begin(), referrals.end(),
                     [&](const Referral& r) { return scope.covers(r.insats_id, r.referrer_user_id); });
}

Result<Participation> ParticipantService::participation_in_scope(const PersonalScope& scope,
                                                                 std::int64_t association_id,
                                                                 std::int64_t participation_id) {
  auto p = participations_.find_participation(participation_id);
  if (!p || p->association_id != association_id || !scope.covers_insats(p->insats_id)) return unexpected(not_found());
  return *p;
}

void ParticipantService::make_anonymous(Participation& p) {
  p.person_id.reset();
  p.at_start.reset();
  p.at_end.reset();
}

Result<Participation> ParticipantService::begin(const Actor& actor, const Insats& insats,
                                                std::optional<std::int64_t> person_id, Gender gender,
                                                std::optional<Referral> referral, const StartInput& in) {
  FieldErrors errors;
  StartCheck check{in.started_on,
                   referral ? std::optional(referral->referred_on) : std::nullopt,
                   insats_open_on(insats, in.started_on),
                   insats.kind == InsatsKind::individual ? insats.capacity : 0,
                   participations_.count_active(insats.id, in.started_on),
                   false};
  if (person_id) {
    auto others = participations_.participations_of_person(*person_id);
    check.person_already_active = std::any_of(others.begin(), others.end(), [&](const Participation& p) {
      return p.insats_id == insats.id && participation_active_on(p, in.started_on);
    });
  }
  if (auto ok = validate_start(check); !ok) {
    for (const auto& f : ok.error().fields) errors.add(f.field, f.code);
  }
  if (!agreement_in_force(agreements_.agreements(insats.association_id), insats.lead_member_id, in.started_on)) {
    errors.add("insatsId", "no_processing_agreement");
  }
  if (in.at_start) {
    if (auto ok = validate_snapshot(*in.at_start, "atStart."); !ok) {
      for (const auto& f : ok.error().fields) errors.add(f.field, f.code);
    }
    if (!in.follow_up || !person_id) errors.add("consent", "missing");
  }
  if (in.follow_up) {
    if (auto ok = validate_consent(*in.follow_up); !ok) {
      for (const auto& f : ok.error().fields) errors.add(f.field, f.code);
    }
  }
  if (!errors.empty()) return unexpected(errors.error());

  Participation p;
  p.association_id = insats.association_id;
  p.insats_id = insats.id;
  p.person_id = in.follow_up ? person_id : std::nullopt;  // without consent: anonymous from the start
  p.referral_id = referral ? std::optional(referral->id) : std::nullopt;
  p.gender = gender;
  p.start_year = in.started_on.year();
  p.started_on = in.started_on;
  p.at_start = in.at_start;
  try {
    transactions_.run([&] { insert_start(actor, insats, referral, in, p); });
  } catch (const RollBack& rollback) {
    return unexpected(rollback.error);
  }
  return *participations_.find_participation(p.id);
}

void ParticipantService::insert_start(const Actor& actor, const Insats& insats, const std::optional<Referral>& referral,
                                      const StartInput& in, Participation& p) {
  {
    p.id = participations_.add_participation(p);
    if (in.follow_up) {
      Consent c = *in.follow_up;
      c.participation_id = p.id;
      participations_.add_consent(c);
    }
    if (referral) {
      Referral started = *referral;
      started.state = ReferralState::started;
      started.decided_on = in.started_on;
      if (!referrals_.set_state(started, referral->version)) throw RollBack{version_conflict()};
      referrals_.add_event(
          {0, referral->id, clock_.now_unix(), actor.user_id, referral->state, ReferralState::started, {}});
    }
    audit_.record(actor, insats.association_id, "create", "participation", std::to_string(p.id),
                  {{"insatsId", std::to_string(insats.id)},
                   {"personId", id_text(p.person_id)},
                   {"startedOn", in.started_on.iso()},
                   {"consent", in.follow_up ? "follow_up" : "none"},
                   {"atStart", std::nullopt}});
    if (p.person_id) {
      audit_.record(actor, insats.association_id, "update", "person", std::to_string(*p.person_id),
                    {{"participation", std::to_string(p.id)}, {"started", in.started_on.iso()}});
    }
  }
}

Result<Participation> ParticipantService::start(const Actor& actor, const PersonalScope& scope,
                                                std::int64_t association_id, std::int64_t referral_id,
                                                const StartInput& in, std::int64_t referral_version) {
  auto referral = referrals_.find_referral(referral_id);
  if (!referral || referral->association_id != association_id || !scope.covers_insats(referral->insats_id)) {
    return unexpected(not_found());
  }
  if (referral->version != referral_version) return unexpected(version_conflict());
  if (!transition_allowed(referral->state, ReferralState::started)) {
    return unexpected(Error::invalid("state", "invalid_transition"));
  }
  auto insats = *insatser_.find_insats(referral->insats_id);
  std::optional<std::int64_t> person_id;
  Gender gender = Gender::woman;
  if (referral->person_id != 0) {
    person_id = referral->person_id;
    if (auto person = persons_.find_person(referral->person_id)) {
      if (person->restricted) return unexpected(Error::invalid("person", "restricted"));
      gender = person->gender;
    }
  }
  return begin(actor, insats, person_id, gender, referral, in);
}

Result<Participation> ParticipantService::start_open(const Actor& actor, const PersonalScope& scope,
                                                     const OpenEntryInput& in) {
  auto insats = insatser_.find_insats(in.insats_id);
  if (!insats || insats->association_id != in.association_id || !scope.covers_insats(in.insats_id)) {
    return unexpected(not_found());
  }
  if (insats->referral_required) return unexpected(Error::invalid("insatsId", "referral_required"));
  if (in.personnummer.empty()) return begin(actor, *insats, std::nullopt, in.gender, std::nullopt, in.start);
  auto pnr = Personnummer::parse(in.personnummer, clock_.today());
  if (!pnr) return unexpected(pnr.error());
  if (in.name.empty() && !in.protected_identity) return unexpected(Error::invalid("name", "required"));
  if (is_restricted(persons_, vault_, in.association_id, *pnr)) {
    return unexpected(Error::invalid("personnummer", "restricted"));
  }
  // Without consent the participation is anonymous from the start, so nothing about the person is registered:
  // an identity that nothing links to could be neither found, extracted nor corrected.
  if (!in.start.follow_up) return begin(actor, *insats, std::nullopt, pnr->legal_gender(), std::nullopt, in.start);
  std::optional<std::int64_t> person_id;
  Result<Participation> result = unexpected(not_found());
  try {
    transactions_.run([&] {
      person_id =
          register_person(persons_, vault_, {in.association_id, *pnr, in.name, in.kommun_code, in.protected_identity});
      result = begin(actor, *insats, person_id, pnr->legal_gender(), std::nullopt, in.start);
      if (!result) throw RollBack{result.error()};  // a refused start registers no person either
    });
  } catch (const RollBack& rollback) {
    return unexpected(rollback.error);
  }
  return result;
}

Result<Participation> ParticipantService::end(const Actor& actor, const PersonalScope& scope,
                                              std::int64_t association_id, std::int64_t participation_id,
                                              CivilDate ended_on, std::optional<ExitReason> exit_reason,
                                              const std::optional<StatusSnapshot>& at_end,
                                              std::int64_t expected_version) {
  auto p = participation_in_scope(scope, association_id, participation_id);
  if (!p) return p;
  if (p->version != expected_version) return unexpected(version_conflict());
  FieldErrors errors;
  if (auto ok = validate_end(*p, ended_on, exit_reason); !ok) {
    for (const auto& f : ok.error().fields) errors.add(f.field, f.code);
  }
  if (clock_.today() < ended_on) errors.add("endedOn", "future");
  if (at_end) {
    if (auto ok = validate_snapshot(*at_end, "atEnd."); !ok) {
      for (const auto& f : ok.error().fields) errors.add(f.field, f.code);
    }
    // An end before the start is that error alone, not also a consent missing on that day.
    const bool in_participation = p->started_on <= ended_on;
    if (in_participation && (!p->person_id || !has_follow_up_consent(participations_.consents(p->id), ended_on))) {
      errors.add("consent", "missing");
    }
    if (p->person_id && restricted(persons_, *p->person_id)) errors.add("person", "restricted");
  }
  if (!errors.empty()) return unexpected(errors.error());
  Participation ended = *p;
  ended.ended_on = ended_on;
  ended.exit_reason = exit_reason;
  ended.at_end = at_end;
  bool saved = false;
  transactions_.run([&] {
    saved = participations_.save_participation(ended, expected_version);
    if (!saved) return;
    audit_.record(
        actor, association_id, "update", "participation", std::to_string(p->id),
        {{"endedOn", ended_on.iso()}, {"exitReason", std::string(to_string(*exit_reason))}, {"atEnd", std::nullopt}});
  });
  if (!saved) return unexpected(version_conflict());
  return *participations_.find_participation(p->id);
}

Result<Consent> ParticipantService::add_consent(const Actor& actor, const PersonalScope& scope,
                                                std::int64_t association_id, const Consent& consent) {
  auto p = participation_in_scope(scope, association_id, consent.participation_id);
  if (!p) return unexpected(p.error());
  if (!p->person_id) return unexpected(Error::invalid("participation", "anonymous"));
  if (restricted(persons_, *p->person_id)) return unexpected(Error::invalid("person", "restricted"));
  if (auto ok = validate_consent(consent); !ok) return unexpected(ok.error());
  if (consent.party_member_id) {
    auto members = associations_.list_members(association_id);
    if (std::none_of(members.begin(), members.end(),
                     [&](const Member& m) { return m.id == *consent.party_member_id; })) {
      return unexpected(Error::invalid("partyMemberId", "unknown"));
    }
  }
  Consent saved = consent;
  transactions_.run([&] {
    saved.id = participations_.add_consent(consent);
    audit_.record(actor, association_id, "create", "consent", std::to_string(saved.id),
                  {{"participationId", std::to_string(p->id)},
                   {"purpose", std::string(to_string(consent.purpose))},
                   {"givenOn", consent.given_on.iso()},
                   {"formReference", consent.form_reference}});
    audit_.record(actor, association_id, "update", "person", std::to_string(*p->person_id),
                  {{"consent", std::string(to_string(consent.purpose))}});
  });
  return saved;
}

Result<void> ParticipantService::withdraw_consent(const Actor& actor, const PersonalScope& scope,
                                                  std::int64_t association_id, std::int64_t participation_id,
                                                  std::int64_t consent_id, CivilDate on) {
  auto p = participation_in_scope(scope, association_id, participation_id);
  if (!p) return unexpected(p.error());
  auto consents = participations_.consents(participation_id);
  auto it = std::find_if(consents.begin(), consents.end(), [&](const Consent& c) { return c.id == consent_id; });
  if (it == consents.end()) return unexpected(not_found());
  if (it->withdrawn_on) return unexpected(Error::invalid("consent", "already_withdrawn"));
  if (on < it->given_on) return unexpected(Error::invalid("withdrawnOn", "before_given"));
  if (clock_.today() < on) return unexpected(Error::invalid("withdrawnOn", "future"));
  try {
    transactions_.run([&] {
      participations_.withdraw_consent(consent_id, on);
      auto remaining = participations_.consents(participation_id);
      Participation updated = *p;
      const bool anonymous = !has_follow_up_consent(remaining, on.add_days(1)) && p->person_id;
      if (anonymous) {
        make_anonymous(updated);
        // Changed meanwhile: the withdrawal is undone too, so the caller can try again.
        if (!participations_.save_participation(updated, p->version)) throw RollBack{version_conflict()};
        // Consent withdrawal acts at once: with nothing left that needs it, the identity goes too.
        auto waiting = referrals_.find_referrals({association_id,
                                                  std::nullopt,
                                                  {ReferralState::received, ReferralState::queued},
                                                  std::nullopt,
                                                  std::nullopt,
                                                  *p->person_id});
        if (participations_.participations_of_person(*p->person_id).empty() && waiting.empty()) {
          persons_.remove_identity_and_plan(*p->person_id, vault_.unlinked_pseudonym());
        }
      }
      audit_.record(actor, association_id, "update", "consent", std::to_string(consent_id),
                    {{"withdrawnOn", on.iso()}, {"participationAnonymous", anonymous ? "true" : "false"}});
      if (p->person_id) {
        audit_.record(actor, association_id, "update", "person", std::to_string(*p->person_id),
                      {{"consentWithdrawn", std::string(to_string(it->purpose))}});
      }
    });
  } catch (const RollBack& rollback) {
    return unexpected(rollback.error);
  }
  return {};
}

Result<PersonView> ParticipantService::person(const Actor& actor, const PersonalScope& scope,
                                              std::int64_t association_id, std::int64_t person_id) {
  if (!person_in_scope(scope, association_id, person_id)) return unexpected(not_found());
  PersonView view;
  view.person = *persons_.find_person(person_id);
  if (auto identity = open_identity(vault_, view.person)) view.name = identity->name;
  // Only what the caller's scope covers: another controller's participations and referrals of the same person
  // stay with that controller.
  for (const auto& p : participations_.participations_of_person(person_id)) {
    if (!scope.covers_insats(p.insats_id)) continue;
    view.consents[p.id] = participations_.consents(p.id);
    open_corrections(vault_, view.corrections[p.id] = participations_.corrections(p.id));
    view.participations.push_back(p);
  }
  for (const auto& r :
       referrals_.find_referrals({association_id, std::nullopt, {}, std::nullopt, std::nullopt, person_id})) {
    if (scope.covers(r.insats_id, r.referrer_user_id)) view.referrals.push_back(r);
  }
  // The plan is for those working with the person in an insats, not for a remittent who only follows a referral.
  if (auto plan = participations_.find_plan(person_id); plan && !view.participations.empty()) {
    open_plan(vault_, *plan);
    view.plan = std::move(plan);
  }
  audit_.record(actor, association_id, "read_personal", "person", std::to_string(person_id),
                {{"view", "participant"}, {"name", std::nullopt}, {"plan", std::nullopt}});
  return view;
}

Result<Identity> ParticipantService::reveal(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                                            std::int64_t person_id) {
  if (!person_in_scope(scope, association_id, person_id)) return unexpected(not_found());
  auto person = persons_.find_person(person_id);
  auto identity = open_identity(vault_, *person);
  if (!identity) return unexpected(Error::invalid("identity", "not_stored"));
  audit_.record(actor, association_id, "read_personal", "person", std::to_string(person_id),
                {{"view", "personnummer"}, {"personnummer", std::nullopt}});
  return *identity;
}

Result<void> ParticipantService::protect(const Actor& actor, const PersonalScope& scope, std::int64_t association_id,
                                         std::int64_t person_id) {
  if (!person_in_scope(scope, association_id, person_id)) return unexpected(not_found());
  transactions_.run([&] {
    for (auto p : participations_.participations_of_person(person_id)) {
      const auto version = p.version;
      make_anonymous(p);
      participations_.save_participation(p, version);
    }
    persons_.remove_person(person_id);
    audit_.record(actor, association_id, "delete", "person", std::to_string(person_id),
                  {{"reason", "protected_identity"}, {"identity", std::nullopt}});
  });
  return {};
}

Result<JointPlan> ParticipantService::save_plan(const Actor& actor, const PersonalScope& scope,
                                                std::int64_t association_id, JointPlan plan,
                                                std::int64_t expected_version) {
  if (!person_in_scope(scope, association_id, plan.person_id)) return unexpected(not_found());
  if (auto person = persons_.find_person(plan.person_id); person && person->restricted) {
    return unexpected(Error::invalid("person", "restricted"));
  }
  auto participations = participations_.participations_of_person(plan.person_id);
  if (std::none_of(participations.begin(), participations.end(),
                   [&](const Participation& p) { return scope.covers_insats(p.insats_id); })) {
    return unexpected(Error::of(ErrorKind::forbidden, "forbidden"));  // a remittent follows, but does not plan
  }
  FieldErrors errors;
  if (auto ok = validate_plan(plan, associations_.list_members(association_id)); !ok) {
    for (const auto& f : ok.error().fields) errors.add(f.field, f.code);
  }
  const CivilDate first_start =
      std::min_element(participations.begin(), participations.end(), [](const auto& a, const auto& b) {
        return a.started_on < b.started_on;
      })->started_on;
  if (auto ok = validate_plan_dates(plan, participations_.find_plan(plan.person_id), first_start, clock_.today());
      !ok) {
    for (const auto& f : ok.error().fields) errors.add(f.field, f.code);
  }
  if (!errors.empty()) return unexpected(errors.error());
  JointPlan sealed = plan;
  sealed.association_id = association_id;
  for (auto* text : {&sealed.needs, &sealed.own_goals, &sealed.professional_goals}) *text = vault_.seal(*text);
  for (auto& a : sealed.actions) a.description = vault_.seal(a.description);
  bool saved = false;
  transactions_.run([&] {
    saved = participations_.save_plan(sealed, expected_version);
    if (!saved) return;
    audit_.record(actor, association_id, expected_version == 0 ? "create" : "update", "person",
                  std::to_string(plan.person_id),
                  {{"plan", std::nullopt},
                   {"actions", std::to_string(plan.actions.size())},
                   {"nextFollowUpOn", plan.next_follow_up_on ? plan.next_follow_up_on->iso() : ""}});
  });
  if (!saved) return unexpected(version_conflict());
  auto stored = *participations_.find_plan(plan.person_id);
  plan.id = stored.id;
  plan.version = stored.version;
  for (std::size_t i = 0; i < plan.actions.size() && i < stored.actions.size(); ++i)
    plan.actions[i].id = stored.actions[i].id;
  return plan;
}

Result<std::int64_t> ParticipantService::find(const Actor& actor, const PersonalScope& scope,
                                              std::int64_t association_id, const std::string& personnummer) {
  auto pnr = Personnummer::parse(personnummer, clock_.today());
  if (!pnr) return unexpected(pnr.error());
  auto person = persons_.find_person_by_key(association_id, vault_.pseudonym(association_id, pnr->canonical()));
  if (!person || !person_in_scope(scope, association_id, person->id)) return unexpected(not_found());
  audit_.record(actor, association_id, "read_personal", "person", std::to_string(person->id),
                {{"view", "search"}, {"personnummer", std::nullopt}});
  return person->id;
}

Result<std::vector<AuditEvent>> ParticipantService::access_log(const PersonalScope& scope, std::int64_t association_id,
                                                               std::int64_t person_id) {
  if (!person_in_scope(scope, association_id, person_id)) return unexpected(not_found());
  AuditFilter filter;
  filter.association_id = association_id;
  filter.entity = "person";
  filter.entity_id = std::to_string(person_id);
  filter.limit = 200;
  return audit_events_.find(filter);
}

}  // namespace samordna::core
