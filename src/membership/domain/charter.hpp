#pragma once
// The förbundsordning (charter), versioned by the date it takes effect: notice rule, how the kommun (and
// region) quarter is split, board seats per member, matters that need a qualified majority.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/error.hpp"
#include "membership/domain/association.hpp"

namespace samordna::core {

// calendar_years: whole calendar years after the year of notice (Insjöriket §15, "tre kalenderår");
// from_date: the years run from the day of notice.
enum class NoticeCounting { calendar_years, from_date };
enum class SplitKeyKind { population, population_sickness, fixed_percent, manual };

std::string_view to_string(NoticeCounting counting);
std::optional<NoticeCounting> parse_notice_counting(std::string_view text);
std::string_view to_string(SplitKeyKind kind);
std::optional<SplitKeyKind> parse_split_key_kind(std::string_view text);

struct NoticeRule {
  int years = 0;  // 27 § Finsam: three years unless the charter says shorter
  NoticeCounting counting = NoticeCounting::calendar_years;
};

struct SplitKey {
  SplitKeyKind kind = SplitKeyKind::population;
  std::optional<int> reference_year;  // population year for the population keys
};

struct BoardSeat {
  std::int64_t member_id = 0;
  int members = 1;   // ledamöter
  int deputies = 1;  // ersättare
};

struct Charter {
  std::int64_t id = 0;
  std::int64_t association_id = 0;
  CivilDate effective_from;
  NoticeRule notice;
  SplitKey split_key;
  std::vector<BoardSeat> board_seats;
  std::vector<std::string> qualified_majority;  // kinds of matter that need a qualified majority
};

constexpr int kMaxNoticeYears = 3;

// Field errors: notice.years required|out_of_range; splitKey.referenceYear required|invalid;
// boardSeats unknown_member|invalid; effectiveFrom duplicate.
Result<void> validate_charter(const Charter& charter, const std::vector<Member>& members,
                              const std::vector<Charter>& existing);

// The charter in force on the day (the latest effective on or before it), or null.
const Charter* charter_in_force(const std::vector<Charter>& charters, CivilDate on);
// The charter a year's budget falls under: the one in force on 1 January, else (a förbund formed during the
// year) the one in force on 31 December; null when none is.
const Charter* charter_for_year(const std::vector<Charter>& charters, int year);

}  // namespace samordna::core
