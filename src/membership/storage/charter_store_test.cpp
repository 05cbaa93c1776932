#include "membership/storage/charter_store.hpp"

#include <gtest/gtest.h>

#include "membership/storage/association_store.hpp"
#include "platform/database/testing/test_database.hpp"

namespace samordna::storage {
namespace {

core::CivilDate date(std::string_view iso) { return *core::CivilDate::parse(iso); }

class CharterStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    AssociationStore associations(file_.db());
    association_ = *associations.add_association({0, "F", "222000-0001", "Lerum", date("2006-07-01")});
    other_ = *associations.add_association({0, "G", "222000-0002", "Lerum", date("2006-07-01")});
    for (auto kind : {core::PartyKind::fk, core::PartyKind::region, core::PartyKind::kommun}) {
      core::Member m;
      m.association_id = association_;
      m.name = std::string(core::to_string(kind));
      m.kind = kind;
      m.joined_on = date("2006-07-01");
      members_.push_back(associations.add_member(m));
    }
  }

  core::Charter charter(std::int64_t association, std::string_view from) {
    core::Charter c;
    c.association_id = association;
    c.effective_from = date(from);
    c.notice = {3, core::NoticeCounting::calendar_years};
    return c;
  }

  testing::TestDatabase file_;
  CharterStore store_{file_.db()};
  std::int64_t association_ = 0;
  std::int64_t other_ = 0;
  std::vector<std::int64_t> members_;
};

TEST_F(CharterStoreTest, CharterRoundTripWithSeatsAndMatters) {
  auto c = charter(association_, "2020-01-01");
  c.notice = {2, core::NoticeCounting::from_date};
  c.split_key = {core::SplitKeyKind::population_sickness, 2019};
  c.board_seats = {{members_[2], 2, 1}, {members_[0], 1, 0}};
  c.qualified_majority = {"Ändring av förbundsordningen", "Budget", "Upplösning"};
  auto id = store_.add_charter(c);
  auto list = store_.list_charters(association_);
  ASSERT_EQ(list.size(), 1U);
  const auto& found = list[0];
  EXPECT_EQ(found.id, id);
  EXPECT_EQ(found.association_id, association_);
  EXPECT_EQ(found.effective_from, date("2020-01-01"));
  EXPECT_EQ(found.notice.years, 2);
  EXPECT_EQ(found.notice.counting, core::NoticeCounting::from_date);
  EXPECT_EQ(found.split_key.kind, core::SplitKeyKind::population_sickness);
  EXPECT_EQ(found.split_key.reference_year, 2019);
  ASSERT_EQ(found.board_seats.size(), 2U);
  EXPECT_EQ(found.board_seats[0].member_id, members_[0]);  // by member
  EXPECT_EQ(found.board_seats[0].members, 1);
  EXPECT_EQ(found.board_seats[0].deputies, 0);
  EXPECT_EQ(found.board_seats[1].member_id, members_[2]);
  EXPECT_EQ(found.board_seats[1].members, 2);
  EXPECT_EQ(found.qualified_majority, c.qualified_majority);  // in the order given
}

TEST_F(CharterStoreTest, NewestFirstPerForbundEachWithItsOwnSeats) {
  auto first = charter(association_, "2006-07-01");
  first.board_seats = {{members_[0], 1, 1}};
  first.qualified_majority = {"a"};
  auto second = charter(association_, "2021-01-01");
  second.split_key = {core::SplitKeyKind::manual, std::nullopt};
  second.board_seats = {{members_[1], 1, 1}, {members_[2], 1, 1}};
  store_.add_charter(first);
  store_.add_charter(second);
  store_.add_charter(charter(other_, "2010-01-01"));
  auto list = store_.list_charters(association_);
  ASSERT_EQ(list.size(), 2U);
  EXPECT_EQ(list[0].effective_from, date("2021-01-01"));
  EXPECT_FALSE(list[0].split_key.reference_year);
  EXPECT_EQ(list[0].board_seats.size(), 2U);
  EXPECT_TRUE(list[0].qualified_majority.empty());
  EXPECT_EQ(list[1].effective_from, date("2006-07-01"));
  ASSERT_EQ(list[1].board_seats.size(), 1U);
  EXPECT_EQ(list[1].board_seats[0].member_id, members_[0]);
  EXPECT_EQ(list[1].qualified_majority, std::vector<std::string>{"a"});
  ASSERT_EQ(store_.list_charters(other_).size(), 1U);
  EXPECT_TRUE(store_.list_charters(other_).at(0).board_seats.empty());
  EXPECT_TRUE(store_.list_charters(other_ + 1).empty());
}

TEST_F(CharterStoreTest, ACharterIsWrittenWholeOrNotAtAll) {
  auto c = charter(association_, "2020-01-01");
  c.board_seats = {{members_[0], 1, 1}, {members_[0], 2, 2}};  // the same member twice
  EXPECT_THROW(store_.add_charter(c), ConstraintError);
  EXPECT_TRUE(store_.list_charters(association_).empty());
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM charter_board_seat"), 0);
}

TEST_F(CharterStoreTest, OneCharterPerDay) {
  store_.add_charter(charter(association_, "2020-01-01"));
  EXPECT_THROW(store_.add_charter(charter(association_, "2020-01-01")), ConstraintError);
  store_.add_charter(charter(other_, "2020-01-01"));
  EXPECT_EQ(store_.list_charters(association_).size(), 1U);
}

}  // namespace
}  // namespace samordna::storage
