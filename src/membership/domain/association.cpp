#include "membership/domain/association.hpp"

namespace samordna::core {

std::string_view to_string(PartyKind kind) {
  switch (kind) {
    case PartyKind::fk: return "fk";
    case PartyKind::af: return "af";
    case PartyKind::region: return "region";
    case PartyKind::kommun: return "kommun";
  }
  return "kommun";
}

std::optional<PartyKind> parse_party_kind(std::string_view text) {
  for (auto kind : {PartyKind::fk, PartyKind::af, PartyKind::region, PartyKind::kommun}) {
    if (to_string(kind) == text) return kind;
  }
  return std::nullopt;
}

std::string_view to_string(MemberStatus status) {
  switch (status) {
    case MemberStatus::active: return "active";
    case MemberStatus::notice_given: return "notice_given";
    case MemberStatus::left: return "left";
  }
  return "active";
}

std::optional<CivilDate> last_day(const Member& member) {
  if (member.notice && member.notice->in_force()) return member.notice->ends_on;
  return std::nullopt;
}

bool member_in_year(const Member& member, int year) {
  auto last = last_day(member);
  return member.joined_on.year() <= year && (!last || last->year() >= year);
}

bool member_on(const Member& member, CivilDate day) {
  auto last = last_day(member);
  return member.joined_on <= day && (!last || day <= *last);
}

MemberStatus member_status(const Member& member, CivilDate today) {
  auto last = last_day(member);
  if (last && today > *last) return MemberStatus::left;
  if (last && today >= member.notice->given_on) return MemberStatus::notice_given;
  return MemberStatus::active;
}

}  // namespace samordna::core
