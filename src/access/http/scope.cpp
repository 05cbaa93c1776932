#include "access/http/scope.hpp"

namespace samordna::http {

core::PersonalScope personal_scope_of(const Context& c, ScopeSources& sources, std::int64_t association_id) {
  const auto user = c.auth->user.id;
  return core::personal_scope(c.access, association_id, user, sources.staffing.staffed_with_lead(user),
                              sources.assignments.assignments_of_user(user), sources.clock.today());
}

core::PersonalScope personal_scope_of_user(ScopeSources& sources, const core::User& user, std::int64_t association_id) {
  const auto today = sources.clock.today();
  const auto assignments = sources.assignments.assignments_of_user(user.id);
  return core::personal_scope(core::access_for(user, assignments, today), association_id, user.id,
                              sources.staffing.staffed_with_lead(user.id), assignments, today);
}

std::optional<std::int64_t> only_staffed(const Context& c, std::int64_t association_id) {
  if (c.access.superuser) return std::nullopt;
  auto it = c.access.roles.find(association_id);
  if (it != c.access.roles.end() && it->second.count(core::Role::administrator)) return std::nullopt;
  return c.auth->user.id;
}

}  // namespace samordna::http
