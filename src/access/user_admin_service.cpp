#include "access/user_admin_service.hpp"

#include <algorithm>

#include "access/auth_service.hpp"
#include "access/domain/access.hpp"
#include "kernel/error.hpp"

namespace samordna::core {

AuditField UserAdminService::role_field(const RoleAssignment& a) const {
  return {"role", std::string(to_string(a.role)) + " " + a.valid_from.iso() + ".." +
                      (a.valid_to ? a.valid_to->iso() : std::string())};
}

std::vector<UserView> UserAdminService::users_in(std::int64_t association_id) {
  std::map<std::int64_t, UserView> by_user;
  for (const auto& a : assignments_.assignments_in(association_id)) {
    auto& view = by_user[a.user_id];
    if (view.user.id == 0) {
      if (auto user = users_.find_user(a.user_id)) view.user = *user;
    }
    view.assignments.push_back(a);
  }
  std::vector<UserView> out;
  for (auto& [id, view] : by_user) out.push_back(std::move(view));
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.user.username < b.user.username; });
  return out;
}

std::vector<std::int64_t> UserAdminService::user_ids_in(std::int64_t association_id) {
  std::vector<std::int64_t> ids;
  for (const auto& a : assignments_.assignments_in(association_id)) ids.push_back(a.user_id);
  return ids;
}

Result<UserView> UserAdminService::create_user(const Actor& actor, const NewUser& n) {
  FieldErrors errors;
  if (auto ok = validate_username(n.username); !ok) {
    errors.add("username", ok.error().fields[0].code);
  } else if (users_.find_user_by_username(n.username)) {
    errors.add("username", "taken");
  }
  if (n.display_name.empty()) errors.add("displayName", "required");
  if (auto ok = validate_assignment(n.assignment, {}); !ok) {
    for (const auto& f : ok.error().fields) errors.add(f.field, f.code);
  }
  if (!errors.empty()) return unexpected(errors.error());
  UserView view;
  transactions_.run([&] {
    User user{0, n.username, n.display_name, "", false, {}};  // no password until the invitation is used
    user.id = users_.add_user(user);
    RoleAssignment a = n.assignment;
    a.user_id = user.id;
    a.requested_by = actor.user_id;
    a.confirmed_by.reset();
    a.id = assignments_.add_assignment(a);
    audit_.record(actor, a.association_id, "create", "user", std::to_string(user.id),
                  {{"username", user.username}, {"displayName", std::nullopt}, role_field(a)});
    view = {user, {a}};
  });
  return view;
}

Result<RoleAssignment> UserAdminService::assign(const Actor& actor, const RoleAssignment& assignment) {
  auto user = users_.find_user(assignment.user_id);
  if (!user) return unexpected(not_found());
  // A förbund manages its own users only: not the installation's superusers, not another förbund's users, and
  // nobody grants themselves a role.
  if (std::find(user->roles.begin(), user->roles.end(), kSuperuserRole) != user->roles.end()) {
    return unexpected(Error::of(ErrorKind::forbidden, "superuser"));
  }
  const auto existing = assignments_.assignments_of_user(assignment.user_id);
  if (std::any_of(existing.begin(), existing.end(),
                  [&](const RoleAssignment& a) { return a.association_id != assignment.association_id; })) {
    return unexpected(Error::of(ErrorKind::forbidden, "user_in_other_association"));
  }
  if (assignment.user_id == actor.user_id) return unexpected(Error::invalid("userId", "self"));
  if (auto ok = validate_assignment(assignment, existing); !ok) {
    return unexpected(ok.error());
  }
  RoleAssignment saved = assignment;
  saved.requested_by = actor.user_id;
  saved.confirmed_by.reset();  // a personal-data role waits for the controller's side
  transactions_.run([&] {
    saved.id = assignments_.add_assignment(saved);
    sessions_.remove_sessions_of(assignment.user_id);
    audit_.record(actor, assignment.association_id, "permission_change", "user", std::to_string(assignment.user_id),
                  {{"change", "added"}, role_field(saved)});
  });
  return saved;
}

Result<void> UserAdminService::unassign(const Actor& actor, std::int64_t association_id, std::int64_t assignment_id) {
  auto list = assignments_.assignments_in(association_id);
  auto it = std::find_if(list.begin(), list.end(), [&](const RoleAssignment& a) { return a.id == assignment_id; });
  if (it == list.end()) return unexpected(not_found());
  transactions_.run([&] {
    assignments_.remove_assignment(assignment_id);
    sessions_.remove_sessions_of(it->user_id);
    audit_.record(actor, association_id, "permission_change", "user", std::to_string(it->user_id),
                  {{"change", "removed"}, role_field(*it)});
  });
  return {};
}

Result<void> UserAdminService::set_disabled(const Actor& actor, std::int64_t association_id, std::int64_t user_id,
                                            bool disabled) {
  auto assignments = assignments_.assignments_of_user(user_id);
  if (!users_.find_user(user_id) || std::none_of(assignments.begin(), assignments.end(), [&](const RoleAssignment& a) {
        return a.association_id == association_id;
      })) {
    return unexpected(not_found());
  }
  if (std::any_of(assignments.begin(), assignments.end(),
                  [&](const RoleAssignment& a) { return a.association_id != association_id; })) {
    return unexpected(Error::of(ErrorKind::forbidden, "user_in_other_association"));
  }
  if (user_id == actor.user_id) return unexpected(Error::invalid("user", "self"));
  transactions_.run([&] {
    users_.set_disabled(user_id, disabled);  // ends the user's sessions
    audit_.record(actor, association_id, "update", "user", std::to_string(user_id),
                  {{"disabled", disabled ? "true" : "false"}});
  });
  return {};
}

PendingAssignment UserAdminService::describe(const RoleAssignment& a, std::int64_t party) {
  auto user = users_.find_user(a.user_id);
  std::string requester;
  if (a.requested_by && *a.requested_by != 0) {
    if (auto r = users_.find_user(*a.requested_by)) requester = r->display_name;
  }
  return {a, user ? user->username : "", user ? user->display_name : "", requester, party};
}

std::vector<PendingAssignment> UserAdminService::pending(std::int64_t association_id) {
  std::vector<PendingAssignment> out;
  for (const auto& a : assignments_.assignments_in(association_id)) {
    if (pending_confirmation(a)) out.push_back(describe(a, a.organisation_member_id.value_or(0)));
  }
  return out;
}

std::vector<PendingAssignment> UserAdminService::pending_for(const Actor& actor, std::int64_t association_id,
                                                             StaffingLookup& staffing) {
  const auto today = clock_.today();
  const auto parties =
      contact_parties(assignments_.assignments_of_user(actor.user_id), actor.user_id, association_id, today);
  auto mine = [&](std::int64_t party) { return std::find(parties.begin(), parties.end(), party) != parties.end(); };
  std::vector<PendingAssignment> out;
  for (const auto& a : assignments_.assignments_in(association_id)) {
    if (!needs_confirmation(a.role) || (a.valid_to && *a.valid_to < today)) continue;
    if (pending_confirmation(a) && a.organisation_member_id && mine(*a.organisation_member_id)) {
      out.push_back(describe(a, *a.organisation_member_id));
    }
    auto confirmed = confirmed_controllers(a);
    if (a.role != Role::deltagaransvarig || !confirmed) continue;
    std::vector<std::int64_t> asked;
    for (const auto& s : staffing.staffed_with_lead(a.user_id)) {
      const auto lead = s.lead_member_id;
      if (!mine(lead) || lead == a.organisation_member_id.value_or(0) ||
          std::find(confirmed->begin(), confirmed->end(), lead) != confirmed->end() ||
          std::find(asked.begin(), asked.end(), lead) != asked.end()) {
        continue;
      }
      asked.push_back(lead);
      out.push_back(describe(a, lead));
    }
  }
  return out;
}

Result<RoleAssignment> UserAdminService::confirm(const Actor& actor, std::int64_t association_id,
                                                 std::int64_t assignment_id) {
  auto list = assignments_.assignments_in(association_id);
  auto it = std::find_if(list.begin(), list.end(), [&](const RoleAssignment& a) { return a.id == assignment_id; });
  if (it == list.end()) return unexpected(not_found());
  auto party =
      validate_confirmation(*it, actor.user_id, assignments_.assignments_of_user(actor.user_id), clock_.today());
  if (!party) return unexpected(party.error());
  if (*party == it->organisation_member_id.value_or(0)) return record_confirmation(actor, *it);
  // Another controller confirms the role for the insatser it leads.
  RoleAssignment a = *it;
  bool confirmed = false;
  transactions_.run([&] {
    confirmed = assignments_.confirm_for_party(a.id, *party, actor.user_id, clock_.now_unix());
    if (!confirmed) return;
    sessions_.remove_sessions_of(a.user_id);
    audit_.record(actor, a.association_id, "permission_change", "user", std::to_string(a.user_id),
                  {{"change", "confirmed"}, role_field(a), {"controller", std::to_string(*party)}});
  });
  if (!confirmed) return unexpected(Error::invalid("assignment", "already_confirmed"));
  a.confirmed_for.push_back(*party);
  return a;
}

Result<RoleAssignment> UserAdminService::confirm_by_operator(const Actor& actor, std::int64_t assignment_id) {
  for (const auto& a : assignments_.assignments_in_all()) {
    if (a.id != assignment_id) continue;
    if (!needs_confirmation(a.role)) return unexpected(Error::invalid("assignment", "not_needed"));
    if (a.confirmed_by) return unexpected(Error::invalid("assignment", "already_confirmed"));
    return record_confirmation(actor, a);
  }
  return unexpected(not_found());
}

Result<RoleAssignment> UserAdminService::record_confirmation(const Actor& actor, RoleAssignment a) {
  bool confirmed = false;
  const auto at = clock_.now_unix();
  transactions_.run([&] {
    confirmed = assignments_.confirm_assignment(a.id, actor.user_id, at);
    if (!confirmed) return;
    sessions_.remove_sessions_of(a.user_id);  // the new permissions apply from the next login
    audit_.record(actor, a.association_id, "permission_change", "user", std::to_string(a.user_id),
                  {{"change", "confirmed"}, role_field(a)});
  });
  if (!confirmed) return unexpected(Error::invalid("assignment", "already_confirmed"));
  a.confirmed_by = actor.user_id;
  a.confirmed_at = at;
  return a;
}

}  // namespace samordna::core
