#include "history_import/domain/member_names.hpp"

#include "history_import/domain/import_columns.hpp"

namespace samordna::core {
namespace {

bool ends_with(const std::string& text, std::string_view tail) {
  return text.size() > tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

MemberNames::MemberNames(const std::vector<Member>& members) {
  for (const auto& m : members) {
    const auto name = folded(m.name);
    add(name, m.id);
    if (!m.area_code.empty()) add(m.area_code, m.id);
    for (std::string_view tail : {" kommun", " stad"}) {
      if (m.kind != PartyKind::kommun || !ends_with(name, tail)) continue;
      auto place = name.substr(0, name.size() - tail.size());  // "lerums", "mölndals"
      add(place, m.id);
      if (ends_with(place, "s")) add(place.substr(0, place.size() - 1), m.id);  // "lerum", "mölndal"
    }
    if (m.kind == PartyKind::fk) {
      for (const char* alias : {"fk", "försäkringskassan"}) add(alias, m.id);
    }
    if (m.kind == PartyKind::af) {
      for (const char* alias : {"af", "arbetsförmedlingen"}) add(alias, m.id);
    }
    if (m.kind == PartyKind::region) add("region", m.id);
  }
}

void MemberNames::add(const std::string& name, std::int64_t id) {
  auto [at, added] = ids_.emplace(name, id);
  if (!added && at->second != id) at->second = -1;
}

std::int64_t MemberNames::find(std::string_view text) const {
  const auto at = ids_.find(folded(text));
  return at == ids_.end() ? 0 : at->second;
}

}  // namespace samordna::core
