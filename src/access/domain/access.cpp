#include "access/domain/access.hpp"

#include <algorithm>

namespace samordna::core {

bool Access::sees(std::int64_t association_id) const { return superuser || roles.count(association_id) > 0; }

bool Access::has(Permission permission, std::int64_t association_id) const {
  if (superuser && !is_personal(permission) && !is_controller_side(permission)) return true;
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
  if (superuser && is_personal(permission)) {
    // A superuser sees every förbund but no personal data, unless a role in the förbund grants it.
    if (!association_id) return Decision::hide;
    return has(permission, *association_id) ? Decision::allow : Decision::forbid;
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

bool PersonalScope::covers_insats(std::int64_t insats_id) const {
  return std::find(insatser.begin(), insatser.end(), insats_id) != insatser.end();
}

bool PersonalScope::covers(std::int64_t insats_id, std::int64_t referrer_user_id) const {
  return covers_insats(insats_id) || (own_referrals_of && *own_referrals_of == referrer_user_id);
}

PersonalScope personal_scope(const Access& access, std::int64_t association_id, std::int64_t user_id,
                             const std::vector<StaffedInsats>& staffed, const std::vector<RoleAssignment>& assignments,
                             CivilDate today) {
  PersonalScope scope;
  auto it = access.roles.find(association_id);
  if (it == access.roles.end()) return scope;
  if (it->second.count(Role::deltagaransvarig)) {
    bool every_controller = false;
    std::vector<std::int64_t> controllers;
    for (const auto& a : assignments) {
      if (a.user_id != user_id || a.association_id != association_id || a.role != Role::deltagaransvarig ||
          !assignment_active(a, today)) {
        continue;
      }
      auto confirmed = confirmed_controllers(a);
      if (!confirmed) {
        every_controller = true;
      } else {
        controllers.insert(controllers.end(), confirmed->begin(), confirmed->end());
      }
    }
    for (const auto& s : staffed) {
      if (every_controller ||
          std::find(controllers.begin(), controllers.end(), s.lead_member_id) != controllers.end()) {
        scope.insatser.push_back(s.insats_id);
      }
    }
  }
  if (it->second.count(Role::remittent) || it->second.count(Role::deltagaransvarig)) scope.own_referrals_of = user_id;
  return scope;
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
