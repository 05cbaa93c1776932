#pragma once
// A change's audit fields with what they were: each field whose value differs from the one recorded before
// the change is preceded by "<name>.before" with the earlier value, so the log reads before → after without a
// second event or a new column (and the hash chain's text stays "name=value" lines). Fields logged by name only
// (personal data, value nullopt) never get an earlier value.
#include <vector>

#include "audit/domain/audit.hpp"

namespace samordna::core {

inline constexpr const char* kBeforeSuffix = ".before";

std::vector<AuditField> with_before(const std::vector<AuditField>& before, const std::vector<AuditField>& after);

}  // namespace samordna::core
