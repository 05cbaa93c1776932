#include "access/domain/role.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

RoleAssignment assignment(Role role, const char* from, std::optional<const char*> to = std::nullopt,
                          std::int64_t association = 1) {
  RoleAssignment a;
  a.user_id = 7;
  a.association_id = association;
  a.role = role;
  a.valid_from = d(from);
  if (to) a.valid_to = d(*to);
  if (needs_confirmation(role)) a.organisation_member_id = 8;  // the party it is for
  return a;
}

TEST(Role, NamesRoundTrip) {
  for (auto r : all_roles()) EXPECT_EQ(parse_role(to_string(r)), r);
  EXPECT_FALSE(parse_role("admin"));
}

TEST(Role, NoRoleHasPersonalDataOrInstallationPermissions) {
  for (auto r : all_roles()) {
    EXPECT_FALSE(role_grants(r, Permission::create_association));
    EXPECT_FALSE(role_grants(r, Permission::manage_installation));
    EXPECT_TRUE(role_grants(r, Permission::view_association));
  }
}

TEST(Role, WhatEachRoleMayDo) {
  EXPECT_TRUE(role_grants(Role::administrator, Permission::manage_users));
  EXPECT_TRUE(role_grants(Role::ekonom, Permission::manage_money));
  EXPECT_FALSE(role_grants(Role::ekonom, Permission::manage_association));
  EXPECT_TRUE(role_grants(Role::revisor, Permission::view_audit));
  EXPECT_FALSE(role_grants(Role::revisor, Permission::manage_money));  // read-only
  EXPECT_TRUE(role_grants(Role::board_member, Permission::view_money));
  EXPECT_FALSE(role_grants(Role::board_member, Permission::view_audit));
  EXPECT_FALSE(role_grants(Role::remittent, Permission::view_money));
  EXPECT_FALSE(role_grants(Role::deltagaransvarig, Permission::manage_users));
}

TEST(Role, AssignmentsHaveAPeriod) {
  auto a = assignment(Role::ekonom, "2026-01-01", "2026-06-30");
  EXPECT_FALSE(assignment_active(a, d("2025-12-31")));
  EXPECT_TRUE(assignment_active(a, d("2026-06-30")));
  EXPECT_FALSE(assignment_active(a, d("2026-07-01")));
  EXPECT_EQ(validate_assignment(assignment(Role::ekonom, "2026-02-01", "2026-01-01"), {}).error().fields[0].code,
            "before_from");
}

TEST(Role, AdministratorCannotAlsoBeDeltagaransvarigInTheSameForbund) {
  std::vector<RoleAssignment> existing{assignment(Role::administrator, "2026-01-01")};
  existing[0].id = 1;
  EXPECT_EQ(validate_assignment(assignment(Role::deltagaransvarig, "2027-01-01"), existing).error().fields[0].code,
            "separation_of_duties");
  // In another förbund it is allowed, and so is a period after the administrator's ended.
  EXPECT_TRUE(validate_assignment(assignment(Role::deltagaransvarig, "2027-01-01", std::nullopt, 2), existing));
  existing[0].valid_to = d("2026-12-31");
  EXPECT_TRUE(validate_assignment(assignment(Role::deltagaransvarig, "2027-01-01"), existing));
  EXPECT_EQ(validate_assignment(assignment(Role::administrator, "2026-06-01"), existing).error().fields[0].code,
            "duplicate");
}

// Personal-data roles are granted by the controller's side, never by oneself (issue 11).
TEST(Role, PersonalDataRolesWaitForTheControllersSide) {
  auto staff = assignment(Role::deltagaransvarig, "2026-01-01");
  staff.id = 10;
  staff.requested_by = 3;                                   // the administrator who asked
  EXPECT_FALSE(assignment_active(staff, d("2026-06-01")));  // pending: no access yet
  EXPECT_TRUE(assignment_active(assignment(Role::ekonom, "2026-01-01"), d("2026-06-01")));  // needs none
  auto missing_party = staff;
  missing_party.organisation_member_id.reset();
  EXPECT_EQ(validate_assignment(missing_party, {}).error().fields[0].field, "organisationMemberId");

  RoleAssignment contact = assignment(Role::controller_contact, "2026-01-01");
  contact.id = 11;
  contact.user_id = 5;
  contact.confirmed_by = 0;  // appointed by the operator
  const auto today = d("2026-06-01");
  auto code = [&](const RoleAssignment& a, std::int64_t by, const std::vector<RoleAssignment>& theirs) {
    auto r = validate_confirmation(a, by, theirs, today);
    if (r) return std::string("ok");
    return r.error().fields.empty() ? r.error().code : r.error().fields[0].code;
  };
  EXPECT_EQ(code(staff, 5, {contact}), "ok");
  EXPECT_EQ(code(staff, 7, {contact}), "own_assignment");   // not for oneself
  EXPECT_EQ(code(staff, 3, {}), "requested_by_you");        // not the one who asked
  EXPECT_EQ(code(staff, 9, {}), "not_controller_contact");  // an administrator or superuser holds no such role
  // Another party's contact confirms a deltagaransvarig for the insatser that party leads (it is their
  // controller), but never another party's contact role.
  auto other_party = contact;
  other_party.organisation_member_id = 4;
  EXPECT_EQ(validate_confirmation(staff, 5, {other_party}, today).value(), 4);
  EXPECT_EQ(validate_confirmation(staff, 5, {contact}, today).value(), *staff.organisation_member_id);
  auto other_contact = assignment(Role::controller_contact, "2026-01-01");
  other_contact.requested_by = 3;
  EXPECT_EQ(code(other_contact, 5, {other_party}), "not_controller_contact");
  auto confirmed_by_four = staff;
  confirmed_by_four.confirmed_for = {4};
  EXPECT_EQ(code(confirmed_by_four, 5, {other_party}), "already_confirmed");
  auto unconfirmed = contact;
  unconfirmed.confirmed_by.reset();  // a contact not yet confirmed confirms nothing
  EXPECT_EQ(code(staff, 5, {unconfirmed}), "not_controller_contact");
  auto done = staff;
  done.confirmed_by = 5;
  EXPECT_EQ(code(done, 5, {contact}), "already_confirmed");
  EXPECT_TRUE(assignment_active(done, today));
  // Which controllers' insatser the role reaches: its own party's once confirmed, and those that confirmed it.
  EXPECT_EQ(confirmed_controllers(staff).value(), std::vector<std::int64_t>{});
  done.confirmed_for = {4};
  EXPECT_EQ(confirmed_controllers(done).value(), (std::vector<std::int64_t>{*done.organisation_member_id, 4}));
  auto legacy = staff;
  legacy.confirmed_by = 0;  // given before confirmation was required: every controller
  EXPECT_FALSE(confirmed_controllers(legacy).has_value());
  EXPECT_EQ(code(assignment(Role::ekonom, "2026-01-01"), 5, {contact}), "not_needed");
  // The controller's side is never the administrator's: the two roles cannot be held together.
  std::vector<RoleAssignment> admin{assignment(Role::administrator, "2026-01-01")};
  admin[0].id = 1;
  EXPECT_EQ(validate_assignment(assignment(Role::controller_contact, "2026-01-01"), admin).error().fields[0].code,
            "separation_of_duties");
  EXPECT_FALSE(role_grants(Role::administrator, Permission::confirm_roles));
  EXPECT_TRUE(role_grants(Role::controller_contact, Permission::confirm_roles));
  EXPECT_FALSE(role_grants(Role::controller_contact, Permission::view_personal));
}

}  // namespace
}  // namespace samordna::core
