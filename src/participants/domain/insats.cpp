#include "participants/domain/insats.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "membership/domain/membership.hpp"

namespace samordna::core {

std::string_view to_string(InsatsKind kind) { return kind == InsatsKind::individual ? "individual" : "structural"; }

std::optional<InsatsKind> parse_insats_kind(std::string_view text) {
  if (text == "individual") return InsatsKind::individual;
  if (text == "structural") return InsatsKind::structural;
  return std::nullopt;
}

bool insats_open_on(const Insats& insats, CivilDate day) {
  return insats.starts_on <= day && (!insats.ends_on || day <= *insats.ends_on);
}

bool insats_name_taken(const Insats& insats, const std::vector<Insats>& in_association) {
  auto normal = [](std::string_view name) {
    const auto first = name.find_first_not_of(" \t");
    const auto last = name.find_last_not_of(" \t");
    std::string out(first == std::string_view::npos ? std::string_view() : name.substr(first, last - first + 1));
    for (auto& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  const auto name = normal(insats.name);
  return std::any_of(in_association.begin(), in_association.end(),
                     [&](const Insats& other) { return other.id != insats.id && normal(other.name) == name; });
}

Result<void> validate_insats(const Insats& insats, const std::vector<Member>& members,
                             const std::vector<TargetGroup>& target_groups) {
  FieldErrors errors;
  if (insats.name.empty()) errors.add("name", "required");
  if (insats.min_age < 0 || insats.min_age > 120) errors.add("minAge", "out_of_range");
  if (insats.max_age < 0 || insats.max_age > 120 || insats.max_age < insats.min_age) {
    errors.add("maxAge", "out_of_range");
  }
  auto member = [&](std::int64_t id) -> const Member* {
    auto it = std::find_if(members.begin(), members.end(), [&](const Member& m) { return m.id == id; });
    return it == members.end() ? nullptr : &*it;
  };
  std::set<PartyKind> parties;
  if (const Member* lead = member(insats.lead_member_id)) {
    parties.insert(lead->kind);
  } else {
    errors.add("leadMemberId", "unknown");
  }
  bool unknown = false;
  for (auto id : insats.cooperating_member_ids) {
    if (const Member* m = member(id)) {
      parties.insert(m->kind);
    } else {
      unknown = true;
    }
  }
  if (unknown) {
    errors.add("cooperatingMemberIds", "unknown");
  } else if (parties.size() < 2) {
    errors.add("cooperatingMemberIds", "too_few_parties");
  }
  for (const auto& code : insats.kommun_codes) {
    if (std::none_of(members.begin(), members.end(),
                     [&](const Member& m) { return m.kind == PartyKind::kommun && m.area_code == code; })) {
      errors.add("kommunCodes", "outside_area");
      break;
    }
  }
  if (insats.kind == InsatsKind::individual && insats.capacity <= 0) errors.add("capacity", "required");
  if (insats.capacity < 0) errors.add("capacity", "negative");
  if (insats.ends_on && *insats.ends_on < insats.starts_on) errors.add("endsOn", "before_start");
  for (auto id : insats.target_group_ids) {
    if (std::none_of(target_groups.begin(), target_groups.end(), [&](const TargetGroup& g) { return g.id == id; })) {
      errors.add("targetGroupIds", "unknown");
      break;
    }
  }
  for (const auto& [year, amount] : insats.budget) {
    if (amount.in_ore() < 0) {
      errors.add("budget." + std::to_string(year), "negative");
    }
  }
  return errors.result();
}

Result<void> validate_attendance(const Attendance& a, const Insats& insats, CivilDate today) {
  FieldErrors errors;
  if (insats.kind != InsatsKind::structural) errors.add("insats", "not_structural");
  if (a.women < 0) errors.add("women", "negative");
  if (a.men < 0) errors.add("men", "negative");
  if (today < a.on) {
    errors.add("on", "future");
  } else if (a.on < insats.starts_on) {
    errors.add("on", "before_start");
  } else if (insats.ends_on && a.on > *insats.ends_on) {
    errors.add("on", "after_end");
  }
  return errors.result();
}

}  // namespace samordna::core
