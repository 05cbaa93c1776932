#pragma once
// A samordningsförbund (association) and its members (förbundsmedlemmar).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/civil_date.hpp"

namespace samordna::core {

enum class PartyKind { fk, af, region, kommun };
enum class MemberStatus { active, notice_given, left };

std::string_view to_string(PartyKind kind);
std::optional<PartyKind> parse_party_kind(std::string_view text);
std::string_view to_string(MemberStatus status);

struct Association {
  std::int64_t id = 0;
  std::string name;
  std::string org_number;
  std::string seat;
  CivilDate formed_on;
};

struct Member {
  std::int64_t id = 0;
  std::int64_t association_id = 0;
  std::string name;
  PartyKind kind = PartyKind::kommun;
  std::string area_code;  // kommun code for kommun members, län code for regions, empty for FK/AF
  CivilDate joined_on;
  std::optional<CivilDate> notice_given_on;
  std::optional<CivilDate> left_on;  // last day of membership
};

// Status on a given day: left after the last day of membership, notice_given once notice is recorded.
MemberStatus member_status(const Member& member, CivilDate today);

}  // namespace samordna::core
