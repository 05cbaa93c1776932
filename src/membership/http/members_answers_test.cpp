// The lists of members kept while unchanged: answered without reading the rows again, read again when the members
// version or the day moves, kept per förbund.
#include "membership/http/members_answers.hpp"

#include <gtest/gtest.h>

#include "audit/testing/memory_audit.hpp"
#include "kernel/testing/fakes.hpp"
#include "membership/http/membership_json.hpp"
#include "membership/testing/memory_membership.hpp"

namespace samordna::http {
namespace {

core::CivilDate d(const char* iso) { return *core::CivilDate::parse(iso); }

// Counts the reads of the members' rows.
struct CountedAssociations : core::testing::MemoryAssociations {
  int member_reads = 0;
  std::vector<core::Member> list_members(std::int64_t association_id) override {
    ++member_reads;
    return MemoryAssociations::list_members(association_id);
  }
};

class MembersAnswersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (auto* name : {"Insjöriket", "Finsam Göteborg"}) {
      core::Association a;
      a.name = name;
      a.org_number = std::string("222000-000") + std::to_string(associations.associations.size() + 1);
      a.formed_on = d("2006-07-01");
      associations.add_association(a);
    }
    add_member(1, "Lerum");
    add_member(2, "Göteborg");
  }
  std::int64_t add_member(std::int64_t association, const char* name) {
    core::Member m;
    m.association_id = association;
    m.name = name;
    m.kind = core::PartyKind::kommun;
    m.joined_on = d("2006-07-01");
    return associations.add_member(m);
  }

  CountedAssociations associations;
  core::testing::MemoryCharters charters;
  core::testing::DirectTransactions transactions;
  core::testing::MemoryAudit events;
  core::AuditTrail audit{events, core::testing::fake_digest, [] { return std::int64_t{1'000}; }};
  core::MembershipService membership{associations, charters, transactions, audit};
  MembersAnswers answers{membership, associations};
};

TEST_F(MembersAnswersTest, TheListIsTheMembersJsonAndIsReadOnceWhileUnchanged) {
  const auto today = d("2026-12-05");
  const auto first = answers.text(1, today);
  EXPECT_EQ(first, members_json_text(associations.MemoryAssociations::list_members(1), today));
  EXPECT_NE(first.find("Lerum"), std::string::npos);
  EXPECT_EQ(answers.text(1, today), first);
  EXPECT_EQ(answers.text(1, today), first);
  EXPECT_EQ(associations.member_reads, 1);
  EXPECT_EQ(answers.kept(), 1U);
}

TEST_F(MembersAnswersTest, AChangeToAnyMemberIsInTheNextAnswer) {
  const auto today = d("2026-12-05");
  answers.text(1, today);
  const auto id = add_member(1, "Alingsås");
  const auto after_add = answers.text(1, today);
  EXPECT_NE(after_add.find("Alingsås"), std::string::npos);
  EXPECT_EQ(associations.member_reads, 2);
  ASSERT_TRUE(associations.save_notice(id, {d("2026-03-01"), "KF", "§ 7", d("2028-12-31"), std::nullopt, ""}, 1));
  const auto after_notice = answers.text(1, today);
  EXPECT_NE(after_notice.find("§ 7"), std::string::npos);
  EXPECT_EQ(associations.member_reads, 3);
}

TEST_F(MembersAnswersTest, ANewDayIsReadAgainSinceAMembersStandingDependsOnIt) {
  answers.text(1, d("2026-12-05"));
  answers.text(1, d("2026-12-06"));
  EXPECT_EQ(associations.member_reads, 2);
  EXPECT_EQ(answers.text(1, d("2026-12-06")),
            members_json_text(associations.MemoryAssociations::list_members(1), d("2026-12-06")));
  EXPECT_EQ(associations.member_reads, 2);
}

TEST_F(MembersAnswersTest, EachForbundHasItsOwnList) {
  const auto today = d("2026-12-05");
  const auto lerum = answers.text(1, today);
  const auto goteborg = answers.text(2, today);
  EXPECT_NE(lerum.find("Lerum"), std::string::npos);
  EXPECT_EQ(lerum.find("Göteborg"), std::string::npos);
  EXPECT_NE(goteborg.find("Göteborg"), std::string::npos);
  EXPECT_EQ(answers.text(1, today), lerum);
  EXPECT_EQ(answers.text(2, today), goteborg);
  EXPECT_EQ(associations.member_reads, 2);
  EXPECT_EQ(answers.kept(), 2U);
}

}  // namespace
}  // namespace samordna::http
