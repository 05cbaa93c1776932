#include "participants/domain/correction.hpp"

#include <algorithm>

namespace samordna::core {
namespace {

bool blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
}

void add_all(FieldErrors& errors, const Result<void>& result) {
  if (result) return;
  for (const auto& f : result.error().fields) errors.add(f.field, f.code);
}

}  // namespace

bool same_snapshot(const std::optional<StatusSnapshot>& a, const std::optional<StatusSnapshot>& b) {
  if (!a || !b) return !a && !b;
  return a->support == b->support && a->months_on_support == b->months_on_support && a->education == b->education &&
         a->occupation == b->occupation && a->extent_percent == b->extent_percent;
}

std::vector<std::string> corrected_fields(const Participation& recorded, const ParticipationCorrection& c) {
  std::vector<std::string> fields;
  if (c.started_on != recorded.started_on) fields.emplace_back("startedOn");
  if (c.ended_on != recorded.ended_on) fields.emplace_back("endedOn");
  if (c.exit_reason != recorded.exit_reason) fields.emplace_back("exitReason");
  if (!same_snapshot(c.at_start, recorded.at_start)) fields.emplace_back("atStart");
  if (!same_snapshot(c.at_end, recorded.at_end)) fields.emplace_back("atEnd");
  return fields;
}

void check_correction_reason(const std::string& reason, FieldErrors& errors) {
  if (blank(reason)) {
    errors.add("reason", "required");
  } else if (reason.size() > kCorrectionReasonMaxLength) {
    errors.add("reason", "too_long");
  }
}

Result<void> validate_correction(const Participation& recorded, const ParticipationCorrection& c,
                                 const CorrectionCheck& check) {
  FieldErrors errors;
  check_correction_reason(c.reason, errors);
  bool dates_refused = true;
  if (check.today < c.started_on) {
    errors.add("startedOn", "future");
  } else if (check.referred_on && c.started_on < *check.referred_on) {
    errors.add("startedOn", "before_referral");
  } else {
    dates_refused = false;
  }
  // An end undone while the person has another ongoing participation in the insats.
  const bool undone_while_active = !c.ended_on && recorded.ended_on &&
                                   std::any_of(check.other_periods.begin(), check.other_periods.end(),
                                               [](const auto& period) { return !period.second; });
  if (c.ended_on) {
    if (*c.ended_on < c.started_on) {
      errors.add("endedOn", "before_start");
      dates_refused = true;
    } else if (check.today < *c.ended_on) {
      errors.add("endedOn", "future");
      dates_refused = true;
    }
    if (!c.exit_reason) errors.add("exitReason", "required");
  } else {
    if (undone_while_active) errors.add("endedOn", "already_active");
    if (c.exit_reason) errors.add("exitReason", "not_allowed");
    if (c.at_end) errors.add("atEnd", "not_allowed");
  }
  // The person's participations in one insats never overlap: the corrected period may not meet another.
  if (!dates_refused && !undone_while_active) {
    for (const auto& [start, end] : check.other_periods) {
      if (!periods_overlap(start, end, c.started_on, c.ended_on)) continue;
      errors.add(start <= c.started_on ? "startedOn" : "endedOn", "overlaps");
      break;
    }
  }
  if (c.at_start) add_all(errors, validate_snapshot(*c.at_start, "atStart."));
  if (c.at_end && c.ended_on) add_all(errors, validate_snapshot(*c.at_end, "atEnd."));
  if (errors.empty() && corrected_fields(recorded, c).empty()) errors.add("correction", "unchanged");
  return errors.result();
}

Participation apply_correction(Participation p, const ParticipationCorrection& c) {
  p.started_on = c.started_on;
  p.start_year = c.started_on.year();
  p.ended_on = c.ended_on;
  p.exit_reason = c.ended_on ? c.exit_reason : std::nullopt;
  p.at_start = c.at_start;
  p.at_end = c.ended_on ? c.at_end : std::nullopt;
  return p;
}

void open_corrections(const IdentityVault& vault, std::vector<CorrectionNote>& notes) {
  for (auto& n : notes) n.reason = n.reason.empty() ? "" : vault.open(n.reason).value_or("");
}

}  // namespace samordna::core
