#include "audit/domain/field_changes.hpp"

#include <algorithm>

namespace samordna::core {

std::vector<AuditField> with_before(const std::vector<AuditField>& before, const std::vector<AuditField>& after) {
  std::vector<AuditField> out;
  out.reserve(after.size() * 2);
  for (const auto& field : after) {
    auto earlier =
        std::find_if(before.begin(), before.end(), [&](const AuditField& b) { return b.name == field.name; });
    if (field.value && earlier != before.end() && earlier->value && *earlier->value != *field.value) {
      out.push_back({field.name + kBeforeSuffix, earlier->value});
    }
    out.push_back(field);
  }
  return out;
}

}  // namespace samordna::core
