// ParticipantService::correct in memory: a participation already recorded is corrected with a reason (dates, an end
// undone, the exit reason, the follow-up data), audited with the values before and after; a refused correction
// writes nothing.
#include <gtest/gtest.h>

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

class ParticipantCorrectionTest : public ::testing::Test {
 protected:
  testing::ParticipantsWorld w;
  ReferralService referrals{w.insatser, w.associations, w.persons,      w.referrals, w.participations,
                            w.vault,    w.agreements,   w.transactions, w.audit,     w.clock};
  ParticipantService service{w.insatser,   w.associations, w.persons, w.referrals, w.participations, w.vault,
                             w.agreements, w.transactions, w.audit,   w.events,    w.clock};
  Actor remittent{20, "remittent", "10.0.0.1"};
  Actor worker{30, "deltagaransvarig", "10.0.0.2"};
  PersonalScope balder_only;

  void SetUp() override { balder_only.insatser = {w.balder}; }

  static StatusSnapshot snapshot() {
    StatusSnapshot s;
    s.support = {SupportSource::sjukpenning};
    s.months_on_support = 14;
    s.education = EducationLevel::upper_secondary;
    s.occupation = Occupation::other;
    return s;
  }
  // Anna, referred to Balder on 2026-09-01, started on `on` (2026-10-01) with follow-up consent when `consent`;
  // ended (on 2026-11-20, or the clock's day when started later) when `ended`.
  Participation anna(bool ended = true, bool consent = true, const char* on = "2026-10-01") {
    ReferralInput in;
    in.association_id = W::kInsjoriket;
    in.insats_id = w.balder;
    in.referring_member_id = W::kFk;
    in.referred_on = day("2026-09-01");
    in.personnummer = testing::kAnna;
    in.name = "Anna Andersson";
    in.kommun_code = "1489";
    in.target_group_id = w.group;
    in.reason = "Behöver stöd";
    auto r = referrals.create(remittent, in);
    EXPECT_TRUE(r) << field_of(r);
    Consent c;
    c.purpose = ConsentPurpose::follow_up;
    c.given_on = day(on);
    c.form_reference = "Samtycke 2026-17";
    StartInput start{day(on), consent ? std::optional(c) : std::nullopt,
                     consent ? std::optional(snapshot()) : std::nullopt};
    auto p = service.start(worker, balder_only, W::kInsjoriket, r->id, start, r->version);
    EXPECT_TRUE(p) << field_of(p) << " " << field_code_of(p);
    if (!ended) return *p;
    const auto end = std::string(on) == "2026-10-01" ? day("2026-11-20") : day("2026-11-22");
    auto e = service.end(worker, balder_only, W::kInsjoriket, p->id, end, ExitReason::work,
                         consent ? std::optional(snapshot()) : std::nullopt, p->version);
    EXPECT_TRUE(e) << field_of(e) << " " << field_code_of(e);
    return *e;
  }
  static ParticipationCorrection as_recorded(const Participation& p) {
    return {p.started_on, p.ended_on, p.exit_reason, p.at_start, p.at_end, "Fel datum registrerat"};
  }
  std::size_t events() const { return w.events.events.size(); }
  static std::optional<std::string> field(const AuditEvent& e, const std::string& name) {
    for (const auto& f : e.fields) {
      if (f.name == name) return f.value.value_or("(personal)");
    }
    return std::nullopt;
  }
};

TEST_F(ParticipantCorrectionTest, CorrectsAnEndDateWithAReasonAuditedBeforeAndAfter) {
  auto p = anna();
  auto c = as_recorded(p);
  c.ended_on = day("2026-11-13");
  const auto before = events();
  auto corrected = service.correct(worker, balder_only, W::kInsjoriket, p.id, c, p.version);
  ASSERT_TRUE(corrected) << field_of(corrected) << " " << field_code_of(corrected);
  EXPECT_EQ(corrected->ended_on, day("2026-11-13"));
  EXPECT_EQ(corrected->exit_reason, ExitReason::work);
  EXPECT_EQ(corrected->version, p.version + 1);
  ASSERT_EQ(events(), before + 2);
  const auto& event = w.events.events[before];
  EXPECT_EQ(event.action, "correct");
  EXPECT_EQ(event.entity, "participation");
  // The reason is free text about the person: sealed beside the participation, named in the log by its row.
  EXPECT_EQ(field(event, "reason"), "(personal)");
  const auto notes = w.participations.corrections(p.id);
  ASSERT_EQ(notes.size(), 1U);
  EXPECT_EQ(field(event, "correctionId"), std::to_string(notes[0].id));
  EXPECT_EQ(notes[0].corrected_on, w.clock.today());
  EXPECT_NE(notes[0].reason, "Fel datum registrerat");
  EXPECT_EQ(w.vault.open(notes[0].reason), "Fel datum registrerat");
  for (const auto& e : w.events.events) {
    for (const auto& f : e.fields) EXPECT_NE(f.value.value_or(""), "Fel datum registrerat") << e.action;
  }
  EXPECT_EQ(field(event, "endedOn"), "2026-11-13");
  EXPECT_EQ(field(event, "endedOn.before"), "2026-11-20");
  EXPECT_FALSE(field(event, "startedOn"));  // unchanged fields are not logged
  // The person's own log shows that their participation was corrected (not the reason).
  const auto& person = w.events.events.back();
  EXPECT_EQ(person.entity, "person");
  EXPECT_EQ(field(person, "view"), "correction");
  EXPECT_FALSE(field(person, "reason"));
  // Those who see the person see the correction with its reason, opened.
  auto view = service.person(worker, balder_only, W::kInsjoriket, *p.person_id);
  ASSERT_TRUE(view);
  ASSERT_EQ(view->corrections[p.id].size(), 1U);
  EXPECT_EQ(view->corrections[p.id][0].reason, "Fel datum registrerat");
}

// The reason goes with the person's identity and other free texts; the correction's row (its day) stays.
TEST_F(ParticipantCorrectionTest, AReasonIsRemovedWithThePersonsFreeTexts) {
  auto p = anna();
  auto c = as_recorded(p);
  c.ended_on = day("2026-11-13");
  ASSERT_TRUE(service.correct(worker, balder_only, W::kInsjoriket, p.id, c, p.version));
  w.persons.remove_identity_and_plan(*p.person_id, "unlinked");
  ASSERT_EQ(w.participations.corrections(p.id).size(), 1U);
  EXPECT_EQ(w.participations.corrections(p.id)[0].reason, "");
  auto view = service.person(worker, balder_only, W::kInsjoriket, *p.person_id);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->corrections[p.id][0].reason, "");
  // A correction made after the identity went leaves a reason that retention removes again.
  const auto before = [&] {
    for (const auto& f : w.persons.retention_facts(W::kInsjoriket)) {
      if (f.person_id == *p.person_id) return f.has_identity_or_plan;
    }
    return true;
  };
  EXPECT_FALSE(before());
  auto again = as_recorded(*w.participations.find_participation(p.id));
  again.ended_on = day("2026-11-14");
  again.reason = "Slutdatumet rättat igen";
  ASSERT_TRUE(service.correct(worker, balder_only, W::kInsjoriket, p.id, again,
                              w.participations.find_participation(p.id)->version));
  EXPECT_TRUE(before());
}

TEST_F(ParticipantCorrectionTest, CorrectsTheStartDateAsStored) {
  auto p = anna();
  auto c = as_recorded(p);
  c.started_on = day("2026-09-15");
  auto corrected = service.correct(worker, balder_only, W::kInsjoriket, p.id, c, p.version);
  ASSERT_TRUE(corrected) << field_of(corrected) << " " << field_code_of(corrected);
  EXPECT_EQ(w.participations.find_participation(p.id)->started_on, day("2026-09-15"));
  EXPECT_EQ(field(w.events.events[w.events.events.size() - 2], "startedOn.before"), "2026-10-01");
}

TEST_F(ParticipantCorrectionTest, UndoesAnEnd) {
  auto p = anna();
  auto c = as_recorded(p);
  c.ended_on.reset();
  c.exit_reason.reset();
  c.at_end.reset();
  auto undone = service.correct(worker, balder_only, W::kInsjoriket, p.id, c, p.version);
  ASSERT_TRUE(undone) << field_of(undone) << " " << field_code_of(undone);
  EXPECT_FALSE(undone->ended_on);
  EXPECT_FALSE(undone->exit_reason);
  EXPECT_FALSE(undone->at_end);
  EXPECT_EQ(field(w.events.events[w.events.events.size() - 2], "exitReason.before"), "work");
  EXPECT_EQ(field(w.events.events[w.events.events.size() - 2], "atEnd"), "(personal)");  // by name only
  // It can be ended again.
  EXPECT_TRUE(service.end(worker, balder_only, W::kInsjoriket, p.id, day("2026-11-21"), ExitReason::studies,
                          std::nullopt, undone->version));
}

TEST_F(ParticipantCorrectionTest, CorrectsTheFollowUpDataOnlyWithConsent) {
  auto p = anna();
  auto c = as_recorded(p);
  c.at_start->extent_percent = 25;
  auto corrected = service.correct(worker, balder_only, W::kInsjoriket, p.id, c, p.version);
  ASSERT_TRUE(corrected) << field_of(corrected);
  EXPECT_EQ(corrected->at_start->extent_percent, 25);

  auto q = anna(true, false, "2026-11-21");  // Anna again, without consent this time: anonymous
  ASSERT_FALSE(q.person_id);
  auto with_data = as_recorded(q);
  with_data.at_end = snapshot();
  EXPECT_EQ(field_code_of(service.correct(worker, balder_only, W::kInsjoriket, q.id, with_data, q.version)), "missing");
}

TEST_F(ParticipantCorrectionTest, RefusesAWrongCorrectionWritingNothing) {
  auto p = anna();
  const auto before = events();
  auto c = as_recorded(p);
  c.ended_on = day("2026-11-13");
  c.reason = "  ";
  EXPECT_EQ(field_of(service.correct(worker, balder_only, W::kInsjoriket, p.id, c, p.version)), "reason");
  c.reason = "Fel datum";
  c.ended_on = day("2026-11-23");  // the clock says 2026-11-22
  EXPECT_EQ(field_code_of(service.correct(worker, balder_only, W::kInsjoriket, p.id, c, p.version)), "future");
  c.ended_on = day("2026-11-13");
  c.started_on = day("2026-08-31");  // before the referral of 2026-09-01
  EXPECT_EQ(field_code_of(service.correct(worker, balder_only, W::kInsjoriket, p.id, c, p.version)), "before_referral");
  c.started_on = p.started_on;
  EXPECT_EQ(code_of(service.correct(worker, balder_only, W::kInsjoriket, p.id, c, p.version + 1)), "version_conflict");
  PersonalScope elsewhere;
  elsewhere.insatser = {w.ist};
  EXPECT_EQ(code_of(service.correct(worker, elsewhere, W::kInsjoriket, p.id, c, p.version)), "not_found");
  EXPECT_EQ(code_of(service.correct(worker, balder_only, W::kInsjoriket + 1, p.id, c, p.version)), "not_found");
  EXPECT_EQ(field_code_of(service.correct(worker, balder_only, W::kInsjoriket, p.id, as_recorded(p), p.version)),
            "unchanged");
  EXPECT_EQ(events(), before);
  EXPECT_TRUE(w.participations.corrections(p.id).empty());  // no reason kept for a correction not made
  EXPECT_EQ(w.participations.find_participation(p.id)->ended_on, day("2026-11-20"));
}

TEST_F(ParticipantCorrectionTest, AnEndIsNotUndoneWhileThePersonHasAnotherOngoingParticipationInTheInsats) {
  auto first = anna();
  auto second = anna(false, true, "2026-11-21");  // referred again, started again after the first ended
  ASSERT_TRUE(second.person_id);
  auto c = as_recorded(first);
  c.ended_on.reset();
  c.exit_reason.reset();
  c.at_end.reset();
  EXPECT_EQ(field_code_of(service.correct(worker, balder_only, W::kInsjoriket, first.id, c, first.version)),
            "already_active");
}

TEST_F(ParticipantCorrectionTest, ACorrectedPeriodMayNotReachIntoTheNextOne) {
  auto first = anna();                           // 2026-10-01 – 2026-11-20
  auto second = anna(true, true, "2026-11-21");  // 2026-11-21 – 2026-11-22
  auto c = as_recorded(first);
  c.ended_on = day("2026-11-21");
  EXPECT_EQ(field_of(service.correct(worker, balder_only, W::kInsjoriket, first.id, c, first.version)), "endedOn");
  EXPECT_EQ(field_code_of(service.correct(worker, balder_only, W::kInsjoriket, first.id, c, first.version)),
            "overlaps");
  auto later = as_recorded(second);
  later.started_on = day("2026-11-20");  // into the first one
  EXPECT_EQ(field_of(service.correct(worker, balder_only, W::kInsjoriket, second.id, later, second.version)),
            "startedOn");
  EXPECT_EQ(w.participations.find_participation(first.id)->ended_on, day("2026-11-20"));  // nothing written
  c.ended_on = day("2026-11-19");
  EXPECT_TRUE(service.correct(worker, balder_only, W::kInsjoriket, first.id, c, first.version));
}

TEST_F(ParticipantCorrectionTest, ARestrictedPersonsFollowUpDataIsNotChanged) {
  auto p = anna();
  w.persons.set_restricted(*p.person_id, true);
  auto c = as_recorded(p);
  c.at_end->extent_percent = 75;
  EXPECT_EQ(field_code_of(service.correct(worker, balder_only, W::kInsjoriket, p.id, c, p.version)), "restricted");
  c = as_recorded(p);
  c.ended_on = day("2026-11-13");  // a date is still corrected
  EXPECT_TRUE(service.correct(worker, balder_only, W::kInsjoriket, p.id, c, p.version));
}

}  // namespace
}  // namespace samordna::core
