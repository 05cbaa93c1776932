#include "core/access.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

TEST(Access, DecidesInOnePlace) {
  User ekonom{3, "ekonom", "Ekonomen", "", false, {}};
  RoleAssignment a;
  a.user_id = 3;
  a.association_id = 1;
  a.role = Role::ekonom;
  a.valid_from = d("2020-01-01");
  auto access = access_for(ekonom, {a}, d("2026-11-22"));
  EXPECT_EQ(access.decide(Permission::view_money, 1), Decision::allow);
  EXPECT_EQ(access.decide(Permission::manage_users, 1), Decision::forbid);  // it knows förbund 1 exists
  EXPECT_EQ(access.decide(Permission::view_money, 2), Decision::hide);      // förbund 2 is not its own
  EXPECT_EQ(access.decide(Permission::view_money, std::nullopt), Decision::hide);
  EXPECT_EQ(access.decide(Permission::authenticated, std::nullopt), Decision::allow);
  EXPECT_EQ(access.decide(Permission::create_association, std::nullopt), Decision::forbid);
  EXPECT_EQ(access.permissions_in(1),
            (std::vector<Permission>{Permission::view_association, Permission::view_money, Permission::manage_money}));
}

TEST(Access, EndedAssignmentsGiveNothing) {
  User u{3, "u", "U", "", false, {}};
  RoleAssignment a;
  a.user_id = 3;
  a.association_id = 1;
  a.role = Role::administrator;
  a.valid_from = d("2020-01-01");
  a.valid_to = d("2025-12-31");
  EXPECT_EQ(access_for(u, {a}, d("2026-01-01")).decide(Permission::view_association, 1), Decision::hide);
}

TEST(Access, SuperuserSeesEveryForbund) {
  User admin{1, "admin", "Admin", "", false, {"superuser"}};
  auto access = access_for(admin, {}, d("2026-11-22"));
  EXPECT_EQ(access.decide(Permission::create_association, std::nullopt), Decision::allow);
  EXPECT_EQ(access.decide(Permission::manage_money, 42), Decision::allow);
  // ...but never personal data, and never the controller's side (confirming personal-data roles).
  EXPECT_EQ(access.decide(Permission::view_personal, 42), Decision::forbid);
  EXPECT_EQ(access.decide(Permission::confirm_roles, 42), Decision::forbid);
}

}  // namespace
}  // namespace samordna::core
