#pragma once
// The caller's reach inside a förbund, worked out per request from the roles the router read: which
// participants, referrals and plans they may see, and whether they may change only the insatser they work in.
#include <cstdint>
#include <optional>

#include "access/domain/access.hpp"
#include "access/http/router.hpp"
#include "access/ports.hpp"
#include "kernel/clock.hpp"

namespace samordna::http {

// What a personal scope is worked out from.
struct ScopeSources {
  core::StaffingLookup& staffing;
  core::RoleAssignmentRepository& assignments;
  const core::Clock& clock;
};

// The participants, referrals and plans the caller may see in the förbund of the request (one place).
core::PersonalScope personal_scope_of(const Context& c, ScopeSources& sources, std::int64_t association_id);
// The same for another user of the förbund (whether a colleague may be made responsible for a participant).
core::PersonalScope personal_scope_of_user(ScopeSources& sources, const core::User& user, std::int64_t association_id);
// For an insatsansvarig without a wider role: their user id (they may change only the insatser they work in).
std::optional<std::int64_t> only_staffed(const Context& c, std::int64_t association_id);

}  // namespace samordna::http
