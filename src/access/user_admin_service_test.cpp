// UserAdminService in memory: a förbund's administrator creates users without passwords, gives and removes
// roles within the förbund only (never to themselves, a superuser or another förbund's user), and personal-data
// roles wait for the controller's side: the role's own party, and each other party whose insatser the user
// works in (DOMAIN.md: each insats's lead party is the controller of its participants' data).
#include "access/user_admin_service.hpp"

#include <gtest/gtest.h>

#include "access/testing/fakes.hpp"
#include "kernel/testing/results.hpp"

namespace samordna::core {
namespace {

using namespace testing;  // NOLINT(google-build-using-namespace): the fakes

constexpr std::int64_t kForbund = 1;
constexpr std::int64_t kLerum = 10;     // a member (party) of the förbund
constexpr std::int64_t kAlingsas = 11;  // another member, lead party of an insats

struct MemoryStaffing : StaffingLookup {
  std::map<std::int64_t, std::vector<StaffedInsats>> staffed;
  std::vector<StaffedInsats> staffed_with_lead(std::int64_t user_id) override { return staffed[user_id]; }
};

class UserAdminServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* name : {"admin", "anna", "root", "bo", "dso.lerum", "dso.alingsas", "dora"}) {
      users.add_user(User{0, name, name, "h:secret", false, {}});
    }
    users.users[3].roles = {std::string(kSuperuserRole)};
    add(1, kForbund, Role::administrator);
    add(4, 2, Role::ekonom);  // bo works for another förbund
    contact(5, kLerum);
    contact(6, kAlingsas);
  }
  RoleAssignment role(std::int64_t user, std::int64_t association, Role r) {
    RoleAssignment a;
    a.user_id = user;
    a.association_id = association;
    a.role = r;
    a.valid_from = *CivilDate::parse("2026-01-01");
    return a;
  }
  std::int64_t add(std::int64_t user, std::int64_t association, Role r) {
    return assignments.add_assignment(role(user, association, r));
  }
  void contact(std::int64_t user, std::int64_t party) {
    auto a = role(user, kForbund, Role::controller_contact);
    a.organisation_member_id = party;
    a.confirmed_by = 0;  // appointed by the operator
    assignments.add_assignment(a);
  }
  void session_for(std::int64_t user) {
    sessions.add_session(Session{"digest:" + std::to_string(user), user, "csrf", 0, 0});
  }

  MemoryUsers users;
  MemorySessions sessions;
  MemoryAssignments assignments;
  DirectTransactions transactions;
  MemoryAudit events;
  FakeClock clock;  // today is 2026-11-22
  AuditTrail audit{events, fake_digest, [] { return std::int64_t{1'000}; }};
  UserAdminService service{users, sessions, assignments, transactions, audit, clock};
  Actor admin{1, "admin", "127.0.0.1"};
};

TEST_F(UserAdminServiceTest, CreatesAUserWithoutAPasswordAndAuditsIt) {
  auto created = service.create_user(admin, NewUser{"eva", "Eva Ek", role(0, kForbund, Role::ekonom)});
  ASSERT_TRUE(created);
  EXPECT_TRUE(created->user.password_hash.empty());  // set through the invitation only
  ASSERT_EQ(created->assignments.size(), 1U);
  EXPECT_EQ(created->assignments[0].requested_by, 1);
  EXPECT_EQ(events.events.back().action, "create");
  EXPECT_EQ(events.events.back().entity, "user");

  EXPECT_EQ(field_code_of(service.create_user(admin, NewUser{"anna", "Anna", role(0, kForbund, Role::ekonom)})),
            "taken");
  EXPECT_EQ(field_of(service.create_user(admin, NewUser{"frida", "", role(0, kForbund, Role::ekonom)})), "displayName");
  auto unnamed_party = role(0, kForbund, Role::deltagaransvarig);
  EXPECT_EQ(field_of(service.create_user(admin, NewUser{"gun", "Gun", unnamed_party})), "organisationMemberId");
  EXPECT_EQ(users.users.size(), 8U);
}

TEST_F(UserAdminServiceTest, AssigningARoleEndsTheUsersSessionsAndWaitsForConfirmation) {
  session_for(2);
  auto a = role(2, kForbund, Role::deltagaransvarig);
  a.organisation_member_id = kLerum;
  a.confirmed_by = 99;  // whatever the caller claims, the role waits for the controller
  auto saved = service.assign(admin, a);
  ASSERT_TRUE(saved);
  EXPECT_FALSE(saved->confirmed_by);
  EXPECT_EQ(saved->requested_by, 1);
  EXPECT_TRUE(sessions.sessions.empty());
  EXPECT_EQ(events.events.back().action, "permission_change");
  ASSERT_EQ(service.pending(kForbund).size(), 1U);
  EXPECT_EQ(service.pending(kForbund)[0].awaiting_party, kLerum);
}

TEST_F(UserAdminServiceTest, NobodyGrantsThemselvesASuperuserOrAnotherForbundsUserARole) {
  EXPECT_EQ(field_code_of(service.assign(admin, role(1, kForbund, Role::ekonom))), "self");
  EXPECT_EQ(code_of(service.assign(admin, role(3, kForbund, Role::ekonom))), "superuser");
  EXPECT_EQ(code_of(service.assign(admin, role(4, kForbund, Role::ekonom))), "user_in_other_association");
  EXPECT_EQ(code_of(service.assign(admin, role(42, kForbund, Role::ekonom))), "not_found");
  ASSERT_TRUE(service.assign(admin, role(2, kForbund, Role::ekonom)));
  EXPECT_EQ(field_code_of(service.assign(admin, role(2, kForbund, Role::ekonom))), "duplicate");
  auto separated = role(2, kForbund, Role::administrator);
  ASSERT_TRUE(service.assign(admin, separated));
  auto personal = role(2, kForbund, Role::deltagaransvarig);
  personal.organisation_member_id = kLerum;
  EXPECT_EQ(field_code_of(service.assign(admin, personal)), "separation_of_duties");
}

TEST_F(UserAdminServiceTest, UnassignAndDisableStayInsideTheForbund) {
  auto id = add(2, kForbund, Role::ekonom);
  EXPECT_EQ(code_of(service.unassign(admin, 2, id)), "not_found");
  session_for(2);
  ASSERT_TRUE(service.unassign(admin, kForbund, id));
  EXPECT_TRUE(sessions.sessions.empty());

  add(2, kForbund, Role::ekonom);
  EXPECT_EQ(field_of(service.set_disabled(admin, kForbund, 1, true)), "user");  // not oneself
  EXPECT_EQ(code_of(service.set_disabled(admin, kForbund, 4, true)), "not_found");
  add(4, kForbund, Role::remittent);  // bo in two förbund: neither may disable him alone
  EXPECT_EQ(code_of(service.set_disabled(admin, kForbund, 4, true)), "user_in_other_association");
  ASSERT_TRUE(service.set_disabled(admin, kForbund, 2, true));
  EXPECT_TRUE(users.users[2].disabled);
}

TEST_F(UserAdminServiceTest, TheRolesOwnPartyConfirmsItNeitherTheAdministratorNorTheUser) {
  auto a = role(7, kForbund, Role::deltagaransvarig);
  a.organisation_member_id = kLerum;
  auto saved = *service.assign(admin, a);
  EXPECT_EQ(code_of(service.confirm(admin, kForbund, saved.id)), "requested_by_you");
  EXPECT_EQ(code_of(service.confirm(Actor{2, "anna", ""}, kForbund, saved.id)), "not_controller_contact");
  EXPECT_EQ(code_of(service.confirm(Actor{7, "dora", ""}, kForbund, saved.id)), "own_assignment");
  EXPECT_EQ(code_of(service.confirm(Actor{5, "dso.lerum", ""}, kForbund, 999)), "not_found");
  session_for(7);
  auto confirmed = service.confirm(Actor{5, "dso.lerum", ""}, kForbund, saved.id);
  ASSERT_TRUE(confirmed);
  EXPECT_EQ(confirmed->confirmed_by, 5);
  EXPECT_TRUE(sessions.sessions.empty());  // the role applies from the next login
  EXPECT_TRUE(service.pending(kForbund).empty());
  EXPECT_EQ(field_code_of(service.confirm_by_operator(Actor{0, "", ""}, saved.id)), "already_confirmed");
  auto ekonom = add(2, kForbund, Role::ekonom);
  EXPECT_EQ(field_code_of(service.confirm_by_operator(Actor{0, "", ""}, ekonom)), "not_needed");
}

TEST_F(UserAdminServiceTest, EachInsatssLeadPartyConfirmsTheRoleForItsOwnInsatser) {
  auto a = role(7, kForbund, Role::deltagaransvarig);
  a.organisation_member_id = kLerum;
  auto saved = *service.assign(admin, a);
  ASSERT_TRUE(service.confirm(Actor{5, "dso.lerum", ""}, kForbund, saved.id));
  MemoryStaffing staffing;
  staffing.staffed[7] = {{100, kLerum}, {200, kAlingsas}, {201, kAlingsas}};

  EXPECT_TRUE(service.pending_for(Actor{5, "dso.lerum", ""}, kForbund, staffing).empty());
  auto waiting = service.pending_for(Actor{6, "dso.alingsas", ""}, kForbund, staffing);
  ASSERT_EQ(waiting.size(), 1U);  // once, though she works in two of Alingsås's insatser
  EXPECT_EQ(waiting[0].awaiting_party, kAlingsas);
  EXPECT_EQ(waiting[0].username, "dora");

  auto confirmed = service.confirm(Actor{6, "dso.alingsas", ""}, kForbund, saved.id);
  ASSERT_TRUE(confirmed);
  EXPECT_EQ(confirmed->confirmed_for, std::vector<std::int64_t>{kAlingsas});
  EXPECT_TRUE(service.pending_for(Actor{6, "dso.alingsas", ""}, kForbund, staffing).empty());
  EXPECT_EQ(field_code_of(service.confirm(Actor{6, "dso.alingsas", ""}, kForbund, saved.id)), "already_confirmed");
}

}  // namespace
}  // namespace samordna::core
