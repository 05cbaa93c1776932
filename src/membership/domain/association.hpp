#pragma once
// A samordningsförbund (association) and its members (förbundsmedlemmar). Several kommuner are one party
// (5 § Finsam) but separate members; FK and AF are members that cannot give notice.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kernel/civil_date.hpp"

namespace samordna::core {

enum class PartyKind { fk, af, region, kommun };
enum class MemberStatus { active, notice_given, left };

std::string_view to_string(PartyKind kind);
std::optional<PartyKind> parse_party_kind(std::string_view text);
std::string_view to_string(MemberStatus status);

// Default equity limit: equity above 20 % of the year's contributions is flagged.
constexpr std::int64_t kDefaultEquityLimitBp = 2000;

// How many years identities are kept after the last participation unless the förbund decides otherwise.
constexpr int kDefaultRetentionYears = 2;

struct Association {
  std::int64_t id = 0;
  std::string name;
  std::string org_number;
  std::string seat;
  CivilDate formed_on;
  std::int64_t equity_limit_bp = kDefaultEquityLimitBp;
  std::int64_t version = 1;
  int retention_years = kDefaultRetentionYears;  // how long identities are kept after the last participation (gallring)
  // The least number of people a published figure may be about (3..100); a request may raise it, never lower it.
  int disclosure_threshold = 5;
};

// A member's notice of withdrawal (uppsägning) as decided by its council; revocable until it ends.
struct Notice {
  CivilDate given_on;
  std::string decided_by;  // e.g. "Kommunfullmäktige"
  std::string reference;   // e.g. the council's § or diarienummer
  CivilDate ends_on;       // last day of membership, from the charter's notice rule
  std::optional<CivilDate> revoked_on;
  std::string revoked_reference;
  [[nodiscard]] bool in_force() const { return !revoked_on.has_value(); }
};

struct Member {
  std::int64_t id = 0;
  std::int64_t association_id = 0;
  std::string name;
  PartyKind kind = PartyKind::kommun;
  std::string area_code;  // kommun code for kommun members, län code for regions, empty for FK/AF
  CivilDate joined_on;
  std::optional<Notice> notice;
  std::int64_t version = 1;
};

// The last day of membership: the end of a notice in force, otherwise none.
std::optional<CivilDate> last_day(const Member& member);
// Whether the member belongs to the association on some day of the calendar year.
bool member_in_year(const Member& member, int year);
// Whether the member belongs to the association on the day.
bool member_on(const Member& member, CivilDate day);
// Status on a given day: left after the last day, notice_given from a notice in force, else active.
MemberStatus member_status(const Member& member, CivilDate today);

}  // namespace samordna::core
