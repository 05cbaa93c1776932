#include "access/domain/access.hpp"

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

// Each insats's controller confirms personal-data access to its participants (issue 11): a deltagaransvarig
// of Alingsås (8), confirmed by Alingsås, works in insatser led by Alingsås (8) and Lerum (4); only Alingsås's
// participants are in scope until Lerum's contact confirms the role too.
TEST(Access, TheScopeReachesOnlyTheInsatserWhoseControllerConfirmed) {
  User k{7, "k", "K", "", false, {}};
  RoleAssignment a;
  a.id = 1;
  a.user_id = 7;
  a.association_id = 1;
  a.role = Role::deltagaransvarig;
  a.organisation_member_id = 8;
  a.valid_from = d("2020-01-01");
  const auto today = d("2026-11-22");
  const std::vector<StaffedInsats> staffed{{10, 8}, {11, 4}, {12, 8}};
  auto scope_of = [&](const RoleAssignment& role) {
    return personal_scope(access_for(k, {role}, today), 1, 7, staffed, {role}, today).insatser;
  };
  EXPECT_TRUE(scope_of(a).empty());  // pending: nothing
  a.confirmed_by = 5;
  EXPECT_EQ(scope_of(a), (std::vector<std::int64_t>{10, 12}));
  a.confirmed_for = {4};
  EXPECT_EQ(scope_of(a), (std::vector<std::int64_t>{10, 11, 12}));
  a.confirmed_for.clear();
  a.confirmed_by = 0;  // given before confirmation was required: every insats the user works in
  EXPECT_EQ(scope_of(a), (std::vector<std::int64_t>{10, 11, 12}));
  a.valid_to = d("2025-12-31");  // ended
  EXPECT_TRUE(scope_of(a).empty());
}

}  // namespace
}  // namespace samordna::core
