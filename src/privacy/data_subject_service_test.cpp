// DataSubjectService in memory: the register extract, rectification, restriction and erasure, answered by a
// confirmed controller contact for their party's insatser only; another controller's share of a person blocks
// changes, refusals write nothing and every action is audited.
#include "privacy/data_subject_service.hpp"

#include <gtest/gtest.h>

#include "access/testing/fakes.hpp"
#include "kernel/testing/results.hpp"
#include "participants/participant_service.hpp"
#include "participants/referral_service.hpp"
#include "participants/testing/world.hpp"

namespace samordna::core {
namespace {

using testing::code_of;
using testing::day;
using testing::field_code_of;
using testing::field_of;
using W = testing::ParticipantsWorld;

class DataSubjectServiceTest : public ::testing::Test {
 protected:
  testing::ParticipantsWorld w;
  testing::MemoryAssignments assignments;
  ReferralService referrals{w.insatser, w.associations, w.persons,      w.referrals, w.participations,
                            w.vault,    w.agreements,   w.transactions, w.audit,     w.clock};
  ParticipantService participants{w.insatser,   w.associations, w.persons, w.referrals, w.participations, w.vault,
                                  w.agreements, w.transactions, w.audit,   w.events,    w.clock};
  DataSubjectService service{w.associations, w.insatser,     w.persons, w.referrals, w.participations, assignments,
                             w.vault,        w.transactions, w.audit,   w.events,    w.clock};
  Actor remittent{20, "remittent", "10.0.0.1"};
  Actor worker{30, "deltagaransvarig", "10.0.0.2"};
  Actor alingsas_contact{40, "dso.alingsas", "10.0.0.4"};
  Actor region_contact{41, "dso.vgr", "10.0.0.5"};
  Actor unconfirmed_contact{42, "dso.ale", "10.0.0.6"};
  PersonalScope everything;

  void SetUp() override {
    everything.insatser = {w.balder, w.ist};
    contact(40, W::kAlingsas, 1);
    contact(41, W::kRegion, 1);
    contact(42, W::kAle, std::nullopt);
  }
  void contact(std::int64_t user, std::int64_t party, std::optional<std::int64_t> confirmed_by) {
    RoleAssignment a;
    a.user_id = user;
    a.association_id = W::kInsjoriket;
    a.role = Role::controller_contact;
    a.organisation_member_id = party;
    a.valid_from = day("2020-01-01");
    a.confirmed_by = confirmed_by;
    assignments.add_assignment(a);
  }
  Referral referred(const char* personnummer, std::int64_t insats, const char* name) {
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
  Participation started(const Referral& r) {
    Consent c;
    c.given_on = day("2026-10-01");
    c.form_reference = "Samtycke 2026-17";
    auto p = participants.start(worker, everything, W::kInsjoriket, r.id, {day("2026-10-01"), c, {}}, r.version);
    EXPECT_TRUE(p) << field_of(p) << " " << field_code_of(p);
    return p ? *p : Participation{};
  }
  void ended(const Participation& p) {
    auto e = participants.end(worker, everything, W::kInsjoriket, p.id, day("2026-11-20"), ExitReason::completed, {},
                              p.version);
    EXPECT_TRUE(e) << field_of(e);
  }
  static SubjectRequest about(const char* personnummer) { return {W::kInsjoriket, personnummer}; }
  std::size_t events() const { return w.events.events.size(); }
  const AuditEvent& last() const { return w.events.events.back(); }
};

TEST_F(DataSubjectServiceTest, OnlyAConfirmedControllerContactAnswers) {
  auto r = referred(testing::kAnna, w.balder, "Anna Andersson");
  const auto before = events();
  auto worker_asks = service.extract(worker, about(testing::kAnna));
  EXPECT_EQ(code_of(worker_asks), "not_controller_contact");
  EXPECT_EQ(worker_asks.error().kind, ErrorKind::forbidden);
  EXPECT_EQ(code_of(service.extract(unconfirmed_contact, about(testing::kAnna))), "not_controller_contact");
  EXPECT_EQ(code_of(service.erase(unconfirmed_contact, about(testing::kAnna), "Begäran")), "not_controller_contact");
  EXPECT_EQ(code_of(service.extract(alingsas_contact, {W::kLerum, testing::kAnna})), "not_controller_contact");
  EXPECT_EQ(service.controlled_parties(40, W::kInsjoriket), std::vector<std::int64_t>{W::kAlingsas});
  EXPECT_TRUE(service.controlled_parties(42, W::kInsjoriket).empty());
  EXPECT_EQ(events(), before);
  EXPECT_TRUE(w.persons.find_person(r.person_id)->sealed_identity);
}

TEST_F(DataSubjectServiceTest, TheExtractHoldsWhatIsStoredUnderTheContactsPartyAndIsLogged) {
  auto balder = referred(testing::kBertil, w.balder, "Bertil Berg");
  started(balder);
  started(referred(testing::kBertil, w.ist, "Bertil Berg"));
  JointPlan plan;
  plan.person_id = balder.person_id;
  plan.needs = "Struktur i vardagen";
  plan.overall_member_id = W::kAlingsas;
  ASSERT_TRUE(participants.save_plan(worker, everything, W::kInsjoriket, plan, 0));
  for (const auto& p : w.participations.participations_of_person(balder.person_id)) {  // a correction's reason
    w.participations.add_correction({0, p.id, w.clock.today(), w.vault.seal("Startdatumet skrevs fel")});
  }
  const auto before = events();

  auto extract = service.extract(alingsas_contact, about(testing::kBertil));
  ASSERT_TRUE(extract) << code_of(extract);
  EXPECT_EQ(extract->association_name, "Samordningsförbundet Insjöriket");
  ASSERT_EQ(extract->controllers.size(), 1U);
  EXPECT_EQ(extract->controllers[0].name, "Alingsås kommun");
  ASSERT_TRUE(extract->identity);
  EXPECT_EQ(extract->identity->name, "Bertil Berg");
  EXPECT_EQ(extract->identity->personnummer, "198506152472");
  ASSERT_EQ(extract->participations.size(), 1U);  // the region's participation is the region's to answer for
  EXPECT_EQ(extract->participations[0].insats_id, w.balder);
  ASSERT_EQ(extract->referrals.size(), 1U);
  EXPECT_EQ(extract->referrals[0].insats_id, w.balder);
  EXPECT_EQ(extract->consents.size(), 1U);
  // Only the party's participation's correction, its reason opened (free text about the person is theirs to see).
  ASSERT_EQ(extract->corrections.size(), 1U);
  ASSERT_EQ(extract->corrections.at(extract->participations[0].id).size(), 1U);
  EXPECT_EQ(extract->corrections.at(extract->participations[0].id)[0].reason, "Startdatumet skrevs fel");
  ASSERT_TRUE(extract->plan);
  EXPECT_EQ(extract->plan->needs, "Struktur i vardagen");
  EXPECT_EQ(extract->insats_names.at(w.balder), "Balder");
  EXPECT_EQ(extract->made_at, w.clock.now);
  EXPECT_FALSE(extract->access_log.empty());
  ASSERT_EQ(events(), before + 1);
  EXPECT_EQ(last().action, "read_personal");
  EXPECT_EQ(last().entity_id, std::to_string(balder.person_id));
  EXPECT_EQ(last().actor.user_id, 40);
}

TEST_F(DataSubjectServiceTest, APersonOutsideTheContactsPartyDoesNotExistForThem) {
  referred(testing::kAnna, w.ist, "Anna Andersson");
  const auto before = events();
  EXPECT_EQ(code_of(service.extract(alingsas_contact, about(testing::kAnna))), "not_found");
  EXPECT_EQ(code_of(service.extract(alingsas_contact, about(testing::kCurt))), "not_found");
  EXPECT_EQ(field_of(service.extract(alingsas_contact, about("19900101-2384"))), "personnummer");
  EXPECT_EQ(code_of(service.rectify(alingsas_contact, about(testing::kAnna), {"Anna Berg", std::nullopt, "Begäran"})),
            "not_found");
  EXPECT_EQ(events(), before);
  EXPECT_TRUE(service.extract(region_contact, about(testing::kAnna)));
}

TEST_F(DataSubjectServiceTest, RectifiesTheNameAndHomeKommunWithAReason) {
  auto r = referred(testing::kAnna, w.balder, "Anna Andersson");
  auto done = service.rectify(alingsas_contact, about(testing::kAnna), {"Anna Berg", "1440", "Namnbyte"});
  ASSERT_TRUE(done) << code_of(done) << field_of(done);
  auto person = *w.persons.find_person(r.person_id);
  EXPECT_EQ(open_identity(w.vault, person)->name, "Anna Berg");
  EXPECT_EQ(person.kommun_code, "1440");
  EXPECT_EQ(last().action, "rectify");
  bool name_hidden = false;
  bool kommun_shown = false;
  for (const auto& f : last().fields) {
    name_hidden |= f.name == "name" && !f.value;
    kommun_shown |= f.name == "kommunCode" && f.value == "1489 -> 1440";
  }
  EXPECT_TRUE(name_hidden);
  EXPECT_TRUE(kommun_shown);
}

TEST_F(DataSubjectServiceTest, RefusesARectificationThatCannotBeMadeWritingNothing) {
  auto r = referred(testing::kAnna, w.balder, "Anna Andersson");
  referred(testing::kBertil, w.balder, "Bertil Berg");
  referred(testing::kBertil, w.ist, "Bertil Berg");
  const auto before = events();
  EXPECT_EQ(field_of(service.rectify(alingsas_contact, about(testing::kAnna), {"Anna Berg", std::nullopt, ""})),
            "reason");
  EXPECT_EQ(field_code_of(service.rectify(alingsas_contact, about(testing::kAnna), {std::nullopt, std::nullopt, "x"})),
            "required");
  EXPECT_EQ(field_code_of(service.rectify(alingsas_contact, about(testing::kAnna), {"", std::nullopt, "x"})),
            "invalid");
  EXPECT_EQ(field_of(service.rectify(alingsas_contact, about(testing::kAnna), {std::nullopt, "0000", "x"})),
            "kommunCode");
  auto shared = service.rectify(alingsas_contact, about(testing::kBertil), {"Bertil Ek", std::nullopt, "Namnbyte"});
  EXPECT_EQ(code_of(shared), "other_controller");
  EXPECT_EQ(shared.error().kind, ErrorKind::conflict);
  w.persons.set_sealed_identity(r.person_id, std::nullopt);
  EXPECT_EQ(field_code_of(service.rectify(alingsas_contact, about(testing::kAnna), {"Anna Berg", std::nullopt, "x"})),
            "not_stored");
  EXPECT_EQ(events(), before);
  EXPECT_EQ(w.persons.find_person(r.person_id)->kommun_code, "1489");
}

TEST_F(DataSubjectServiceTest, RestrictsAndLiftsProcessingAndNothingNewIsRecordedMeanwhile) {
  auto r = referred(testing::kAnna, w.balder, "Anna Andersson");
  EXPECT_EQ(field_of(service.restrict(alingsas_contact, about(testing::kAnna), true, "")), "reason");
  ASSERT_TRUE(service.restrict(alingsas_contact, about(testing::kAnna), true, "Bestrider uppgifterna"));
  EXPECT_TRUE(w.persons.find_person(r.person_id)->restricted);
  EXPECT_EQ(last().action, "restrict");
  auto start = participants.start(worker, everything, W::kInsjoriket, r.id, {day("2026-10-01"), {}, {}}, 1);
  EXPECT_EQ(field_code_of(start), "restricted");
  ASSERT_TRUE(service.restrict(alingsas_contact, about(testing::kAnna), false, "Utrett"));
  EXPECT_FALSE(w.persons.find_person(r.person_id)->restricted);
  EXPECT_EQ(last().action, "lift_restriction");
  EXPECT_TRUE(participants.start(worker, everything, W::kInsjoriket, r.id, {day("2026-10-01"), {}, {}}, 1));
}

TEST_F(DataSubjectServiceTest, ErasesOnlyWhenNothingIsOngoingAndKeepsTheCounts) {
  auto r = referred(testing::kAnna, w.balder, "Anna Andersson");
  const auto before = events();
  EXPECT_EQ(field_code_of(service.erase(alingsas_contact, about(testing::kAnna), "Begäran")), "waiting_referral");
  auto p = started(r);
  const auto after_start = events();
  EXPECT_EQ(field_code_of(service.erase(alingsas_contact, about(testing::kAnna), "Begäran")), "ongoing_participation");
  EXPECT_EQ(field_of(service.erase(alingsas_contact, about(testing::kAnna), "")), "reason");
  EXPECT_EQ(events(), after_start);
  EXPECT_GT(after_start, before);
  ended(p);

  auto erased = service.erase(alingsas_contact, about(testing::kAnna), "Begäran om radering");
  ASSERT_TRUE(erased) << code_of(erased) << field_code_of(erased);
  EXPECT_EQ(last().action, "erase");
  auto person = *w.persons.find_person(r.person_id);
  EXPECT_FALSE(person.sealed_identity);
  EXPECT_EQ(person.masked, "");
  EXPECT_EQ(w.referrals.sealed_reason(r.id), "");
  EXPECT_EQ(w.participations.find_participation(p.id)->person_id, r.person_id);  // the counts stay
  EXPECT_EQ(code_of(service.extract(alingsas_contact, about(testing::kAnna))), "not_found");
}

}  // namespace
}  // namespace samordna::core
