// MembershipService in memory: each use case, its refusals, optimistic concurrency, and that every change is
// audited while a refused one writes nothing.
#include "membership/membership_service.hpp"

#include <gtest/gtest.h>

#include "audit/testing/memory_audit.hpp"
#include "kernel/testing/fakes.hpp"
#include "kernel/testing/results.hpp"
#include "membership/testing/memory_membership.hpp"

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

class MembershipServiceTest : public ::testing::Test {
 protected:
  testing::MemoryAssociations associations;
  testing::MemoryCharters charters;
  testing::DirectTransactions transactions;
  testing::MemoryAudit events;
  AuditTrail audit{events, testing::fake_digest, [] { return std::int64_t{1'000}; }};
  MembershipService service{associations, charters, transactions, audit};
  Actor actor{1, "admin", "127.0.0.1"};

  Association insjoriket() {
    Association a;
    a.name = "Samordningsförbundet Insjöriket";
    a.org_number = "222000-1234";
    a.seat = "Alingsås";
    a.formed_on = d("2006-07-01");
    return a;
  }
  Member member(std::int64_t association, PartyKind kind, std::string name, std::string code) {
    Member m;
    m.association_id = association;
    m.kind = kind;
    m.name = std::move(name);
    m.area_code = std::move(code);
    m.joined_on = d("2006-07-01");
    return m;
  }
  Charter charter(std::int64_t association) {
    Charter c;
    c.association_id = association;
    c.effective_from = d("2006-07-01");
    c.notice = {3, NoticeCounting::calendar_years};
    c.split_key = {SplitKeyKind::population, 2018};
    return c;
  }
};

TEST_F(MembershipServiceTest, CreatesAnAssociationAndAuditsIt) {
  auto created = service.create_association(actor, insjoriket());
  ASSERT_TRUE(created);
  EXPECT_EQ(created->id, 1);
  EXPECT_EQ(created->version, 1);
  ASSERT_EQ(events.events.size(), 1U);
  EXPECT_EQ(events.events[0].action, "create");
  EXPECT_EQ(events.events[0].entity, "association");
}

TEST_F(MembershipServiceTest, RefusesAnInvalidAssociationAndATakenOrgNumberWritingNothing) {
  auto bad = insjoriket();
  bad.name.clear();
  bad.org_number = "12";
  auto refused = service.create_association(actor, bad);
  ASSERT_FALSE(refused);
  EXPECT_EQ(testing::code_of(refused), "validation_failed");
  ASSERT_EQ(refused.error().fields.size(), 2U);
  EXPECT_EQ(refused.error().fields[0].field, "name");
  EXPECT_EQ(refused.error().fields[1].field, "orgNumber");

  ASSERT_TRUE(service.create_association(actor, insjoriket()));
  auto taken = service.create_association(actor, insjoriket());
  ASSERT_FALSE(taken);
  EXPECT_EQ(taken.error().kind, ErrorKind::conflict);
  EXPECT_EQ(testing::code_of(taken), "org_number_taken");
  EXPECT_EQ(associations.associations.size(), 1U);
  EXPECT_EQ(events.events.size(), 1U);
}

TEST_F(MembershipServiceTest, UpdateNeedsTheCurrentVersion) {
  auto a = *service.create_association(actor, insjoriket());
  a.seat = "Lerum";
  auto updated = service.update_association(actor, a, 1);
  ASSERT_TRUE(updated);
  EXPECT_EQ(updated->seat, "Lerum");
  EXPECT_EQ(updated->version, 2);

  a.seat = "Vårgårda";
  auto stale = service.update_association(actor, a, 1);
  ASSERT_FALSE(stale);
  EXPECT_EQ(testing::code_of(stale), "version_conflict");
  EXPECT_EQ(associations.find_association(a.id)->seat, "Lerum");

  auto other = insjoriket();
  other.org_number = "222000-9999";
  auto second = *service.create_association(actor, other);
  second.org_number = a.org_number;  // another förbund's number (the store would refuse it with a constraint error)
  EXPECT_EQ(testing::code_of(service.update_association(actor, second, 1)), "org_number_taken");

  a.id = 99;
  EXPECT_EQ(testing::code_of(service.update_association(actor, a, 2)), "not_found");
}

TEST_F(MembershipServiceTest, AddsMembersAndRefusesASecondFkOrAnUnknownKommun) {
  auto a = *service.create_association(actor, insjoriket());
  ASSERT_TRUE(service.add_member(actor, member(a.id, PartyKind::fk, "Försäkringskassan", "")));
  auto kommun = service.add_member(actor, member(a.id, PartyKind::kommun, "Alingsås kommun", "1489"));
  ASSERT_TRUE(kommun);
  EXPECT_EQ(kommun->area_code, "1489");

  auto second_fk = service.add_member(actor, member(a.id, PartyKind::fk, "Försäkringskassan", ""));
  ASSERT_FALSE(second_fk);
  EXPECT_EQ(testing::field_code_of(second_fk), "duplicate_party");
  auto unknown = service.add_member(actor, member(a.id, PartyKind::kommun, "Okänd kommun", "9999"));
  ASSERT_FALSE(unknown);
  EXPECT_EQ(testing::field_of(unknown), "code");
  auto early = member(a.id, PartyKind::kommun, "Lerums kommun", "1441");
  early.joined_on = d("2005-01-01");
  EXPECT_EQ(testing::field_code_of(service.add_member(actor, early)), "before_formed");
  EXPECT_EQ(testing::code_of(service.add_member(actor, member(42, PartyKind::kommun, "Lerums kommun", "1441"))),
            "not_found");
  EXPECT_EQ(associations.members.size(), 2U);
  EXPECT_EQ(events.events.size(), 3U);  // the association and two members
}

TEST_F(MembershipServiceTest, NoticeUnderTheCharterEndsAfterThreeCalendarYearsAndCanBeRevoked) {
  auto a = *service.create_association(actor, insjoriket());
  auto kommun = *service.add_member(actor, member(a.id, PartyKind::kommun, "Alingsås kommun", "1489"));
  ASSERT_TRUE(service.add_charter(actor, charter(a.id)));

  auto given = service.give_notice(actor, kommun.id, {d("2020-06-15"), "Kommunfullmäktige", "KF § 77"}, 1);
  ASSERT_TRUE(given);
  ASSERT_TRUE(given->notice);
  EXPECT_EQ(given->notice->ends_on, d("2023-12-31"));  // DOMAIN.md: Insjöriket §15, notice during 2020
  EXPECT_EQ(given->version, 2);

  auto stale = service.give_notice(actor, kommun.id, {d("2020-07-01"), "KF", ""}, 1);
  EXPECT_EQ(testing::code_of(stale), "version_conflict");
  auto again = service.give_notice(actor, kommun.id, {d("2020-07-01"), "KF", ""}, 2);
  ASSERT_FALSE(again);
  EXPECT_EQ(testing::code_of(again), "validation_failed");

  auto revoked = service.revoke_notice(actor, kommun.id, d("2021-02-01"), "KF § 12", 2);
  ASSERT_TRUE(revoked);
  EXPECT_FALSE(revoked->notice->in_force());
  EXPECT_EQ(events.events.back().entity, "notice");
  EXPECT_EQ(events.events.back().action, "update");
}

TEST_F(MembershipServiceTest, FkCannotGiveNoticeAndAMissingMemberIsNotFound) {
  auto a = *service.create_association(actor, insjoriket());
  auto fk = *service.add_member(actor, member(a.id, PartyKind::fk, "Försäkringskassan", ""));
  ASSERT_TRUE(service.add_charter(actor, charter(a.id)));
  auto refused = service.give_notice(actor, fk.id, {d("2020-06-15"), "Styrelsen", ""}, 1);
  ASSERT_FALSE(refused);
  EXPECT_EQ(testing::field_code_of(refused), "cannot_give_notice");
  EXPECT_FALSE(associations.find_member(fk.id)->notice);
  EXPECT_EQ(testing::code_of(service.give_notice(actor, 77, {d("2020-06-15"), "KF", ""}, 1)), "not_found");
  EXPECT_EQ(testing::code_of(service.revoke_notice(actor, 77, d("2020-06-15"), "", 1)), "not_found");
}

TEST_F(MembershipServiceTest, ChartersAreValidatedAndOnePerEffectiveDate) {
  auto a = *service.create_association(actor, insjoriket());
  auto first = service.add_charter(actor, charter(a.id));
  ASSERT_TRUE(first);
  EXPECT_EQ(first->id, 1);
  auto duplicate = service.add_charter(actor, charter(a.id));
  ASSERT_FALSE(duplicate);
  EXPECT_EQ(testing::field_code_of(duplicate), "duplicate");
  auto too_long = charter(a.id);
  too_long.effective_from = d("2010-01-01");
  too_long.notice.years = 4;
  EXPECT_EQ(testing::field_code_of(service.add_charter(actor, too_long)), "out_of_range");
  auto elsewhere = charter(9);
  EXPECT_EQ(testing::code_of(service.add_charter(actor, elsewhere)), "not_found");
  EXPECT_EQ(charters.charters.size(), 1U);
}

}  // namespace
}  // namespace samordna::core
