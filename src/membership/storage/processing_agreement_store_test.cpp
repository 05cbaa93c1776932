#include "membership/storage/processing_agreement_store.hpp"

#include <gtest/gtest.h>

#include "membership/storage/association_store.hpp"
#include "platform/database/testing/test_database.hpp"

namespace samordna::storage {
namespace {

core::CivilDate date(std::string_view iso) { return *core::CivilDate::parse(iso); }

class ProcessingAgreementStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    AssociationStore associations(file_.db());
    association_ = *associations.add_association({0, "F", "222000-0001", "Lerum", date("2006-07-01")});
    other_ = *associations.add_association({0, "G", "222000-0002", "Lerum", date("2006-07-01")});
    for (auto a : {association_, association_, other_}) {
      core::Member m;
      m.association_id = a;
      m.name = "Kommun";
      m.joined_on = date("2006-07-01");
      members_.push_back(associations.add_member(m));
    }
  }

  core::ProcessingAgreement agreement(std::int64_t association, std::int64_t member, std::string_view from,
                                      std::string reference) {
    return {0, association, member, date("2025-12-01"), date(from), std::nullopt, std::move(reference)};
  }

  testing::TestDatabase file_;
  ProcessingAgreementStore store_{file_.db()};
  std::int64_t association_ = 0;
  std::int64_t other_ = 0;
  std::vector<std::int64_t> members_;
};

TEST_F(ProcessingAgreementStoreTest, RoundTrip) {
  auto a = agreement(association_, members_[0], "2026-01-01", "Dnr 2025/14");
  a.valid_to = date("2027-12-31");
  auto id = store_.add_agreement(a);
  auto found = store_.find_agreement(id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, id);
  EXPECT_EQ(found->association_id, association_);
  EXPECT_EQ(found->member_id, members_[0]);
  EXPECT_EQ(found->signed_on, date("2025-12-01"));
  EXPECT_EQ(found->valid_from, date("2026-01-01"));
  EXPECT_EQ(found->valid_to, date("2027-12-31"));
  EXPECT_EQ(found->document_reference, "Dnr 2025/14");
  EXPECT_EQ(found->version, 1);
  EXPECT_FALSE(store_.find_agreement(id + 1));
}

TEST_F(ProcessingAgreementStoreTest, ListedPerForbundByMemberThenStart) {
  auto late = store_.add_agreement(agreement(association_, members_[0], "2027-01-01", "b"));
  auto second_member = store_.add_agreement(agreement(association_, members_[1], "2020-01-01", "c"));
  auto early = store_.add_agreement(agreement(association_, members_[0], "2026-01-01", "a"));
  store_.add_agreement(agreement(other_, members_[2], "2026-01-01", "d"));
  std::vector<std::int64_t> ids;
  for (const auto& a : store_.agreements(association_)) ids.push_back(a.id);
  EXPECT_EQ(ids, (std::vector<std::int64_t>{early, late, second_member}));
  EXPECT_EQ(store_.agreements(other_).size(), 1U);
  EXPECT_TRUE(store_.agreements(other_ + 1).empty());
}

TEST_F(ProcessingAgreementStoreTest, SaveIsGuardedByVersion) {
  auto id = store_.add_agreement(agreement(association_, members_[0], "2026-01-01", "Dnr 1"));
  auto changed = *store_.find_agreement(id);
  changed.member_id = members_[1];
  changed.signed_on = date("2025-11-01");
  changed.valid_from = date("2026-02-01");
  changed.valid_to = date("2026-12-31");
  changed.document_reference = "Dnr 2";
  EXPECT_FALSE(store_.save_agreement(changed, 2));  // stale: nothing written
  EXPECT_EQ(store_.find_agreement(id)->document_reference, "Dnr 1");
  EXPECT_EQ(store_.find_agreement(id)->version, 1);
  EXPECT_TRUE(store_.save_agreement(changed, 1));
  auto found = *store_.find_agreement(id);
  EXPECT_EQ(found.member_id, members_[1]);
  EXPECT_EQ(found.signed_on, date("2025-11-01"));
  EXPECT_EQ(found.valid_from, date("2026-02-01"));
  EXPECT_EQ(found.valid_to, date("2026-12-31"));
  EXPECT_EQ(found.document_reference, "Dnr 2");
  EXPECT_EQ(found.version, 2);
  EXPECT_FALSE(store_.save_agreement(changed, 1));  // the same writer again: stale now
  changed.valid_to.reset();
  EXPECT_TRUE(store_.save_agreement(changed, 2));
  EXPECT_FALSE(store_.find_agreement(id)->valid_to);  // an end can be removed
}

TEST_F(ProcessingAgreementStoreTest, AnAgreementNeedsAKnownMember) {
  EXPECT_THROW(store_.add_agreement(agreement(association_, 999, "2026-01-01", "x")), ConstraintError);
  EXPECT_TRUE(store_.agreements(association_).empty());
}

}  // namespace
}  // namespace samordna::storage
