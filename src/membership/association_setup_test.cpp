// MembershipService::set_up in memory: a förbund with its members by law and its first charter; a refused step
// names its field as the web form does.
#include <gtest/gtest.h>

#include "audit/testing/memory_audit.hpp"
#include "kernel/testing/fakes.hpp"
#include "kernel/testing/results.hpp"
#include "membership/membership_service.hpp"
#include "membership/testing/memory_membership.hpp"

namespace samordna::core {
namespace {

class AssociationSetupTest : public ::testing::Test {
 protected:
  testing::MemoryAssociations associations;
  testing::MemoryCharters charters;
  testing::DirectTransactions transactions;
  testing::MemoryAudit events;
  AuditTrail audit{events, testing::fake_digest, [] { return std::int64_t{1'000}; }};
  MembershipService service{associations, charters, transactions, audit};
  Actor actor{1, "admin", "127.0.0.1"};

  static AssociationSetup setup() {
    AssociationSetup s;
    s.association.name = "Samordningsförbundet Göta älv";
    s.association.org_number = "222000-4444";
    s.association.seat = "Lerum";
    s.association.formed_on = *CivilDate::parse("2027-01-01");
    s.region = {"14", "Västra Götalandsregionen"};
    s.kommuner = {{"1440", "Ale kommun"}, {"1441", "Lerums kommun"}};
    s.reference_year = 2022;
    return s;
  }
};

TEST_F(AssociationSetupTest, AFörbundWithItsMembersByLawAndItsFirstCharter) {
  auto made = service.set_up(actor, setup());
  ASSERT_TRUE(made) << testing::field_of(made) << " " << testing::field_code_of(made);
  auto members = service.members(made->id);
  ASSERT_EQ(members.size(), 5U);
  EXPECT_EQ(members[0].kind, PartyKind::fk);
  EXPECT_EQ(members[1].kind, PartyKind::af);
  EXPECT_EQ(members[2].area_code, "14");
  EXPECT_EQ(members[4].name, "Lerums kommun");
  for (const auto& m : members) EXPECT_EQ(m.joined_on, made->formed_on);
  auto charter = service.charters(made->id);
  ASSERT_EQ(charter.size(), 1U);
  EXPECT_EQ(charter[0].effective_from, made->formed_on);
  EXPECT_EQ(charter[0].notice.years, 3);
  EXPECT_EQ(charter[0].split_key.reference_year, 2022);
  EXPECT_EQ(charter[0].board_seats.size(), 5U);
}

// Each refusal in a fixture of its own: the memory transactions do not roll back (the API test shows, against
// SQLite, that a refused setup leaves nothing behind).
TEST_F(AssociationSetupTest, WithoutKommunerNothingStarts) {
  auto none = setup();
  none.kommuner.clear();
  EXPECT_EQ(testing::field_of(service.set_up(actor, none)), "kommuner");
  EXPECT_TRUE(associations.list_associations().empty());
  EXPECT_TRUE(events.events.empty());
}

TEST_F(AssociationSetupTest, AnUnknownKommunIsNamedByItsPlace) {
  auto unknown = setup();
  unknown.kommuner[1].area_code = "1499";
  auto refused = service.set_up(actor, unknown);
  EXPECT_EQ(testing::field_of(refused), "kommuner.1.code");
  EXPECT_EQ(testing::field_code_of(refused), "unknown");
}

TEST_F(AssociationSetupTest, TheRegionsFieldsAreNamedAsSuch) {
  auto region = setup();
  region.region.name.clear();
  EXPECT_EQ(testing::field_of(service.set_up(actor, region)), "region.name");
}

TEST_F(AssociationSetupTest, TheChartersFieldsAreNamedAsSuch) {
  auto charter = setup();
  charter.notice_years = 9;
  EXPECT_EQ(testing::field_of(service.set_up(actor, charter)), "charter.notice.years");
}

}  // namespace
}  // namespace samordna::core
