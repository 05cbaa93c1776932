#include "core/association.hpp"

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

MemberStatus member_status(const Member& member, CivilDate today) {
  if (member.left_on && today > *member.left_on) return MemberStatus::left;
  if (member.notice_given_on && today >= *member.notice_given_on) return MemberStatus::notice_given;
  return MemberStatus::active;
}

}  // namespace samordna::core
