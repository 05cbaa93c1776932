#include "access/domain/role.hpp"

#include <algorithm>

#include "kernel/error.hpp"

namespace samordna::core {

std::string_view to_string(Role role) {
  switch (role) {
    case Role::administrator: return "administrator";
    case Role::ekonom: return "ekonom";
    case Role::insatsansvarig: return "insatsansvarig";
    case Role::deltagaransvarig: return "deltagaransvarig";
    case Role::remittent: return "remittent";
    case Role::board_member: return "board_member";
    case Role::revisor: return "revisor";
    case Role::controller_contact: return "controller_contact";
  }
  return "remittent";
}

const std::vector<Role>& all_roles() {
  static const std::vector<Role> roles{
      Role::administrator, Role::ekonom,       Role::insatsansvarig, Role::deltagaransvarig,
      Role::remittent,     Role::board_member, Role::revisor,        Role::controller_contact};
  return roles;
}

std::optional<Role> parse_role(std::string_view text) {
  for (auto r : all_roles()) {
    if (to_string(r) == text) return r;
  }
  return std::nullopt;
}

std::string_view to_string(Permission p) {
  switch (p) {
    case Permission::public_access: return "public";
    case Permission::authenticated: return "authenticated";
    case Permission::view_association: return "view_association";
    case Permission::manage_association: return "manage_association";
    case Permission::view_money: return "view_money";
    case Permission::manage_money: return "manage_money";
    case Permission::manage_users: return "manage_users";
    case Permission::view_audit: return "view_audit";
    case Permission::manage_insatser: return "manage_insatser";
    case Permission::refer: return "refer";
    case Permission::view_personal: return "view_personal";
    case Permission::manage_participants: return "manage_participants";
    case Permission::create_association: return "create_association";
    case Permission::manage_installation: return "manage_installation";
    case Permission::confirm_roles: return "confirm_roles";
    case Permission::data_subject_rights: return "data_subject_rights";
  }
  return "manage_installation";
}

const std::vector<Permission>& all_permissions() {
  static const std::vector<Permission> permissions{Permission::public_access,      Permission::authenticated,
                                                   Permission::view_association,   Permission::manage_association,
                                                   Permission::view_money,         Permission::manage_money,
                                                   Permission::manage_users,       Permission::view_audit,
                                                   Permission::manage_insatser,    Permission::refer,
                                                   Permission::view_personal,      Permission::manage_participants,
                                                   Permission::create_association, Permission::manage_installation,
                                                   Permission::confirm_roles,      Permission::data_subject_rights};
  return permissions;
}

bool is_scoped(Permission p) {
  return p != Permission::public_access && p != Permission::authenticated && p != Permission::create_association &&
         p != Permission::manage_installation;
}

bool is_personal(Permission p) {
  return p == Permission::refer || p == Permission::view_personal || p == Permission::manage_participants;
}

bool is_controller_side(Permission p) { return p == Permission::confirm_roles || p == Permission::data_subject_rights; }

bool needs_confirmation(Role role) { return role == Role::deltagaransvarig || role == Role::controller_contact; }

bool role_grants(Role role, Permission p) {
  if (!is_scoped(p)) return false;
  switch (role) {
    case Role::administrator:  // everything in its förbund but personal data and the controller's side
      return !is_personal(p) && !is_controller_side(p);
    case Role::controller_contact:
      return p == Permission::view_association || p == Permission::confirm_roles ||
             p == Permission::data_subject_rights;
    case Role::ekonom:
      return p == Permission::view_association || p == Permission::view_money || p == Permission::manage_money;
    case Role::board_member: return p == Permission::view_association || p == Permission::view_money;
    case Role::revisor:
      return p == Permission::view_association || p == Permission::view_money || p == Permission::view_audit;
    case Role::insatsansvarig: return p == Permission::view_association || p == Permission::manage_insatser;
    case Role::deltagaransvarig:
      return p == Permission::view_association || p == Permission::refer || p == Permission::view_personal ||
             p == Permission::manage_participants;
    case Role::remittent:
      return p == Permission::view_association || p == Permission::refer || p == Permission::view_personal;
  }
  return false;
}

bool assignment_active(const RoleAssignment& a, CivilDate today) {
  return a.valid_from <= today && (!a.valid_to || today <= *a.valid_to) && !pending_confirmation(a);
}

Result<std::int64_t> validate_confirmation(const RoleAssignment& a, std::int64_t confirmer,
                                           const std::vector<RoleAssignment>& confirmer_assignments, CivilDate today) {
  if (!needs_confirmation(a.role)) return unexpected(Error::invalid("assignment", "not_needed"));
  if (confirmer == a.user_id) return unexpected(Error::of(ErrorKind::forbidden, "own_assignment"));
  if (a.requested_by && *a.requested_by == confirmer) {
    return unexpected(Error::of(ErrorKind::forbidden, "requested_by_you"));
  }
  const auto parties = contact_parties(confirmer_assignments, confirmer, a.association_id, today);
  auto in = [](const std::vector<std::int64_t>& list, std::int64_t id) {
    return std::find(list.begin(), list.end(), id) != list.end();
  };
  if (a.organisation_member_id && in(parties, *a.organisation_member_id)) {
    if (a.confirmed_by) return unexpected(Error::invalid("assignment", "already_confirmed"));
    return *a.organisation_member_id;
  }
  if (a.role != Role::deltagaransvarig || parties.empty()) {
    return unexpected(Error::of(ErrorKind::forbidden, "not_controller_contact"));
  }
  for (auto party : parties) {
    if (!in(a.confirmed_for, party)) return party;
  }
  return unexpected(Error::invalid("assignment", "already_confirmed"));
}

std::vector<std::int64_t> contact_parties(const std::vector<RoleAssignment>& assignments, std::int64_t user_id,
                                          std::int64_t association_id, CivilDate today) {
  std::vector<std::int64_t> parties;
  for (const auto& c : assignments) {
    if (c.user_id == user_id && c.association_id == association_id && c.role == Role::controller_contact &&
        c.organisation_member_id && assignment_active(c, today)) {
      parties.push_back(*c.organisation_member_id);
    }
  }
  return parties;
}

std::optional<std::vector<std::int64_t>> confirmed_controllers(const RoleAssignment& a) {
  if (a.confirmed_by && *a.confirmed_by == 0) return std::nullopt;  // before confirmation was required
  std::vector<std::int64_t> out;
  if (a.confirmed_by && a.organisation_member_id) out.push_back(*a.organisation_member_id);
  out.insert(out.end(), a.confirmed_for.begin(), a.confirmed_for.end());
  return out;
}

namespace {
bool overlaps(const RoleAssignment& a, const RoleAssignment& b) {
  const bool a_before_b = a.valid_to && *a.valid_to < b.valid_from;
  const bool b_before_a = b.valid_to && *b.valid_to < a.valid_from;
  return !a_before_b && !b_before_a;
}
bool conflicting(Role a, Role b) {
  auto personal_side = [](Role r) { return r == Role::deltagaransvarig || r == Role::controller_contact; };
  return (a == Role::administrator && personal_side(b)) || (b == Role::administrator && personal_side(a));
}
}  // namespace

Result<void> validate_assignment(const RoleAssignment& a, const std::vector<RoleAssignment>& existing) {
  FieldErrors errors;
  if (a.valid_to && *a.valid_to < a.valid_from) errors.add("validTo", "before_from");
  if (needs_confirmation(a.role) && !a.organisation_member_id) errors.add("organisationMemberId", "required");
  for (const auto& e : existing) {
    if (e.id == a.id || e.user_id != a.user_id || e.association_id != a.association_id || !overlaps(a, e)) continue;
    if (conflicting(a.role, e.role)) {
      errors.add("role", "separation_of_duties");
      break;
    }
    if (a.role == e.role) {
      errors.add("role", "duplicate");
      break;
    }
  }
  return errors.result();
}

}  // namespace samordna::core
