#include "membership/domain/charter.hpp"

#include <algorithm>

#include "membership/domain/membership.hpp"

namespace samordna::core {

std::string_view to_string(NoticeCounting counting) {
  return counting == NoticeCounting::calendar_years ? "calendar_years" : "from_date";
}

std::optional<NoticeCounting> parse_notice_counting(std::string_view text) {
  if (text == "calendar_years") return NoticeCounting::calendar_years;
  if (text == "from_date") return NoticeCounting::from_date;
  return std::nullopt;
}

std::string_view to_string(SplitKeyKind kind) {
  switch (kind) {
    case SplitKeyKind::population: return "population";
    case SplitKeyKind::population_sickness: return "population_sickness";
    case SplitKeyKind::fixed_percent: return "fixed_percent";
    case SplitKeyKind::manual: return "manual";
  }
  return "population";
}

std::optional<SplitKeyKind> parse_split_key_kind(std::string_view text) {
  for (auto kind : {SplitKeyKind::population, SplitKeyKind::population_sickness, SplitKeyKind::fixed_percent,
                    SplitKeyKind::manual}) {
    if (to_string(kind) == text) return kind;
  }
  return std::nullopt;
}

Result<void> validate_charter(const Charter& charter, const std::vector<Member>& members,
                              const std::vector<Charter>& existing) {
  FieldErrors errors;
  if (charter.notice.years == 0) {
    errors.add("notice.years", "required");
  } else if (charter.notice.years < 1 || charter.notice.years > kMaxNoticeYears) {
    errors.add("notice.years", "out_of_range");
  }
  const bool population_key =
      charter.split_key.kind == SplitKeyKind::population || charter.split_key.kind == SplitKeyKind::population_sickness;
  if (population_key && !charter.split_key.reference_year) {
    errors.add("splitKey.referenceYear", "required");
  } else if (charter.split_key.reference_year &&
             (*charter.split_key.reference_year < 1968 || *charter.split_key.reference_year > 9999)) {
    errors.add("splitKey.referenceYear", "invalid");
  }
  for (const auto& seat : charter.board_seats) {
    if (std::none_of(members.begin(), members.end(), [&](const Member& m) { return m.id == seat.member_id; })) {
      errors.add("boardSeats", "unknown_member");
      break;
    }
    if (seat.members < 1 || seat.members > 20 || seat.deputies < 0 || seat.deputies > 20) {
      errors.add("boardSeats", "invalid");
      break;
    }
  }
  if (std::any_of(existing.begin(), existing.end(),
                  [&](const Charter& c) { return c.effective_from == charter.effective_from; })) {
    errors.add("effectiveFrom", "duplicate");
  }
  return errors.result();
}

const Charter* charter_in_force(const std::vector<Charter>& charters, CivilDate on) {
  const Charter* best = nullptr;
  for (const auto& c : charters) {
    if (c.effective_from <= on && (!best || c.effective_from > best->effective_from)) best = &c;
  }
  return best;
}

const Charter* charter_for_year(const std::vector<Charter>& charters, int year) {
  const auto first = CivilDate::from_ymd(year, 1, 1);
  const auto last = CivilDate::from_ymd(year, 12, 31);
  if (!first || !last) return nullptr;
  if (const auto* c = charter_in_force(charters, *first)) return c;
  return charter_in_force(charters, *last);
}

}  // namespace samordna::core
