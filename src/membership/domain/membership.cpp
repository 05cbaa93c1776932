#include "membership/domain/membership.hpp"

#include <algorithm>

#include "kernel/area_code.hpp"

namespace samordna::core {

std::vector<std::string> membership_issues(const std::vector<Member>& members, CivilDate on) {
  auto has = [&](PartyKind kind) {
    return std::any_of(members.begin(), members.end(),
                       [&](const Member& m) { return m.kind == kind && member_on(m, on); });
  };
  std::vector<std::string> issues;
  if (!has(PartyKind::fk)) issues.emplace_back("missing_fk");
  if (!has(PartyKind::af)) issues.emplace_back("missing_af");
  if (!has(PartyKind::region)) issues.emplace_back("missing_region");
  if (!has(PartyKind::kommun)) issues.emplace_back("missing_kommun");
  return issues;
}

bool can_give_notice(PartyKind kind) { return kind == PartyKind::region || kind == PartyKind::kommun; }

namespace {
bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}
}  // namespace

Result<void> validate_new_member(const Member& member, const Association& association,
                                 const std::vector<Member>& existing, const KnownAreas& known) {
  FieldErrors errors;
  if (member.name.empty()) errors.add("name", "required");
  const bool state_party = member.kind == PartyKind::fk || member.kind == PartyKind::af;
  if (state_party && std::any_of(existing.begin(), existing.end(), [&](const Member& m) {
        return m.kind == member.kind && !(last_day(m) && *last_day(m) < member.joined_on);
      })) {
    errors.add("partyKind", "duplicate_party");
  }
  if (member.kind == PartyKind::region || member.kind == PartyKind::kommun) {
    const bool region = member.kind == PartyKind::region;
    if (member.area_code.empty()) {
      errors.add("code", "required");
    } else if (region ? !is_lan_code(member.area_code) : !is_kommun_code(member.area_code)) {
      errors.add("code", "invalid");
    } else if (!contains(region ? known.region_codes : known.kommun_codes, member.area_code)) {
      errors.add("code", "unknown");
    } else if (std::any_of(existing.begin(), existing.end(), [&](const Member& m) {
                 return m.kind == member.kind && m.area_code == member.area_code && !last_day(m);
               })) {
      errors.add("code", "duplicate");
    }
  } else if (!member.area_code.empty()) {
    errors.add("code", "invalid");
  }
  if (member.joined_on < association.formed_on) errors.add("joinedOn", "before_formed");
  return errors.result();
}

Result<void> validate_association(const Association& association) {
  FieldErrors errors;
  if (association.name.empty()) errors.add("name", "required");
  const auto& org = association.org_number;
  bool org_ok = org.size() == 11 && org[6] == '-' &&
                std::all_of(org.begin(), org.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
  if (org.empty()) {
    errors.add("orgNumber", "required");
  } else if (!org_ok) {
    errors.add("orgNumber", "invalid");
  }
  if (association.seat.empty()) errors.add("seat", "required");
  if (association.retention_years < 1 || association.retention_years > 10) {
    errors.add("retentionYears", "out_of_range");
  }
  if (association.disclosure_threshold < 3 || association.disclosure_threshold > 100) {
    errors.add("disclosureThreshold", "out_of_range");
  }
  if (association.equity_limit_bp < 0 || association.equity_limit_bp > 100'000) {
    errors.add("equityLimitBp", "out_of_range");
  }
  return errors.result();
}

}  // namespace samordna::core
