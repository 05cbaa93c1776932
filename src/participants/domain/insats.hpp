#pragma once
// The catalogue of insatser a förbund finances: individual ones (people are referred and take part) and
// structural ones (cooperation-building; only attendance counts by gender and date, no persons). Finsam
// needs at least two parties to carry out an insats; several kommuner count as one party.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/error.hpp"
#include "kernel/money.hpp"
#include "membership/domain/association.hpp"

namespace samordna::core {

enum class InsatsKind { individual, structural };
std::string_view to_string(InsatsKind kind);
std::optional<InsatsKind> parse_insats_kind(std::string_view text);

struct TargetGroup {
  std::int64_t id = 0;
  std::int64_t association_id = 0;
  std::string name;
};

struct Insats {
  std::int64_t id = 0;
  std::int64_t association_id = 0;
  std::string name;
  std::string description;
  InsatsKind kind = InsatsKind::individual;
  std::vector<std::int64_t> target_group_ids;
  int min_age = 16;
  int max_age = 64;
  bool referral_required = true;  // false: open entry (self-registration via a contact person)
  bool extensive = false;         // one of the intensive insatser (Balder, Individsamverkansteamet)
  std::optional<int> duration_weeks;
  std::int64_t lead_member_id = 0;                   // huvudman
  std::vector<std::int64_t> cooperating_member_ids;  // the other parties carrying it out
  std::vector<std::string> kommun_codes;             // where it is delivered
  int capacity = 0;                                  // concurrent places (individual insatser)
  CivilDate starts_on;
  std::optional<CivilDate> ends_on;
  std::map<int, Money> budget;  // per year
  std::int64_t version = 1;
};

// Who works in an insats (deltagaransvarig, insatsansvarig), replaced as a whole list; `version` guards the
// replacement (optimistic concurrency).
struct InsatsStaff {
  std::vector<std::int64_t> user_ids;  // ascending
  std::int64_t version = 1;
};

// Whether the insats takes participants on the day (started and not ended).
bool insats_open_on(const Insats& insats, CivilDate day);

// Field errors: name required; kind invalid; minAge/maxAge out_of_range (0–120, min ≤ max); leadMemberId
// unknown; cooperatingMemberIds too_few_parties (lead and cooperating must span two kinds of party) or
// unknown; kommunCodes outside_area; capacity required (individual insatser); endsOn before_start;
// targetGroupIds unknown; budget negative.
Result<void> validate_insats(const Insats& insats, const std::vector<Member>& members,
                             const std::vector<TargetGroup>& target_groups);

// Whether another insats of the förbund already has the name (statistics and reports name insatser, so
// two with one name would be counted as one). Compared without surrounding spaces and ASCII case.
bool insats_name_taken(const Insats& insats, const std::vector<Insats>& in_association);

// Attendance at a structural insats or open activity: counts by gender on a day, no persons.
struct Attendance {
  std::int64_t id = 0;
  std::int64_t insats_id = 0;
  CivilDate on;
  int women = 0;
  int men = 0;
  std::string note;
  std::int64_t version = 1;
};

// Field errors: women|men negative; on future (counted once the day has come: today at the latest) |
// before_start|after_end (of the insats); insats not_structural (individual insatser count their participants
// instead).
Result<void> validate_attendance(const Attendance& attendance, const Insats& insats, CivilDate today);

}  // namespace samordna::core
