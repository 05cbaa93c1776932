#include "participants/domain/correction.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

std::string codes(const Result<void>& r) {
  std::string out;
  if (r) return out;
  for (const auto& f : r.error().fields) out += (out.empty() ? "" : ", ") + f.field + " " + f.code;
  return out;
}

StatusSnapshot snapshot(int extent) {
  return {{SupportSource::sjukpenning}, 14, EducationLevel::upper_secondary, Occupation::job_seeking, extent};
}

// An ended participation: started 2025-02-03 from a referral of 2025-01-20, ended 2025-09-30 in work.
Participation ended() {
  Participation p;
  p.id = 7;
  p.started_on = d("2025-02-03");
  p.start_year = 2025;
  p.ended_on = d("2025-09-30");
  p.exit_reason = ExitReason::work;
  p.at_start = snapshot(0);
  p.at_end = snapshot(50);
  return p;
}

ParticipationCorrection as_recorded(const Participation& p, std::string reason = "Fel datum registrerat") {
  return {p.started_on, p.ended_on, p.exit_reason, p.at_start, p.at_end, std::move(reason)};
}

const CorrectionCheck kCheck{d("2026-12-01"), d("2025-01-20"), {}};

TEST(Correction, AnEndDateCorrectedWithAReason) {
  auto c = as_recorded(ended());
  c.ended_on = d("2025-09-15");
  EXPECT_EQ(codes(validate_correction(ended(), c, kCheck)), "");
  EXPECT_EQ(corrected_fields(ended(), c), std::vector<std::string>{"endedOn"});
  auto after = apply_correction(ended(), c);
  EXPECT_EQ(after.ended_on, d("2025-09-15"));
  EXPECT_EQ(after.exit_reason, ExitReason::work);
  EXPECT_EQ(after.id, 7);
}

TEST(Correction, TheReasonIsRequiredAndShort) {
  auto c = as_recorded(ended(), " \t");
  c.ended_on = d("2025-09-15");
  EXPECT_EQ(codes(validate_correction(ended(), c, kCheck)), "reason required");
  c.reason = std::string(kCorrectionReasonMaxLength, 'x');
  EXPECT_EQ(codes(validate_correction(ended(), c, kCheck)), "");
  c.reason += "x";
  EXPECT_EQ(codes(validate_correction(ended(), c, kCheck)), "reason too_long");
}

TEST(Correction, NothingChangedIsRefused) {
  EXPECT_EQ(codes(validate_correction(ended(), as_recorded(ended()), kCheck)), "correction unchanged");
}

TEST(Correction, DatesMustMakeSense) {
  auto c = as_recorded(ended());
  c.started_on = d("2025-01-19");  // the day before the referral
  EXPECT_EQ(codes(validate_correction(ended(), c, kCheck)), "startedOn before_referral");
  c.started_on = d("2025-10-01");  // after the end
  EXPECT_EQ(codes(validate_correction(ended(), c, kCheck)), "endedOn before_start");
  c = as_recorded(ended());
  c.ended_on = d("2026-12-02");
  EXPECT_EQ(codes(validate_correction(ended(), c, kCheck)), "endedOn future");
  c = as_recorded(ended());
  c.started_on = d("2026-12-02");
  c.ended_on.reset();
  c.exit_reason.reset();
  c.at_end.reset();
  EXPECT_EQ(codes(validate_correction(ended(), c, kCheck)), "startedOn future");
  // A participation on open entry has no referral date to respect.
  c = as_recorded(ended());
  c.started_on = d("2024-06-01");
  EXPECT_EQ(codes(validate_correction(ended(), c, {d("2026-12-01"), std::nullopt, {}})), "");
  EXPECT_EQ(apply_correction(ended(), c).start_year, 2024);
}

TEST(Correction, AnEndUndone) {
  auto c = as_recorded(ended());
  c.ended_on.reset();
  c.exit_reason.reset();
  c.at_end.reset();
  EXPECT_EQ(codes(validate_correction(ended(), c, kCheck)), "");
  EXPECT_EQ(corrected_fields(ended(), c), (std::vector<std::string>{"endedOn", "exitReason", "atEnd"}));
  auto after = apply_correction(ended(), c);
  EXPECT_FALSE(after.ended_on);
  EXPECT_FALSE(after.exit_reason);
  EXPECT_FALSE(after.at_end);
  // Not while the person has another ongoing participation in the insats.
  EXPECT_EQ(
      codes(validate_correction(ended(), c, {d("2026-12-01"), d("2025-01-20"), {{d("2026-01-12"), std::nullopt}}})),
      "endedOn already_active");
}

TEST(Correction, TheCorrectedPeriodMayNotMeetAnotherOfThePersonInTheInsats) {
  // The person took part again later, 2025-11-03 – 2026-03-31.
  CorrectionCheck check = kCheck;
  check.other_periods = {{d("2025-11-03"), d("2026-03-31")}};
  auto c = as_recorded(ended());
  c.ended_on = d("2025-11-02");  // up to the day before: fine
  EXPECT_EQ(codes(validate_correction(ended(), c, check)), "");
  c.ended_on = d("2025-11-03");  // into the later one
  EXPECT_EQ(codes(validate_correction(ended(), c, check)), "endedOn overlaps");
  c = as_recorded(ended());
  c.ended_on.reset();  // an end undone would run on into the later one
  c.exit_reason.reset();
  c.at_end.reset();
  EXPECT_EQ(codes(validate_correction(ended(), c, check)), "endedOn overlaps");
  // And earlier, 2024-03-01 – 2025-01-31: a start moved into it is refused, the day after is not.
  check.other_periods = {{d("2024-03-01"), d("2025-01-31")}};
  c = as_recorded(ended());
  c.started_on = d("2025-01-31");
  EXPECT_EQ(codes(validate_correction(ended(), c, check)), "startedOn overlaps");
  c.started_on = d("2025-02-01");
  EXPECT_EQ(codes(validate_correction(ended(), c, check)), "");
  // An ongoing one later: undoing the end says so as before, once.
  check.other_periods = {{d("2026-01-12"), std::nullopt}};
  c = as_recorded(ended());
  c.ended_on.reset();
  c.exit_reason.reset();
  c.at_end.reset();
  EXPECT_EQ(codes(validate_correction(ended(), c, check)), "endedOn already_active");
}

TEST(Correction, AnOngoingParticipationHasNoExitReasonNorDataAtEnd) {
  auto c = as_recorded(ended());
  c.ended_on.reset();
  EXPECT_EQ(codes(validate_correction(ended(), c, kCheck)), "exitReason not_allowed, atEnd not_allowed");
  c = as_recorded(ended());
  c.exit_reason.reset();
  EXPECT_EQ(codes(validate_correction(ended(), c, kCheck)), "exitReason required");
}

TEST(Correction, TheFollowUpDataIsCheckedAsWhenRecorded) {
  auto c = as_recorded(ended());
  c.at_start->extent_percent = 120;
  c.at_end->support = {SupportSource::none, SupportSource::a_kassa};
  EXPECT_EQ(codes(validate_correction(ended(), c, kCheck)),
            "atStart.extentPercent out_of_range, atEnd.support invalid");
  c = as_recorded(ended());
  c.at_start->extent_percent = 25;
  EXPECT_EQ(codes(validate_correction(ended(), c, kCheck)), "");
  EXPECT_EQ(corrected_fields(ended(), c), std::vector<std::string>{"atStart"});
}

TEST(Correction, SameSnapshot) {
  EXPECT_TRUE(same_snapshot(std::nullopt, std::nullopt));
  EXPECT_FALSE(same_snapshot(snapshot(0), std::nullopt));
  EXPECT_TRUE(same_snapshot(snapshot(0), snapshot(0)));
  auto other = snapshot(0);
  other.months_on_support.reset();
  EXPECT_FALSE(same_snapshot(snapshot(0), other));
}

}  // namespace
}  // namespace samordna::core
