#include "access/invitation_service.hpp"

#include <gtest/gtest.h>

#include "access/auth_service.hpp"
#include "access/testing/fakes.hpp"

namespace samordna::core {
namespace {

using namespace testing;  // NOLINT(google-build-using-namespace): the fakes

struct MemoryInvitations : InvitationRepository {
  std::vector<Invitation> list;
  std::int64_t add_invitation(const Invitation& i) override {
    list.push_back(i);
    list.back().id = std::int64_t(list.size());
    return list.back().id;
  }
  std::optional<Invitation> find_invitation(const std::string& digest) override {
    for (const auto& i : list) {
      if (i.token_digest == digest) return i;
    }
    return std::nullopt;
  }
  bool use_invitation(std::int64_t id, std::int64_t at) override {
    auto& i = list.at(std::size_t(id - 1));
    if (i.used_at) return false;
    i.used_at = at;
    return true;
  }
  void retire_invitations_of(std::int64_t user_id, std::int64_t at) override {
    for (auto& i : list) {
      if (i.user_id == user_id && !i.used_at) i.used_at = at;
    }
  }
};

TEST(Invitation, WorksOnceBeforeItExpiresForAnEnabledUser) {
  const User user{1, "anna", "Anna", "", false, {}};
  const Invitation fresh{1, 1, "d", 2, 1000, 1000 + kInvitationSeconds, {}};
  EXPECT_TRUE(check_invitation(fresh, user, 1000));
  EXPECT_TRUE(check_invitation(fresh, user, 1000 + kInvitationSeconds - 1));
  EXPECT_EQ(check_invitation(fresh, user, 1000 + kInvitationSeconds).error().fields[0].code, "expired");
  Invitation used = fresh;
  used.used_at = 1001;
  EXPECT_EQ(check_invitation(used, user, 1002).error().fields[0].code, "used");
  User disabled = user;
  disabled.disabled = true;
  EXPECT_EQ(check_invitation(fresh, disabled, 1000).error().fields[0].code, "disabled");
}

RoleAssignment role(std::int64_t user, std::int64_t association, Role r) {
  RoleAssignment a;
  a.user_id = user;
  a.association_id = association;
  a.role = r;
  a.valid_from = *CivilDate::parse("2020-01-01");
  return a;
}

class InvitationServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    admin_id = users.add_user({0, "chef", "Chefen", "h:chefens lösenord", false, {}});
    assignments.add_assignment(role(admin_id, 1, Role::administrator));
  }
  NewUser anna() {
    NewUser n{"anna", "Anna Berg", {}};
    n.assignment.association_id = 1;
    n.assignment.role = Role::ekonom;
    n.assignment.valid_from = *CivilDate::parse("2026-01-01");
    return n;
  }
  FakeClock clock;
  FakeSecrets secrets;
  FakeHasher hasher;
  MemoryUsers users;
  MemorySessions sessions;
  MemoryAssignments assignments;
  MemoryInvitations invitations;
  MemoryAudit audit_events;
  DirectTransactions transactions;
  AuditTrail audit{audit_events, fake_digest, [this] { return clock.now; }};
  UserAdminService admin{users, sessions, assignments, transactions, audit, clock};
  InvitationService service{admin,  users,   sessions,     invitations, assignments,
                            hasher, secrets, transactions, audit,       clock};
  AuthService auth{users, sessions, hasher, secrets, clock};
  std::int64_t admin_id = 0;
  Actor chef{1, "chef", ""};
};

TEST_F(InvitationServiceTest, TheNewUserSetsTheirOwnPasswordOnceAndOnlyTheDigestIsStored) {
  auto created = service.create_user(chef, anna());
  ASSERT_TRUE(created) << created.error().code;
  EXPECT_TRUE(created->view.user.password_hash.empty());  // nobody knows a password yet
  EXPECT_EQ(invitations.list.at(0).token_digest, "digest:" + created->invitation.token);
  EXPECT_EQ(created->invitation.expires_at, clock.now + kInvitationSeconds);
  EXPECT_EQ(auth.login("anna", "").error().code, "validation_failed");
  EXPECT_EQ(auth.login("anna", "vilket lösenord som helst").error().code, "invalid_credentials");

  auto info = service.look_up(created->invitation.token);
  ASSERT_TRUE(info);
  EXPECT_EQ(info->username, "anna");
  EXPECT_EQ(service.accept(created->invitation.token, "kort", "").error().fields[0].code, "too_short");
  ASSERT_TRUE(service.accept(created->invitation.token, "annas eget lösenord", "10.0.0.1"));
  EXPECT_TRUE(auth.login("anna", "annas eget lösenord"));
  // Used once: the same link cannot set it again.
  auto again = service.accept(created->invitation.token, "någon annans lösenord", "");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().fields[0].code, "used");
  EXPECT_TRUE(auth.login("anna", "annas eget lösenord"));
  EXPECT_EQ(audit_events.events.back().action, "accept_invitation");
  EXPECT_EQ(audit_events.events.back().actor.username, "anna");
}

TEST_F(InvitationServiceTest, ExpiredUnknownReplacedAndDisabledLinksAreRefused) {
  auto created = service.create_user(chef, anna());
  ASSERT_TRUE(created);
  EXPECT_EQ(service.look_up("not-a-token").error().fields[0].code, "unknown");
  EXPECT_EQ(service.look_up("").error().fields[0].code, "required");
  clock.now += kInvitationSeconds;
  EXPECT_EQ(service.accept(created->invitation.token, "annas eget lösenord", "").error().fields[0].code, "expired");
  // A new link replaces the old one.
  auto first = service.invite(chef, 1, created->view.user.id);
  auto second = service.invite(chef, 1, created->view.user.id);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(service.look_up(first->token).error().fields[0].code, "used");
  EXPECT_TRUE(service.look_up(second->token));
  users.set_disabled(created->view.user.id, true);
  EXPECT_EQ(service.accept(second->token, "annas eget lösenord", "").error().fields[0].code, "disabled");
  EXPECT_TRUE(users.find_user(created->view.user.id)->password_hash.empty());
}

TEST_F(InvitationServiceTest, AnAdministratorInvitesOnlyItsOwnForbundsOtherUsers) {
  EXPECT_EQ(service.invite(chef, 1, admin_id).error().fields[0].code, "self");
  EXPECT_EQ(service.invite(chef, 1, 99).error().code, "not_found");
  auto other = users.add_user({0, "annan", "Annan", "", false, {}});
  assignments.add_assignment(role(other, 2, Role::ekonom));
  EXPECT_EQ(service.invite(chef, 1, other).error().code, "not_found");
  assignments.add_assignment(role(other, 1, Role::revisor));
  EXPECT_EQ(service.invite(chef, 1, other).error().code, "user_in_other_association");
  auto root = users.add_user({0, "root", "Root", "h:x", false, {"superuser"}});
  assignments.add_assignment(role(root, 1, Role::revisor));
  EXPECT_EQ(service.invite(chef, 1, root).error().code, "superuser");
  EXPECT_TRUE(invitations.list.empty());
}

}  // namespace
}  // namespace samordna::core
