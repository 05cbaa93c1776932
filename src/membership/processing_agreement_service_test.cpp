// ProcessingAgreementService in memory: agreements are recorded and changed only within their own förbund,
// validated against its members and today, with optimistic concurrency and an audit event per change.
#include "membership/processing_agreement_service.hpp"

#include <gtest/gtest.h>

#include "audit/testing/memory_audit.hpp"
#include "kernel/testing/fakes.hpp"
#include "kernel/testing/results.hpp"
#include "membership/testing/memory_membership.hpp"

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

class ProcessingAgreementServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    associations.associations = {Association{1, "Insjöriket", "222000-1234", "Alingsås", d("2006-07-01")},
                                 Association{2, "Göta", "222000-5678", "Borås", d("2008-01-01")}};
    Member lerum;
    lerum.id = 5;
    lerum.association_id = 1;
    lerum.name = "Lerums kommun";
    lerum.area_code = "1441";
    associations.members = {lerum};
  }
  ProcessingAgreement agreement() {
    ProcessingAgreement a;
    a.association_id = 1;
    a.member_id = 5;
    a.signed_on = d("2026-01-10");
    a.valid_from = d("2026-02-01");
    a.document_reference = "Dnr 2026/14";
    return a;
  }
  testing::MemoryAssociations associations;
  testing::MemoryAgreements agreements;
  testing::DirectTransactions transactions;
  testing::MemoryAudit events;
  testing::FakeClock clock;  // today is 2026-11-22
  AuditTrail audit{events, testing::fake_digest, [] { return std::int64_t{1'000}; }};
  ProcessingAgreementService service{agreements, associations, transactions, audit, clock};
  Actor actor{1, "admin", "127.0.0.1"};
};

TEST_F(ProcessingAgreementServiceTest, RecordsAnAgreementAndListsItInItsOwnForbundOnly) {
  auto added = service.add(actor, agreement());
  ASSERT_TRUE(added);
  EXPECT_EQ(added->version, 1);
  EXPECT_EQ(service.list(1).size(), 1U);
  EXPECT_TRUE(service.list(2).empty());
  EXPECT_TRUE(service.get(1, added->id));
  EXPECT_EQ(testing::code_of(service.get(2, added->id)), "not_found");
  ASSERT_EQ(events.events.size(), 1U);
  EXPECT_EQ(events.events[0].entity, "processing_agreement");
}

TEST_F(ProcessingAgreementServiceTest, RefusesAnotherForbundsMemberAFutureSignatureAndAMissingReference) {
  auto foreign = agreement();
  foreign.member_id = 77;
  EXPECT_EQ(testing::field_of(service.add(actor, foreign)), "memberId");
  auto future = agreement();
  future.signed_on = d("2026-11-23");
  future.valid_from = d("2026-12-01");
  EXPECT_EQ(testing::field_code_of(service.add(actor, future)), "future");
  auto unreferenced = agreement();
  unreferenced.document_reference.clear();
  EXPECT_EQ(testing::field_of(service.add(actor, unreferenced)), "documentReference");
  auto backwards = agreement();
  backwards.valid_to = d("2026-01-31");
  EXPECT_EQ(testing::field_code_of(service.add(actor, backwards)), "before_from");
  EXPECT_TRUE(agreements.stored.empty());
  EXPECT_TRUE(events.events.empty());
}

TEST_F(ProcessingAgreementServiceTest, UpdateNeedsTheCurrentVersionAndTheSameForbund) {
  auto added = *service.add(actor, agreement());
  auto ended = added;
  ended.valid_to = d("2026-12-31");
  auto saved = service.update(actor, ended, 1);
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->version, 2);
  EXPECT_EQ(saved->valid_to, d("2026-12-31"));
  EXPECT_EQ(testing::code_of(service.update(actor, ended, 1)), "version_conflict");
  auto moved = ended;
  moved.association_id = 2;
  EXPECT_EQ(testing::code_of(service.update(actor, moved, 2)), "not_found");
  EXPECT_EQ(events.events.size(), 2U);
}

}  // namespace
}  // namespace samordna::core
