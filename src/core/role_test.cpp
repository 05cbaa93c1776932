#include "core/role.hpp"

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

}  // namespace
}  // namespace samordna::core
