// ParticipantService in memory: starting a participation from a referral or on open entry, ending it,
// consent and its withdrawal, the participant page, revealing the personnummer, protected identity, the
// joint plan and search; everything limited to the caller's scope, refusals writing nothing, changes and
// reads of personal data audited.
#include "participants/participant_service.hpp"

#include <gtest/gtest.h>

#include "kernel/testing/results.hpp"
#include "participants/referral_service.hpp"
#include "participants/testing/world.hpp"

namespace samordna::core {
namespace {

using testing::code_of;
using testing::day;
using testing::field_code_of;
using testing::field_of;
using W = testing::ParticipantsWorld;

class ParticipantServiceTest : public ::testing::Test {
 protected:
  testing::ParticipantsWorld w;
  ReferralService referrals{w.insatser, w.associations, w.persons,      w.referrals, w.participations,
                            w.vault,    w.agreements,   w.transactions, w.audit,     w.clock};
  ParticipantService service{w.insatser,   w.associations, w.persons, w.referrals, w.participations, w.vault,
                             w.agreements, w.transactions, w.audit,   w.events,    w.clock};
  Actor remittent{20, "remittent", "10.0.0.1"};
  Actor worker{30, "deltagaransvarig", "10.0.0.2"};
  PersonalScope everything;
  PersonalScope balder_only;
  PersonalScope ist_only;
  PersonalScope own_referrals{{}, 20};

  void SetUp() override {
    everything.insatser = {w.balder, w.ist};
    balder_only.insatser = {w.balder};
    ist_only.insatser = {w.ist};
  }

  Referral referred(const char* personnummer, std::int64_t insats, const char* name = "Anna Andersson") {
    ReferralInput in;
    in.association_id = W::kInsjoriket;
    in.insats_id = insats;
    in.referring_member_id = W::kFk;
    in.referred_on = day("2026-09-01");
    in.personnummer = personnummer;
    in.name = name;
    in.kommun_code = "1489";
    in.target_group_id = w.group;
    in.reason = "Behöver stöd";
    auto r = referrals.create(remittent, in);
    EXPECT_TRUE(r) << field_of(r) << " " << field_code_of(r);
    return r ? *r : Referral{};
  }
  static Consent follow_up(const char* on = "2026-10-01") {
    Consent c;
    c.purpose = ConsentPurpose::follow_up;
    c.given_on = day(on);
    c.form_reference = "Samtycke 2026-17";
    return c;
  }
  static StatusSnapshot snapshot() {
    StatusSnapshot s;
    s.support = {SupportSource::sjukpenning};
    s.months_on_support = 14;
    s.education = EducationLevel::upper_secondary;
    s.occupation = Occupation::other;
    return s;
  }
  StartInput with_consent(const char* on = "2026-10-01") { return {day(on), follow_up(on), snapshot()}; }
  Participation started(const Referral& r, const char* on = "2026-10-01") {
    auto p = service.start(worker, everything, W::kInsjoriket, r.id, with_consent(on), r.version);
    EXPECT_TRUE(p) << code_of(p) << " " << field_of(p) << " " << field_code_of(p);
    return p ? *p : Participation{};
  }
  std::size_t events() const { return w.events.events.size(); }
  const AuditEvent& last() const { return w.events.events.back(); }
};

TEST_F(ParticipantServiceTest, StartsAParticipationFromAReferralWithConsentAndAuditsIt) {
  auto r = referred(testing::kAnna, w.balder);
  const auto before = events();
  auto p = started(r);
  EXPECT_EQ(p.person_id, r.person_id);
  EXPECT_EQ(p.referral_id, r.id);
  EXPECT_EQ(p.gender, Gender::woman);
  EXPECT_EQ(p.start_year, 2026);
  ASSERT_TRUE(p.at_start);
  EXPECT_EQ(p.at_start->months_on_support, 14);
  ASSERT_EQ(w.participations.consents(p.id).size(), 1U);
  auto referral = *w.referrals.find_referral(r.id);
  EXPECT_EQ(referral.state, ReferralState::started);
  EXPECT_EQ(referral.decided_on, day("2026-10-01"));
  EXPECT_EQ(w.referrals.events(r.id).back().to, ReferralState::started);
  ASSERT_EQ(events(), before + 2);
  EXPECT_EQ(w.events.events[before].entity, "participation");
  EXPECT_EQ(last().entity, "person");
  EXPECT_EQ(last().entity_id, std::to_string(r.person_id));
}

TEST_F(ParticipantServiceTest, WithoutConsentAParticipationIsAnonymousAndRecordsNoFollowUp) {
  auto r = referred(testing::kBertil, w.balder, "Bertil Berg");
  auto refused = service.start(worker, everything, W::kInsjoriket, r.id, {day("2026-10-01"), {}, snapshot()}, 1);
  EXPECT_EQ(field_of(refused), "consent");
  EXPECT_EQ(field_code_of(refused), "missing");
  EXPECT_TRUE(w.participations.participations.empty());

  auto p = service.start(worker, everything, W::kInsjoriket, r.id, {day("2026-10-01"), {}, {}}, 1);
  ASSERT_TRUE(p) << field_of(p);
  EXPECT_FALSE(p->person_id);
  EXPECT_EQ(p->gender, Gender::man);  // gender and start year are all that remain
  EXPECT_EQ(p->start_year, 2026);
  EXPECT_TRUE(w.participations.consents(p->id).empty());
}

TEST_F(ParticipantServiceTest, RefusesAStartThatDoesNotFitWritingNothing) {
  auto r = referred(testing::kAnna, w.balder);
  const auto before = events();
  auto early = service.start(worker, everything, W::kInsjoriket, r.id, with_consent("2026-08-31"), 1);
  EXPECT_EQ(field_of(early), "startedOn");
  EXPECT_EQ(field_code_of(early), "before_referral");
  auto form = with_consent();
  form.follow_up->form_reference.clear();
  EXPECT_EQ(field_of(service.start(worker, everything, W::kInsjoriket, r.id, form, 1)), "formReference");
  auto bad = with_consent();
  bad.at_start->extent_percent = 120;
  EXPECT_EQ(field_of(service.start(worker, everything, W::kInsjoriket, r.id, bad, 1)), "atStart.extentPercent");
  EXPECT_EQ(code_of(service.start(worker, everything, W::kInsjoriket, r.id, with_consent(), 2)), "version_conflict");
  EXPECT_EQ(code_of(service.start(worker, ist_only, W::kInsjoriket, r.id, with_consent(), 1)), "not_found");
  EXPECT_EQ(code_of(service.start(worker, own_referrals, W::kInsjoriket, r.id, with_consent(), 1)), "not_found");
  EXPECT_EQ(code_of(service.start(worker, everything, W::kLerum, r.id, with_consent(), 1)), "not_found");
  w.persons.set_restricted(r.person_id, true);
  EXPECT_EQ(field_code_of(service.start(worker, everything, W::kInsjoriket, r.id, with_consent(), 1)), "restricted");

  EXPECT_TRUE(w.participations.participations.empty());
  EXPECT_TRUE(w.participations.consent_list.empty());
  EXPECT_EQ(w.referrals.find_referral(r.id)->state, ReferralState::received);
  EXPECT_EQ(events(), before);
}

TEST_F(ParticipantServiceTest, RefusesAFullInsatsAndOneWithoutAProcessingAgreementOnTheStartDate) {
  started(referred(testing::kAnna, w.balder));
  started(referred(testing::kBertil, w.balder, "Bertil Berg"));
  auto third = referred(testing::kCurt, w.balder, "Curt Carlsson");
  auto full = service.start(worker, everything, W::kInsjoriket, third.id, with_consent(), 1);
  EXPECT_EQ(field_of(full), "insats");
  EXPECT_EQ(field_code_of(full), "full");

  auto r = referred(testing::kCurt, w.ist, "Curt Carlsson");
  w.agreements.stored[1].valid_to = day("2026-09-30");  // the region's agreement ended
  auto no_agreement = service.start(worker, everything, W::kInsjoriket, r.id, with_consent(), 1);
  EXPECT_EQ(field_code_of(no_agreement), "no_processing_agreement");
  EXPECT_EQ(w.participations.participations.size(), 2U);
}

TEST_F(ParticipantServiceTest, AStartedReferralCannotStartAgain) {
  auto r = referred(testing::kAnna, w.balder);
  started(r);
  auto again = service.start(worker, everything, W::kInsjoriket, r.id, with_consent(), 2);
  EXPECT_EQ(field_code_of(again), "invalid_transition");
  EXPECT_EQ(w.participations.participations.size(), 1U);
}

TEST_F(ParticipantServiceTest, OpenEntryRegistersThePersonOrKeepsThemAnonymous) {
  auto open = w.individual("Öppen ingång", W::kAlingsas, 10);
  open.referral_required = false;
  const auto insats = w.insatser.add_insats(open);
  PersonalScope scope;
  scope.insatser = {insats};

  OpenEntryInput anonymous;
  anonymous.association_id = W::kInsjoriket;
  anonymous.insats_id = insats;
  anonymous.gender = Gender::man;
  anonymous.start = {day("2026-11-02"), {}, {}};
  auto a = service.start_open(worker, scope, anonymous);
  ASSERT_TRUE(a) << field_of(a);
  EXPECT_FALSE(a->person_id);
  EXPECT_EQ(a->gender, Gender::man);
  EXPECT_TRUE(w.persons.persons.empty());

  OpenEntryInput named = anonymous;
  named.personnummer = testing::kAnna;
  named.name = "Anna Andersson";
  named.kommun_code = "1440";
  named.start = {day("2026-11-02"), follow_up("2026-11-02"), snapshot()};
  auto n = service.start_open(worker, scope, named);
  ASSERT_TRUE(n) << field_of(n);
  ASSERT_EQ(w.persons.persons.size(), 1U);
  EXPECT_EQ(n->person_id, w.persons.persons[0].id);
  EXPECT_EQ(n->gender, Gender::woman);  // from the personnummer

  EXPECT_EQ(code_of(service.start_open(worker, everything, anonymous)), "not_found");  // not the scope's insats

  // Named but without consent: anonymous, and nothing about the person is registered.
  OpenEntryInput unconsented = named;
  unconsented.personnummer = testing::kBertil;
  unconsented.name = "Bertil Berg";
  unconsented.start = {day("2026-11-02"), std::nullopt, std::nullopt};
  auto u = service.start_open(worker, scope, unconsented);
  ASSERT_TRUE(u) << field_of(u);
  EXPECT_FALSE(u->person_id);
  EXPECT_EQ(u->gender, Gender::man);  // from the personnummer
  EXPECT_EQ(w.persons.persons.size(), 1U);
}

TEST_F(ParticipantServiceTest, ARefusedOpenEntryRegistersNoPerson) {
  auto open = w.individual("Öppen ingång", W::kAlingsas, 10);
  open.referral_required = false;
  const auto insats = w.insatser.add_insats(open);
  PersonalScope scope;
  scope.insatser = {insats};
  OpenEntryInput in;
  in.association_id = W::kInsjoriket;
  in.insats_id = insats;
  in.personnummer = testing::kAnna;
  in.name = "Anna Andersson";
  in.kommun_code = "1440";
  in.start = {day("2026-11-02"), {}, snapshot()};  // follow-up data without consent
  auto refused = service.start_open(worker, scope, in);
  EXPECT_EQ(field_code_of(refused), "missing");
  EXPECT_TRUE(w.persons.persons.empty());
  EXPECT_TRUE(w.participations.participations.empty());
  EXPECT_EQ(events(), 0U);

  in.name.clear();
  EXPECT_EQ(field_of(service.start_open(worker, scope, in)), "name");
  in.personnummer = "19900101-2384";
  EXPECT_EQ(field_of(service.start_open(worker, scope, in)), "personnummer");
  in.insats_id = w.balder;  // needs a referral
  EXPECT_EQ(field_code_of(service.start_open(worker, everything, in)), "referral_required");
  in.insats_id = insats;
  EXPECT_EQ(code_of(service.start_open(worker, everything, in)), "not_found");
  EXPECT_TRUE(w.persons.persons.empty());
}

TEST_F(ParticipantServiceTest, EndsAParticipationWithItsExitReasonAndFollowUp) {
  auto p = started(referred(testing::kAnna, w.balder));
  auto at_end = snapshot();
  at_end.support = {SupportSource::none};
  at_end.occupation = Occupation::work;
  at_end.extent_percent = 50;
  auto ended = service.end(worker, balder_only, W::kInsjoriket, p.id, day("2026-11-20"), ExitReason::work, at_end, 1);
  ASSERT_TRUE(ended) << field_of(ended);
  EXPECT_EQ(ended->ended_on, day("2026-11-20"));
  EXPECT_EQ(ended->exit_reason, ExitReason::work);
  EXPECT_EQ(ended->at_end->extent_percent, 50);
  EXPECT_EQ(ended->version, 2);
  EXPECT_EQ(last().entity, "participation");
  EXPECT_EQ(last().action, "update");
}

TEST_F(ParticipantServiceTest, RefusesAWrongEndWritingNothing) {
  auto p = started(referred(testing::kAnna, w.balder));
  auto anon = *service.start(worker, everything, W::kInsjoriket, referred(testing::kBertil, w.balder, "B B").id,
                             {day("2026-10-01"), {}, {}}, 1);
  const auto before = events();
  EXPECT_EQ(code_of(service.end(worker, ist_only, W::kInsjoriket, p.id, day("2026-11-20"), ExitReason::work, {}, 1)),
            "not_found");
  EXPECT_EQ(code_of(service.end(worker, balder_only, W::kInsjoriket, p.id, day("2026-11-20"), ExitReason::work, {}, 9)),
            "version_conflict");
  EXPECT_EQ(
      field_code_of(service.end(worker, balder_only, W::kInsjoriket, p.id, day("2026-09-30"), ExitReason::work, {}, 1)),
      "before_start");
  EXPECT_EQ(field_of(service.end(worker, balder_only, W::kInsjoriket, p.id, day("2026-11-20"), std::nullopt, {}, 1)),
            "exitReason");
  auto no_consent =
      service.end(worker, balder_only, W::kInsjoriket, anon.id, day("2026-11-20"), ExitReason::work, snapshot(), 1);
  EXPECT_EQ(field_of(no_consent), "consent");
  EXPECT_FALSE(w.participations.find_participation(p.id)->ended_on);
  EXPECT_EQ(events(), before);
  ASSERT_TRUE(service.end(worker, balder_only, W::kInsjoriket, p.id, day("2026-11-20"), ExitReason::work, {}, 1));
  EXPECT_EQ(field_code_of(service.end(worker, balder_only, W::kInsjoriket, p.id, day("2026-11-21"),
                                      ExitReason::completed, {}, 2)),
            "already_ended");
}

TEST_F(ParticipantServiceTest, AddsConsentToExchangeInformationWithANamedParty) {
  auto p = started(referred(testing::kAnna, w.balder));
  Consent exchange;
  exchange.participation_id = p.id;
  exchange.purpose = ConsentPurpose::information_exchange;
  exchange.party_member_id = W::kAf;
  exchange.given_on = day("2026-10-15");
  exchange.form_reference = "Samtycke 2026-18";
  const auto before = events();
  auto saved = service.add_consent(worker, balder_only, W::kInsjoriket, exchange);
  ASSERT_TRUE(saved) << field_of(saved);
  EXPECT_GT(saved->id, 0);
  EXPECT_EQ(w.participations.consents(p.id).size(), 2U);
  ASSERT_EQ(events(), before + 2);
  EXPECT_EQ(w.events.events[before].entity, "consent");
  EXPECT_EQ(last().entity, "person");

  auto stranger = exchange;
  stranger.party_member_id = W::kLerumKommun;
  EXPECT_EQ(field_code_of(service.add_consent(worker, balder_only, W::kInsjoriket, stranger)), "unknown");
  auto unnamed = exchange;
  unnamed.party_member_id.reset();
  EXPECT_EQ(field_of(service.add_consent(worker, balder_only, W::kInsjoriket, unnamed)), "partyMemberId");
  EXPECT_EQ(code_of(service.add_consent(worker, ist_only, W::kInsjoriket, exchange)), "not_found");
  auto anon = *service.start(worker, everything, W::kInsjoriket, referred(testing::kBertil, w.balder, "B B").id,
                             {day("2026-10-01"), {}, {}}, 1);
  auto to_anonymous = exchange;
  to_anonymous.participation_id = anon.id;
  EXPECT_EQ(field_code_of(service.add_consent(worker, balder_only, W::kInsjoriket, to_anonymous)), "anonymous");
  EXPECT_EQ(w.participations.consent_list.size(), 2U);
}

TEST_F(ParticipantServiceTest, WithdrawingFollowUpConsentMakesTheParticipationAnonymousAndRemovesTheIdentity) {
  auto r = referred(testing::kAnna, w.balder);
  auto p = started(r);
  const auto consent = w.participations.consents(p.id).front().id;
  EXPECT_EQ(
      field_code_of(service.withdraw_consent(worker, balder_only, W::kInsjoriket, p.id, consent, day("2026-09-30"))),
      "before_given");
  EXPECT_EQ(code_of(service.withdraw_consent(worker, balder_only, W::kInsjoriket, p.id, 99, day("2026-11-02"))),
            "not_found");
  EXPECT_EQ(code_of(service.withdraw_consent(worker, ist_only, W::kInsjoriket, p.id, consent, day("2026-11-02"))),
            "not_found");

  auto withdrawn = service.withdraw_consent(worker, balder_only, W::kInsjoriket, p.id, consent, day("2026-11-02"));
  ASSERT_TRUE(withdrawn) << field_of(withdrawn);
  auto now = *w.participations.find_participation(p.id);
  EXPECT_FALSE(now.person_id);
  EXPECT_FALSE(now.at_start);
  EXPECT_EQ(now.started_on, day("2026-10-01"));  // the count stays
  auto person = *w.persons.find_person(r.person_id);
  EXPECT_FALSE(person.sealed_identity);  // nothing else needed it
  EXPECT_EQ(person.masked, "");
  EXPECT_NE(person.person_key, w.vault.pseudonym(W::kInsjoriket, "199001012385"));
  EXPECT_EQ(w.referrals.sealed_reason(r.id), "");
  EXPECT_EQ(
      field_code_of(service.withdraw_consent(worker, balder_only, W::kInsjoriket, p.id, consent, day("2026-11-03"))),
      "already_withdrawn");
}

TEST_F(ParticipantServiceTest, WithdrawingConsentKeepsTheIdentityWhileAnotherParticipationNeedsIt) {
  auto r = referred(testing::kAnna, w.balder);
  auto p = started(r);
  started(referred(testing::kAnna, w.ist));
  const auto consent = w.participations.consents(p.id).front().id;
  ASSERT_TRUE(service.withdraw_consent(worker, balder_only, W::kInsjoriket, p.id, consent, day("2026-11-02")));
  EXPECT_FALSE(w.participations.find_participation(p.id)->person_id);
  EXPECT_TRUE(w.persons.find_person(r.person_id)->sealed_identity);
}

TEST_F(ParticipantServiceTest, ThePersonPageShowsOnlyWhatTheScopeCoversAndLogsTheRead) {
  auto r = referred(testing::kAnna, w.balder);
  started(r);
  started(referred(testing::kAnna, w.ist));
  const auto before = events();
  auto view = service.person(worker, balder_only, W::kInsjoriket, r.person_id);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->name, "Anna Andersson");
  ASSERT_EQ(view->participations.size(), 1U);
  EXPECT_EQ(view->participations[0].insats_id, w.balder);
  ASSERT_EQ(view->referrals.size(), 1U);
  EXPECT_EQ(view->referrals[0].insats_id, w.balder);
  EXPECT_EQ(view->consents.size(), 1U);
  ASSERT_EQ(events(), before + 1);
  EXPECT_EQ(last().action, "read_personal");

  // The remittent follows the people they referred, and no one else.
  EXPECT_TRUE(service.person(remittent, own_referrals, W::kInsjoriket, r.person_id));
  EXPECT_EQ(code_of(service.person(remittent, PersonalScope{{}, 21}, W::kInsjoriket, r.person_id)), "not_found");
  EXPECT_EQ(code_of(service.person(worker, everything, W::kLerum, r.person_id)), "not_found");
  EXPECT_EQ(code_of(service.person(worker, everything, W::kInsjoriket, 999)), "not_found");
  EXPECT_EQ(code_of(service.access_log(PersonalScope{{}, 21}, W::kInsjoriket, r.person_id)), "not_found");
  EXPECT_TRUE(service.access_log(balder_only, W::kInsjoriket, r.person_id));
}

TEST_F(ParticipantServiceTest, RevealsTheFullPersonnummerOnlyAsAnAuditedAction) {
  auto r = referred(testing::kAnna, w.balder);
  const auto before = events();
  auto identity = service.reveal(worker, balder_only, W::kInsjoriket, r.person_id);
  ASSERT_TRUE(identity);
  EXPECT_EQ(identity->personnummer, "199001012385");
  ASSERT_EQ(events(), before + 1);
  EXPECT_EQ(last().action, "read_personal");
  ASSERT_FALSE(last().fields.empty());
  for (const auto& f : last().fields) EXPECT_NE(f.value, std::optional<std::string>("199001012385"));
  EXPECT_EQ(code_of(service.reveal(worker, ist_only, W::kInsjoriket, r.person_id)), "not_found");
  w.persons.set_sealed_identity(r.person_id, std::nullopt);
  EXPECT_EQ(field_code_of(service.reveal(worker, balder_only, W::kInsjoriket, r.person_id)), "not_stored");
  w.persons.set_sealed_identity(r.person_id, "not sealed here");
  EXPECT_EQ(field_code_of(service.reveal(worker, balder_only, W::kInsjoriket, r.person_id)), "not_stored");
  EXPECT_EQ(events(), before + 1);
}

TEST_F(ParticipantServiceTest, AProtectedIdentityRemovesThePersonAndLeavesAnonymousCounts) {
  auto r = referred(testing::kAnna, w.balder);
  auto p = started(r);
  EXPECT_EQ(code_of(service.protect(worker, ist_only, W::kInsjoriket, r.person_id)), "not_found");
  EXPECT_TRUE(w.persons.find_person(r.person_id));
  ASSERT_TRUE(service.protect(worker, balder_only, W::kInsjoriket, r.person_id));
  EXPECT_FALSE(w.persons.find_person(r.person_id));
  auto now = *w.participations.find_participation(p.id);
  EXPECT_FALSE(now.person_id);
  EXPECT_FALSE(now.at_start);
  EXPECT_EQ(w.referrals.find_referral(r.id)->person_id, 0);
  EXPECT_EQ(last().action, "delete");
  EXPECT_EQ(last().entity, "person");
}

TEST_F(ParticipantServiceTest, SavesTheJointPlanSealedWithVersions) {
  auto r = referred(testing::kAnna, w.balder);
  started(r);
  JointPlan plan;
  plan.person_id = r.person_id;
  plan.needs = "Stöd med sömn och struktur";
  plan.own_goals = "Arbeta halvtid";
  plan.professional_goals = "Arbetsträning";
  plan.overall_member_id = W::kAlingsas;
  plan.actions = {{0, "Kontakt med vårdcentral", W::kRegion, day("2026-12-01"), std::nullopt}};
  auto saved = service.save_plan(worker, balder_only, W::kInsjoriket, plan, 0);
  ASSERT_TRUE(saved) << code_of(saved) << field_of(saved);
  EXPECT_EQ(saved->version, 1);
  EXPECT_GT(saved->actions[0].id, 0);
  EXPECT_EQ(saved->needs, "Stöd med sömn och struktur");
  auto stored = *w.participations.find_plan(r.person_id);
  EXPECT_EQ(stored.needs.find("sömn"), std::string::npos);
  EXPECT_EQ(stored.actions[0].description.find("vårdcentral"), std::string::npos);
  EXPECT_EQ(last().action, "create");
  EXPECT_EQ(service.person(worker, balder_only, W::kInsjoriket, r.person_id)->plan->own_goals, "Arbeta halvtid");

  const auto before = events();
  EXPECT_EQ(code_of(service.save_plan(worker, balder_only, W::kInsjoriket, plan, 0)), "version_conflict");
  plan.next_follow_up_on = day("2027-01-15");
  auto updated = service.save_plan(worker, balder_only, W::kInsjoriket, plan, 1);
  ASSERT_TRUE(updated);
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(events(), before + 1);
  EXPECT_EQ(last().action, "update");
}

TEST_F(ParticipantServiceTest, RefusesAPlanOutsideTheScopeOrFromARemittentWritingNothing) {
  auto r = referred(testing::kAnna, w.balder);
  started(r);
  JointPlan plan;
  plan.person_id = r.person_id;
  plan.overall_member_id = W::kAlingsas;
  const auto before = events();
  EXPECT_EQ(code_of(service.save_plan(worker, ist_only, W::kInsjoriket, plan, 0)), "not_found");
  EXPECT_EQ(code_of(service.save_plan(remittent, own_referrals, W::kInsjoriket, plan, 0)), "forbidden");
  auto unknown = plan;
  unknown.overall_member_id = W::kLerumKommun;
  EXPECT_EQ(field_of(service.save_plan(worker, balder_only, W::kInsjoriket, unknown, 0)), "overallMemberId");
  w.persons.set_restricted(r.person_id, true);
  EXPECT_EQ(field_code_of(service.save_plan(worker, balder_only, W::kInsjoriket, plan, 0)), "restricted");
  EXPECT_TRUE(w.participations.plans.empty());
  EXPECT_EQ(events(), before);
}

TEST_F(ParticipantServiceTest, FindsAPersonByPersonnummerWithinTheScope) {
  auto r = referred(testing::kAnna, w.balder);
  const auto before = events();
  auto found = service.find(worker, balder_only, W::kInsjoriket, "900101-2385");
  ASSERT_TRUE(found) << code_of(found);
  EXPECT_EQ(*found, r.person_id);
  ASSERT_EQ(events(), before + 1);
  EXPECT_EQ(last().action, "read_personal");
  EXPECT_EQ(code_of(service.find(worker, ist_only, W::kInsjoriket, testing::kAnna)), "not_found");
  EXPECT_EQ(code_of(service.find(worker, balder_only, W::kLerum, testing::kAnna)), "not_found");
  EXPECT_EQ(code_of(service.find(worker, balder_only, W::kInsjoriket, testing::kBertil)), "not_found");
  EXPECT_EQ(field_of(service.find(worker, balder_only, W::kInsjoriket, "19900101-2384")), "personnummer");
  EXPECT_EQ(events(), before + 1);
}

TEST_F(ParticipantServiceTest, ARestrictedPersonGetsNoNewConsentAndNoFollowUpDataAtTheEnd) {
  auto r = referred(testing::kAnna, w.balder);
  auto p = started(r);
  w.persons.set_restricted(r.person_id, true);
  const auto before = events();
  auto consent = follow_up("2026-11-01");
  consent.participation_id = p.id;
  consent.purpose = ConsentPurpose::information_exchange;
  consent.party_member_id = W::kFk;
  EXPECT_EQ(field_code_of(service.add_consent(worker, balder_only, W::kInsjoriket, consent)), "restricted");
  auto with_data =
      service.end(worker, balder_only, W::kInsjoriket, p.id, day("2026-11-20"), ExitReason::work, snapshot(), 1);
  ASSERT_FALSE(with_data);
  EXPECT_EQ(with_data.error().fields.back().field, "person");
  EXPECT_EQ(events(), before);
  EXPECT_EQ(w.participations.consents(p.id).size(), 1U);
  // The end itself is a fact about the insats and is still recorded, without follow-up data.
  auto ended =
      service.end(worker, balder_only, W::kInsjoriket, p.id, day("2026-11-20"), ExitReason::work, std::nullopt, 1);
  ASSERT_TRUE(ended) << field_of(ended);
  EXPECT_FALSE(ended->at_end);
}

TEST_F(ParticipantServiceTest, TheJointPlanIsNotShownToARemittentWhoOnlyFollowsTheReferral) {
  auto r = referred(testing::kAnna, w.balder);
  started(r);
  JointPlan plan;
  plan.person_id = r.person_id;
  plan.needs = "Stöd med sömn och struktur";
  plan.overall_member_id = W::kAlingsas;
  ASSERT_TRUE(service.save_plan(worker, balder_only, W::kInsjoriket, plan, 0));
  auto seen_by_worker = service.person(worker, balder_only, W::kInsjoriket, r.person_id);
  ASSERT_TRUE(seen_by_worker);
  ASSERT_TRUE(seen_by_worker->plan);
  EXPECT_EQ(seen_by_worker->plan->needs, "Stöd med sömn och struktur");
  auto seen_by_remittent = service.person(remittent, own_referrals, W::kInsjoriket, r.person_id);
  ASSERT_TRUE(seen_by_remittent);
  EXPECT_FALSE(seen_by_remittent->plan);
  EXPECT_EQ(seen_by_remittent->referrals.size(), 1U);
}

TEST_F(ParticipantServiceTest, AConsentCannotBeWithdrawnInTheFuture) {
  auto p = started(referred(testing::kAnna, w.balder));
  const auto consent = w.participations.consents(p.id).front().id;
  const auto tomorrow = w.clock.today().add_days(1);
  EXPECT_EQ(field_code_of(service.withdraw_consent(worker, balder_only, W::kInsjoriket, p.id, consent, tomorrow)),
            "future");
  EXPECT_FALSE(w.participations.consents(p.id).front().withdrawn_on);
  EXPECT_TRUE(w.participations.find_participation(p.id)->person_id);
}

}  // namespace
}  // namespace samordna::core
