#pragma once
// Roles a user holds per förbund (role assignments, each with start and optional end), what each role may
// do, and separation of duties: the administrator cannot also be deltagaransvarig in the same förbund.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "kernel/civil_date.hpp"
#include "kernel/error.hpp"

namespace samordna::core {

enum class Role {
  administrator,       // förbund, members, budget, users; no personal data
  ekonom,              // money; no personal data
  insatsansvarig,      // their insatser, counts, budget; no personal data
  deltagaransvarig,    // participants of the insatser assigned to them
  remittent,           // sends referrals and follows their status
  board_member,        // aggregates, suppressed
  revisor,             // read-only, including the audit log
  controller_contact,  // dataskyddsansvarig: acts for a party (the controller) and confirms personal-data roles
};

std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view text);
const std::vector<Role>& all_roles();

// What a request may need. public_access and authenticated need no role; create_association and
// manage_installation belong to the installation's superusers; the rest are granted by roles per förbund.
enum class Permission {
  public_access,
  authenticated,
  view_association,     // the förbund, its members and charter
  manage_association,   // its details, members, notices, charter
  view_money,           // budgets, contributions, equity, what-if
  manage_money,         // budgets, payments, equity
  manage_users,         // users and role assignments in the förbund
  view_audit,           // the förbund's audit log
  manage_insatser,      // the catalogue and attendance (insatsansvarig: the insatser they work in)
  refer,                // send referrals
  view_personal,        // personal data: deltagaransvarig in their insatser, remittent their own referrals
  manage_participants,  // start and end participations, consents, joint plans, referral decisions
  create_association,   // installation: a new förbund
  manage_installation,  // installation: superuser's own view of users and the whole audit log
  confirm_roles,        // confirm personal-data roles for the controller's side (never a superuser or administrator)
  data_subject_rights,  // the controller's side: register extracts, rectification, restriction, erasure (art. 15–18)
};

std::string_view to_string(Permission permission);
const std::vector<Permission>& all_permissions();
bool role_grants(Role role, Permission permission);
// True for permissions that a role in the förbund can grant (they need a förbund to be checked against).
bool is_scoped(Permission permission);
// Personal-data permissions: only the roles that work with participants hold them, never a superuser.
bool is_personal(Permission permission);
// Permissions of the controller's side (confirm_roles): held only through controller_contact, never by a superuser
// or an administrator.
bool is_controller_side(Permission permission);
// Roles that give access to personal data, or the right to grant it: they take effect only when confirmed by
// the controller's side (deltagaransvarig, controller_contact).
bool needs_confirmation(Role role);

struct RoleAssignment {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::int64_t association_id = 0;
  Role role = Role::remittent;
  std::optional<std::int64_t> organisation_member_id;  // the member (FK, AF, region, kommun) the user works for
  CivilDate valid_from;
  std::optional<CivilDate> valid_to;         // last day, inclusive
  std::optional<std::int64_t> requested_by;  // the user who made it (0: the system or the command line)
  std::optional<std::int64_t> confirmed_by;  // for roles that need it; 0: confirmed before confirmation was required
  std::optional<std::int64_t> confirmed_at;  // unix seconds
  // Deltagaransvarig: the other controllers (lead parties) that have confirmed the role for their insatser.
  std::vector<std::int64_t> confirmed_for;
};

// In its dates, and confirmed when its role needs it.
bool assignment_active(const RoleAssignment& assignment, CivilDate today);
[[nodiscard]] inline bool pending_confirmation(const RoleAssignment& a) {
  return needs_confirmation(a.role) && !a.confirmed_by;
}

// Whether `confirmer` (with their assignments) may confirm the assignment, and for which party: a confirmed
// controller contact in the same förbund, never for their own assignment or one they asked for. The contact of
// the assignment's own party confirms the role itself; for a deltagaransvarig, the contact of another party
// confirms it for the insatser that party leads (each insats's controller). Codes: forbidden own_assignment |
// requested_by_you | not_controller_contact; field assignment not_needed | already_confirmed.
Result<std::int64_t> validate_confirmation(const RoleAssignment& assignment, std::int64_t confirmer,
                                           const std::vector<RoleAssignment>& confirmer_assignments, CivilDate today);

// The parties `user_id` is a confirmed controller contact for in the förbund today (from their assignments).
std::vector<std::int64_t> contact_parties(const std::vector<RoleAssignment>& assignments, std::int64_t user_id,
                                          std::int64_t association_id, CivilDate today);

// The controllers (lead parties) whose insatser a confirmed personal-data role reaches: its own party and those
// that confirmed it too; nullopt for a role confirmed before confirmation was required (every controller).
std::optional<std::vector<std::int64_t>> confirmed_controllers(const RoleAssignment& assignment);

// Checks a new assignment against the user's others. Field errors: validTo before_from; role
// separation_of_duties (administrator with deltagaransvarig or controller_contact overlapping in the same
// förbund); role duplicate (the same role overlapping in the same förbund); organisationMemberId required (a
// role that needs confirmation names the party it is for).
Result<void> validate_assignment(const RoleAssignment& assignment, const std::vector<RoleAssignment>& existing);

}  // namespace samordna::core
