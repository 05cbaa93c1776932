// ReferralService in memory: the eligibility check, registering a referral (pseudonymised person, sealed
// identity and reason, an explicit recorded override), its transitions, the queue and the lists, each limited
// to the caller's scope; refusals write nothing, changes and reads of personal data are audited.
#include "participants/referral_service.hpp"

#include <map>

#include <gtest/gtest.h>

#include "kernel/testing/results.hpp"
#include "participants/testing/world.hpp"

namespace samordna::core {
namespace {

using testing::code_of;
using testing::day;
using testing::field_code_of;
using testing::field_of;
using W = testing::ParticipantsWorld;

class ReferralServiceTest : public ::testing::Test {
 protected:
  testing::ParticipantsWorld w;
  ReferralService service{w.insatser, w.associations, w.persons,      w.referrals, w.participations,
                          w.vault,    w.agreements,   w.transactions, w.audit,     w.clock};
  Actor remittent{20, "remittent", "10.0.0.1"};
  Actor worker{30, "deltagaransvarig", "10.0.0.2"};
  PersonalScope everything{{}, std::nullopt};
  PersonalScope balder_only;
  PersonalScope own_referrals{{}, 20};

  void SetUp() override {
    everything.insatser = {w.balder, w.ist};
    balder_only.insatser = {w.balder};
  }

  ReferralInput input(const char* personnummer, std::int64_t insats, const char* name = "Anna Andersson") {
    ReferralInput in;
    in.association_id = W::kInsjoriket;
    in.insats_id = insats;
    in.referring_member_id = W::kFk;
    in.referred_on = day("2026-11-02");
    in.personnummer = personnummer;
    in.name = name;
    in.kommun_code = "1489";
    in.target_group_id = w.group;
    in.reason = "Långvarigt sjukskriven, behöver stöd";
    return in;
  }
  Referral referred(const char* personnummer, std::int64_t insats, const char* name = "Anna Andersson") {
    auto r = service.create(remittent, input(personnummer, insats, name));
    EXPECT_TRUE(r) << code_of(r) << " " << field_of(r) << " " << field_code_of(r);
    return r ? *r : Referral{};
  }
  std::size_t events() const { return w.events.events.size(); }
  const AuditEvent& last() const { return w.events.events.back(); }
  bool nothing_written() const {
    return w.persons.persons.empty() && w.referrals.referrals.empty() && w.referrals.referral_events.empty() &&
           w.events.events.empty();
  }
};

TEST_F(ReferralServiceTest, ChecksEligibilityOnTheReferralDate) {
  auto ok = service.check(input(testing::kAnna, w.balder));
  ASSERT_TRUE(ok) << field_of(ok);
  EXPECT_TRUE(ok->problems.empty());
  EXPECT_EQ(ok->age, 36);

  auto old = service.check(input(testing::kOld, w.balder));
  ASSERT_TRUE(old);
  EXPECT_EQ(old->problems, std::vector<std::string>{"too_old"});
  auto in = input(testing::kYoung, w.balder);
  in.kommun_code = "1441";  // Lerum: not in Insjöriket's area
  auto young = service.check(in);
  ASSERT_TRUE(young);
  EXPECT_EQ(young->problems, (std::vector<std::string>{"too_young", "outside_area"}));
}

TEST_F(ReferralServiceTest, ChecksTheInputFieldByField) {
  auto in = input("19900101-2384", w.lerum_insats);  // wrong check digit; another förbund's insats
  in.kommun_code = "9999";
  in.target_group_id = 42;
  auto refused = service.check(in);
  ASSERT_FALSE(refused);
  std::vector<std::string> fields;
  for (const auto& f : refused.error().fields) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"personnummer", "insatsId", "kommunCode", "targetGroupId"}));
}

TEST_F(ReferralServiceTest, RegistersAPseudonymisedPersonWithSealedIdentityAndReason) {
  auto r = referred(testing::kAnna, w.balder);
  EXPECT_EQ(r.state, ReferralState::received);
  EXPECT_EQ(r.referrer_user_id, 20);
  EXPECT_FALSE(r.eligibility_overridden);
  ASSERT_EQ(w.persons.persons.size(), 1U);
  const auto& person = w.persons.persons[0];
  EXPECT_EQ(r.person_id, person.id);
  EXPECT_EQ(person.person_key, w.vault.pseudonym(W::kInsjoriket, "199001012385"));
  EXPECT_EQ(person.person_key.find("199001012385"), std::string::npos);
  EXPECT_EQ(person.masked, "19900101-****");
  EXPECT_EQ(person.gender, Gender::woman);
  EXPECT_EQ(person.birth_year, 1990);
  ASSERT_TRUE(person.sealed_identity);
  EXPECT_EQ(person.sealed_identity->find("Anna"), std::string::npos);
  EXPECT_EQ(open_identity(w.vault, person)->name, "Anna Andersson");
  EXPECT_EQ(w.referrals.reasons[r.id].find("sjukskriven"), std::string::npos);
  ASSERT_EQ(w.referrals.events(r.id).size(), 1U);

  ASSERT_EQ(events(), 1U);
  EXPECT_EQ(last().action, "create");
  EXPECT_EQ(last().entity, "referral");
  int personal = 0;
  for (const auto& f : last().fields) {
    if (f.name == "personnummer" || f.name == "name" || f.name == "reason") {
      ++personal;
      EXPECT_FALSE(f.value) << f.name << " is personal: its name alone is logged";
    }
  }
  EXPECT_EQ(personal, 3);  // all three are named in the event, so the loop checked each
}

TEST_F(ReferralServiceTest, TheSamePersonIsOnePersonInTheForbundAndAnotherInAnother) {
  auto first = referred(testing::kAnna, w.balder);
  auto second = referred(testing::kAnna, w.ist, "Anna Berg");
  EXPECT_EQ(first.person_id, second.person_id);
  ASSERT_EQ(w.persons.persons.size(), 1U);
  EXPECT_EQ(open_identity(w.vault, w.persons.persons[0])->name, "Anna Berg");  // the identity is kept current
  EXPECT_NE(w.vault.pseudonym(W::kInsjoriket, "199001012385"), w.vault.pseudonym(W::kLerum, "199001012385"));
}

TEST_F(ReferralServiceTest, AFailingCheckNeedsAnExplicitOverrideWhichIsRecorded) {
  auto refused = service.create(remittent, input(testing::kOld, w.balder));
  EXPECT_EQ(field_of(refused), "eligibility");
  EXPECT_EQ(field_code_of(refused), "too_old");
  EXPECT_TRUE(nothing_written());

  auto in = input(testing::kOld, w.balder);
  in.override_eligibility = true;
  auto r = service.create(remittent, in);
  ASSERT_TRUE(r) << field_of(r);
  EXPECT_TRUE(r->eligibility_overridden);
  EXPECT_EQ(r->eligibility_problems, std::vector<std::string>{"too_old"});
  bool recorded = false;
  for (const auto& f : last().fields) recorded |= f.name == "eligibilityOverridden" && f.value == "too_old";
  EXPECT_TRUE(recorded);
}

TEST_F(ReferralServiceTest, RefusesAReferralThatCannotBeTakenWritingNothing) {
  auto nameless = input(testing::kAnna, w.balder, "");
  EXPECT_EQ(field_of(service.create(remittent, nameless)), "name");
  auto stranger = input(testing::kAnna, w.balder);
  stranger.referring_member_id = W::kLerumKommun;  // a member of another förbund
  EXPECT_EQ(field_of(service.create(remittent, stranger)), "referringMemberId");
  auto structural = service.create(remittent, input(testing::kAnna, w.natverk));
  EXPECT_EQ(field_code_of(structural), "not_individual");
  auto future = input(testing::kAnna, w.balder);
  future.referred_on = day("2026-11-23");
  EXPECT_EQ(field_code_of(service.create(remittent, future)), "future");
  EXPECT_TRUE(nothing_written());
}

TEST_F(ReferralServiceTest, RefusesAnInsatsWhoseControllerHasNoProcessingAgreement) {
  const auto ale_insats = w.insatser.add_insats(w.individual("Ales egen", W::kAle, 3));
  auto refused = service.create(remittent, input(testing::kAnna, ale_insats));
  EXPECT_EQ(field_of(refused), "insatsId");
  EXPECT_EQ(field_code_of(refused), "no_processing_agreement");
  EXPECT_TRUE(nothing_written());
  w.add_agreement(W::kInsjoriket, W::kAle);
  EXPECT_TRUE(service.create(remittent, input(testing::kAnna, ale_insats)));
}

TEST_F(ReferralServiceTest, RefusesAPersonWhoseProcessingIsRestricted) {
  auto r = referred(testing::kAnna, w.balder);
  w.persons.set_restricted(r.person_id, true);
  const auto before = events();
  auto refused = service.create(remittent, input(testing::kAnna, w.ist));
  EXPECT_EQ(field_of(refused), "personnummer");
  EXPECT_EQ(field_code_of(refused), "restricted");
  EXPECT_EQ(w.referrals.referrals.size(), 1U);
  EXPECT_EQ(events(), before);
}

TEST_F(ReferralServiceTest, AProtectedIdentityIsReferredAnonymouslyAndRemovesWhatWasStored) {
  auto first = referred(testing::kAnna, w.balder);
  ASSERT_EQ(w.persons.persons.size(), 1U);
  auto in = input(testing::kAnna, w.ist, "");
  in.protected_identity = true;
  auto r = service.create(remittent, in);
  ASSERT_TRUE(r) << field_of(r);
  EXPECT_EQ(r->person_id, 0);
  EXPECT_TRUE(w.persons.persons.empty());
  EXPECT_EQ(w.referrals.find_referral(first.id)->person_id, 0);  // the earlier referral is unlinked
}

TEST_F(ReferralServiceTest, MovesAReferralThroughItsStatesWithEventsAndAudit) {
  auto r = referred(testing::kAnna, w.balder);
  auto queued = service.transition(worker, everything, W::kInsjoriket, r.id, ReferralState::queued, std::nullopt, 1);
  ASSERT_TRUE(queued) << code_of(queued) << field_of(queued);
  EXPECT_EQ(queued->state, ReferralState::queued);
  EXPECT_EQ(queued->version, 2);
  EXPECT_FALSE(queued->decided_on);
  auto returned = service.transition(worker, everything, W::kInsjoriket, r.id, ReferralState::returned,
                                     ReturnReason::too_complex, 2);
  ASSERT_TRUE(returned);
  EXPECT_EQ(returned->decided_on, w.clock.today());
  EXPECT_EQ(returned->return_reason, ReturnReason::too_complex);
  auto history = w.referrals.events(r.id);
  ASSERT_EQ(history.size(), 3U);
  EXPECT_EQ(history[2].from, ReferralState::queued);
  EXPECT_EQ(history[2].to, ReferralState::returned);
  EXPECT_EQ(history[2].user_id, 30);
  EXPECT_EQ(last().action, "update");
  EXPECT_EQ(last().entity, "referral");
}

TEST_F(ReferralServiceTest, AReturnForAnnatSkalKeepsItsExplanationSealed) {
  auto r = referred(testing::kAnna, w.balder);
  auto unexplained = service.transition(worker, everything, W::kInsjoriket, r.id, ReferralState::returned,
                                        ReturnReason::other, 1, "   ");
  EXPECT_EQ(field_of(unexplained), "explanation");
  EXPECT_EQ(field_code_of(unexplained), "required");
  ASSERT_TRUE(service.transition(worker, everything, W::kInsjoriket, r.id, ReferralState::returned, ReturnReason::other,
                                 1, "Har redan stöd via psykiatrin"));
  EXPECT_EQ(w.referrals.sealed_return_note(r.id), w.vault.seal("Har redan stöd via psykiatrin"));  // never in clear
  std::map<std::string, std::optional<std::string>> fields;
  for (const auto& f : last().fields) fields[f.name] = f.value;
  ASSERT_EQ(fields.count("explanation"), 1U);
  EXPECT_FALSE(fields["explanation"]);  // by name only
  auto detail = service.detail(worker, everything, W::kInsjoriket, r.id);
  ASSERT_TRUE(detail);
  EXPECT_EQ(detail->return_note, "Har redan stöd via psykiatrin");
  // Removed with the person's other free texts.
  w.persons.remove_identity_and_plan(r.person_id, "unlinked");
  EXPECT_EQ(w.referrals.sealed_return_note(r.id), "");
}

TEST_F(ReferralServiceTest, RefusesAWrongTransitionWritingNothing) {
  auto r = referred(testing::kAnna, w.balder);
  const auto before = events();
  auto stale = service.transition(worker, everything, W::kInsjoriket, r.id, ReferralState::queued, std::nullopt, 7);
  EXPECT_EQ(code_of(stale), "version_conflict");
  auto no_reason =
      service.transition(worker, everything, W::kInsjoriket, r.id, ReferralState::returned, std::nullopt, 1);
  EXPECT_EQ(field_of(no_reason), "reason");
  EXPECT_EQ(field_code_of(no_reason), "required");
  auto started = service.transition(worker, everything, W::kInsjoriket, r.id, ReferralState::started, std::nullopt, 1);
  EXPECT_EQ(field_code_of(started), "start_with_participation");
  ASSERT_TRUE(service.transition(worker, everything, W::kInsjoriket, r.id, ReferralState::withdrawn, std::nullopt, 1));
  auto final_state =
      service.transition(worker, everything, W::kInsjoriket, r.id, ReferralState::queued, std::nullopt, 2);
  EXPECT_EQ(field_code_of(final_state), "invalid_transition");
  EXPECT_EQ(events(), before + 1);
  EXPECT_EQ(w.referrals.events(r.id).size(), 2U);
}

TEST_F(ReferralServiceTest, OutsideTheScopeAReferralDoesNotExistAndItsReferrerMayNotMoveIt) {
  auto r = referred(testing::kAnna, w.ist);
  PersonalScope other{{w.balder}, 99};
  EXPECT_EQ(code_of(service.transition(worker, other, W::kInsjoriket, r.id, ReferralState::queued, std::nullopt, 1)),
            "not_found");
  EXPECT_EQ(code_of(service.transition(worker, everything, W::kLerum, r.id, ReferralState::queued, std::nullopt, 1)),
            "not_found");
  auto own =
      service.transition(remittent, own_referrals, W::kInsjoriket, r.id, ReferralState::withdrawn, std::nullopt, 1);
  EXPECT_EQ(code_of(own), "forbidden");
  EXPECT_EQ(w.referrals.find_referral(r.id)->state, ReferralState::received);
  EXPECT_EQ(code_of(service.detail(worker, other, W::kInsjoriket, r.id)), "not_found");
  EXPECT_TRUE(service.detail(remittent, own_referrals, W::kInsjoriket, r.id));
}

TEST_F(ReferralServiceTest, TheQueueIsOrderedByPriorityThenDateWithIdentitiesOfTheScopeOnly) {
  auto in = input(testing::kBertil, w.balder, "Bertil Berg");
  in.referred_on = day("2026-10-01");
  ASSERT_TRUE(service.create(remittent, in));
  auto urgent = input(testing::kCurt, w.balder, "Curt Carlsson");
  urgent.priority = 2;
  ASSERT_TRUE(service.create(remittent, urgent));
  auto anon = input(testing::kAnna, w.balder, "");
  anon.protected_identity = true;
  ASSERT_TRUE(service.create(remittent, anon));
  auto other = referred(testing::kAnna, w.ist);
  ASSERT_TRUE(service.transition(worker, everything, W::kInsjoriket, other.id, ReferralState::withdrawn, {}, 1));

  auto queue = service.queue(balder_only, W::kInsjoriket, w.balder);
  ASSERT_TRUE(queue);
  ASSERT_EQ(queue->size(), 3U);
  EXPECT_EQ((*queue)[0].name, "Curt Carlsson");
  EXPECT_EQ((*queue)[0].position.position, 1);
  EXPECT_EQ((*queue)[1].name, "Bertil Berg");
  EXPECT_EQ((*queue)[1].masked_personnummer, "19850615-****");
  EXPECT_EQ((*queue)[2].name, "");
  EXPECT_EQ((*queue)[2].masked_personnummer, "");
  EXPECT_TRUE(service.queue(everything, W::kInsjoriket, w.ist)->empty());  // withdrawn is not waiting

  EXPECT_EQ(code_of(service.queue(balder_only, W::kInsjoriket, w.ist)), "not_found");
  EXPECT_EQ(code_of(service.queue(everything, W::kLerum, w.balder)), "not_found");

  const auto before = events();
  service.record_reads(worker, W::kInsjoriket, *queue, "queue");
  ASSERT_EQ(events(), before + 2);  // the anonymous referral names nobody
  EXPECT_EQ(last().action, "read_personal");
  EXPECT_EQ(last().entity, "person");
}

TEST_F(ReferralServiceTest, ListsAndCountsOnlyWhatTheScopeCovers) {
  auto a = referred(testing::kAnna, w.balder);
  Actor someone_else{21, "other", "10.0.0.3"};
  auto in = input(testing::kBertil, w.ist, "Bertil Berg");
  ASSERT_TRUE(service.create(someone_else, in));
  auto c = referred(testing::kCurt, w.ist, "Curt Carlsson");

  const auto before = events();
  auto mine = service.referrals(remittent, own_referrals, W::kInsjoriket, std::nullopt);
  ASSERT_EQ(mine.size(), 2U);
  EXPECT_EQ(mine[0].referral.id, a.id);
  EXPECT_EQ(mine[1].referral.id, c.id);
  EXPECT_EQ(events(), before + 2);  // each person shown is logged
  // Each waiting referral's place in its insats's queue, counting referrals the caller cannot see.
  EXPECT_EQ(mine[0].position.position, 1);  // Anna, alone in Balder's queue
  EXPECT_EQ(mine[1].position.position, 2);  // Curt, after Bertil (someone else's referral, not shown)
  EXPECT_EQ(mine[1].position.referral_id, c.id);

  auto in_balder = service.referrals(worker, balder_only, W::kInsjoriket, ReferralState::received);
  ASSERT_EQ(in_balder.size(), 1U);
  EXPECT_EQ(in_balder[0].name, "Anna Andersson");
  EXPECT_TRUE(service.referrals(worker, PersonalScope{}, W::kInsjoriket, std::nullopt).empty());
  EXPECT_TRUE(service.referrals(worker, balder_only, W::kInsjoriket, ReferralState::queued).empty());

  auto counts = service.summary(everything, W::kInsjoriket);
  ASSERT_EQ(counts.size(), 2U);
  EXPECT_EQ(counts[0].insats_id, w.balder);
  EXPECT_EQ(counts[0].count, 1);
  EXPECT_EQ(counts[1].insats_id, w.ist);
  EXPECT_EQ(counts[1].count, 2);
  EXPECT_EQ(counts[1].oldest_referred_on, day("2026-11-02"));
  EXPECT_EQ(service.summary(own_referrals, W::kInsjoriket).size(), 2U);  // Balder and IST, own only
  EXPECT_EQ(service.summary(own_referrals, W::kInsjoriket)[1].count, 1);
  EXPECT_TRUE(service.summary(everything, W::kLerum).empty());
}

TEST_F(ReferralServiceTest, TheDetailOpensTheReasonAndLogsTheRead) {
  auto r = referred(testing::kAnna, w.balder);
  const auto before = events();
  auto d = service.detail(worker, balder_only, W::kInsjoriket, r.id);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->reason, "Långvarigt sjukskriven, behöver stöd");
  EXPECT_EQ(d->name, "Anna Andersson");
  EXPECT_EQ(d->masked_personnummer, "19900101-****");
  EXPECT_EQ(d->events.size(), 1U);
  ASSERT_EQ(events(), before + 1);
  EXPECT_EQ(last().action, "read_personal");
  EXPECT_EQ(last().entity_id, std::to_string(r.person_id));
  EXPECT_EQ(code_of(service.detail(worker, balder_only, W::kLerum, r.id)), "not_found");
}

TEST_F(ReferralServiceTest, WaitsCountDaysFromReferralToStartInThePeriod) {
  auto r = referred(testing::kAnna, w.balder);
  Referral started = *w.referrals.find_referral(r.id);
  started.state = ReferralState::started;
  started.decided_on = day("2026-11-12");
  ASSERT_TRUE(w.referrals.set_state(started, 1));
  auto stats = service.waits(W::kInsjoriket, w.balder, day("2026-11-01"), day("2026-11-30"));
  ASSERT_TRUE(stats);
  EXPECT_EQ(stats->count, 1);
  EXPECT_EQ(stats->median, 10);
  EXPECT_EQ(service.waits(W::kInsjoriket, w.balder, day("2026-12-01"), day("2026-12-31"))->count, 0);
  EXPECT_EQ(field_code_of(service.waits(W::kInsjoriket, w.balder, day("2026-11-30"), day("2026-11-01"))),
            "before_from");
  EXPECT_EQ(code_of(service.waits(W::kLerum, w.balder, day("2026-11-01"), day("2026-11-30"))), "not_found");
}

}  // namespace
}  // namespace samordna::core
