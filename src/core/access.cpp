#include "core/access.hpp"

#include <algorithm>

namespace samordna::core {

bool Access::sees(std::int64_t association_id) const { return superuser || roles.count(association_id) > 0; }

bool Access::has(Permission permission, std::int64_t association_id) const {
  if (superuser) return true;
  auto it = roles.find(association_id);
  if (it == roles.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(), [&](Role r) { return role_grants(r, permission); });
}

Decision Access::decide(Permission permission, std::optional<std::int64_t> association_id) const {
  switch (permission) {
    case Permission::public_access:
    case Permission::authenticated: return Decision::allow;
    case Permission::create_association:
    case Permission::manage_installation: return superuser ? Decision::allow : Decision::forbid;
    default: break;
  }
  if (!association_id || !sees(*association_id)) return Decision::hide;
  return has(permission, *association_id) ? Decision::allow : Decision::forbid;
}

std::vector<Permission> Access::permissions_in(std::int64_t association_id) const {
  std::vector<Permission> out;
  for (auto p : all_permissions()) {
    if (is_scoped(p) && has(p, association_id)) out.push_back(p);
  }
  return out;
}

Access access_for(const User& user, const std::vector<RoleAssignment>& assignments, CivilDate today) {
  Access access;
  access.superuser = std::find(user.roles.begin(), user.roles.end(), kSuperuserRole) != user.roles.end();
  for (const auto& a : assignments) {
    if (a.user_id == user.id && assignment_active(a, today)) access.roles[a.association_id].insert(a.role);
  }
  return access;
}

}  // namespace samordna::core
