#include "membership/storage/association_store.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "platform/database/testing/test_database.hpp"

// Beyond src/app/storage_test.cpp (members FK first, notice history and versions, a taken organisation number,
// the rollback of a bad import).
namespace samordna::storage {
namespace {

core::CivilDate date(std::string_view iso) { return *core::CivilDate::parse(iso); }

core::Association association(std::string name, std::string org_number) {
  return {0, std::move(name), std::move(org_number), "Lerum", date("2006-07-01")};
}

core::Member member(std::int64_t association_id, std::string name, core::PartyKind kind, std::string area = "") {
  core::Member m;
  m.association_id = association_id;
  m.name = std::move(name);
  m.kind = kind;
  m.area_code = std::move(area);
  m.joined_on = date("2006-07-01");
  return m;
}

class AssociationStoreTest : public ::testing::Test {
 protected:
  testing::TestDatabase file_;
  AssociationStore store_{file_.db()};
};

TEST_F(AssociationStoreTest, AssociationRoundTripWithItsSettings) {
  auto a = association("Insjöriket", "222000-2295");
  a.equity_limit_bp = 1500;
  a.retention_years = 5;
  a.disclosure_threshold = 10;
  auto id = *store_.add_association(a);
  auto found = *store_.find_association(id);
  EXPECT_EQ(found.id, id);
  EXPECT_EQ(found.name, "Insjöriket");
  EXPECT_EQ(found.org_number, "222000-2295");
  EXPECT_EQ(found.seat, "Lerum");
  EXPECT_EQ(found.formed_on, date("2006-07-01"));
  EXPECT_EQ(found.equity_limit_bp, 1500);
  EXPECT_EQ(found.retention_years, 5);
  EXPECT_EQ(found.disclosure_threshold, 10);
  EXPECT_EQ(found.version, 1);
}

TEST_F(AssociationStoreTest, DefaultsOfANewAssociation) {
  auto found = *store_.find_association(*store_.add_association(association("F", "222000-0001")));
  EXPECT_EQ(found.equity_limit_bp, core::kDefaultEquityLimitBp);
  EXPECT_EQ(found.retention_years, core::kDefaultRetentionYears);
  EXPECT_EQ(found.disclosure_threshold, 5);
}

TEST_F(AssociationStoreTest, ListIsByName) {
  store_.add_association(association("Östra", "222000-0003"));
  store_.add_association(association("Bergslagen", "222000-0002"));
  store_.add_association(association("Alingsås", "222000-0001"));
  auto list = store_.list_associations();
  ASSERT_EQ(list.size(), 3U);
  EXPECT_EQ(list[0].name, "Alingsås");
  EXPECT_EQ(list[1].name, "Bergslagen");
  EXPECT_EQ(list[2].name, "Östra");
}

TEST_F(AssociationStoreTest, UpdateWritesEveryFieldOnceAtItsVersion) {
  auto id = *store_.add_association(association("F", "222000-0001"));
  core::Association changed{id, "G", "222000-0009", "Mölndal", date("2007-01-01"), 3000, 1, 3, 20};
  EXPECT_FALSE(store_.update_association(changed, 2));  // stale: nothing written
  EXPECT_EQ(store_.find_association(id)->name, "F");
  EXPECT_TRUE(store_.update_association(changed, 1));
  auto found = *store_.find_association(id);
  EXPECT_EQ(found.name, "G");
  EXPECT_EQ(found.org_number, "222000-0009");
  EXPECT_EQ(found.seat, "Mölndal");
  EXPECT_EQ(found.formed_on, date("2007-01-01"));
  EXPECT_EQ(found.equity_limit_bp, 3000);
  EXPECT_EQ(found.retention_years, 3);
  EXPECT_EQ(found.disclosure_threshold, 20);
  EXPECT_EQ(found.version, 2);
  changed.id = id + 1;
  EXPECT_FALSE(store_.update_association(changed, 1));  // no such förbund
}

TEST_F(AssociationStoreTest, MembersInPartyOrderThenById) {
  auto id = *store_.add_association(association("F", "222000-0001"));
  auto other = *store_.add_association(association("G", "222000-0002"));
  auto lerum = store_.add_member(member(id, "Lerum", core::PartyKind::kommun, "1441"));
  auto region = store_.add_member(member(id, "Region", core::PartyKind::region, "14"));
  auto alingsas = store_.add_member(member(id, "Alingsås", core::PartyKind::kommun, "1489"));
  auto af = store_.add_member(member(id, "AF", core::PartyKind::af));
  auto fk = store_.add_member(member(id, "FK", core::PartyKind::fk));
  store_.add_member(member(other, "FK", core::PartyKind::fk));
  std::vector<std::int64_t> ids;
  for (const auto& m : store_.list_members(id)) ids.push_back(m.id);
  EXPECT_EQ(ids, (std::vector<std::int64_t>{fk, af, region, lerum, alingsas}));
  EXPECT_EQ(store_.list_members(other).size(), 1U);
  EXPECT_TRUE(store_.list_members(other + 1).empty());
}

TEST_F(AssociationStoreTest, MemberRoundTrip) {
  auto id = *store_.add_association(association("F", "222000-0001"));
  auto m = *store_.find_member(store_.add_member(member(id, "Region Västra Götaland", core::PartyKind::region, "14")));
  EXPECT_EQ(m.association_id, id);
  EXPECT_EQ(m.name, "Region Västra Götaland");
  EXPECT_EQ(m.kind, core::PartyKind::region);
  EXPECT_EQ(m.area_code, "14");
  EXPECT_EQ(m.joined_on, date("2006-07-01"));
  EXPECT_EQ(m.version, 1);
  EXPECT_FALSE(m.notice);
  auto fk = *store_.find_member(store_.add_member(member(id, "FK", core::PartyKind::fk)));
  EXPECT_EQ(fk.area_code, "");
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM member WHERE area_code IS NULL"), 1);  // no area is NULL, not ''
  EXPECT_FALSE(store_.find_member(fk.id + 1));
  EXPECT_THROW(store_.add_member(member(id + 5, "X", core::PartyKind::fk)), ConstraintError);
}

TEST_F(AssociationStoreTest, AMemberAddedWithANoticeHasItsNoticeInFull) {
  auto id = *store_.add_association(association("F", "222000-0001"));
  auto m = member(id, "Lerum", core::PartyKind::kommun, "1441");
  m.notice = core::Notice{date("2021-03-29"), "KF", "§ 12", date("2024-12-31"), date("2022-01-10"), "§ 3"};
  auto found = *store_.find_member(store_.add_member(m));
  ASSERT_TRUE(found.notice);
  EXPECT_EQ(found.notice->given_on, date("2021-03-29"));
  EXPECT_EQ(found.notice->decided_by, "KF");
  EXPECT_EQ(found.notice->reference, "§ 12");
  EXPECT_EQ(found.notice->ends_on, date("2024-12-31"));
  EXPECT_EQ(found.notice->revoked_on, date("2022-01-10"));
  EXPECT_EQ(found.notice->revoked_reference, "§ 3");
}

TEST_F(AssociationStoreTest, ANewNoticeAfterARevokedOneIsTheLatest) {
  auto id = *store_.add_association(association("F", "222000-0001"));
  auto member_id = store_.add_member(member(id, "Lerum", core::PartyKind::kommun, "1441"));
  core::Notice first{date("2021-03-29"), "KF", "§ 1", date("2024-12-31"), std::nullopt, ""};
  ASSERT_TRUE(store_.save_notice(member_id, first, 1));
  first.revoked_on = date("2022-02-01");
  first.revoked_reference = "§ 9";
  ASSERT_TRUE(store_.save_notice(member_id, first, 2));
  core::Notice second{date("2025-05-05"), "KF", "§ 40", date("2028-12-31"), std::nullopt, ""};
  ASSERT_TRUE(store_.save_notice(member_id, second, 3));
  auto found = *store_.find_member(member_id);
  EXPECT_EQ(found.version, 4);
  EXPECT_EQ(found.notice->given_on, date("2025-05-05"));
  EXPECT_TRUE(found.notice->in_force());
  EXPECT_EQ(store_.list_members(id).at(0).notice->reference, "§ 40");
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM member_notice WHERE revoked_on IS NOT NULL"), 1);  // history kept
}

TEST_F(AssociationStoreTest, ANoticeForAMissingMemberIsNotSaved) {
  EXPECT_FALSE(store_.save_notice(99, {date("2021-03-29"), "KF", "", date("2024-12-31"), std::nullopt, ""}, 1));
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM member_notice"), 0);
}

// What the list of members is read from moves the members version (migration 0030), through the store or any SQL
// beside it; a förbund or reference data alone do not.
TEST_F(AssociationStoreTest, EveryChangeToMembersOrTheirNoticesMovesTheMembersVersion) {
  auto moves = [&](const char* what, const std::function<void()>& change) {
    const auto before = store_.members_version();
    change();
    EXPECT_GT(store_.members_version(), before) << what;
  };
  EXPECT_GE(store_.members_version(), 1);
  const auto before_association = store_.members_version();
  auto id = *store_.add_association(association("F", "222000-0001"));
  EXPECT_EQ(store_.members_version(), before_association) << "a förbund added";
  std::int64_t member_id = 0;
  moves("a member added", [&] { member_id = store_.add_member(member(id, "Lerum", core::PartyKind::kommun, "1441")); });
  core::Notice notice{date("2021-03-29"), "KF", "§ 1", date("2024-12-31"), std::nullopt, ""};
  moves("a notice given", [&] { ASSERT_TRUE(store_.save_notice(member_id, notice, 1)); });
  notice.revoked_on = date("2022-02-01");
  moves("a notice revoked", [&] { ASSERT_TRUE(store_.save_notice(member_id, notice, 2)); });
  moves("a member renamed in SQL",
        [&] { file_.db().execute("UPDATE member SET name = 'Lerums kommun' WHERE id = $1", {member_id}); });
  moves("a notice changed in SQL", [&] { file_.db().execute("UPDATE member_notice SET reference = '§ 2'"); });
  moves("a notice deleted in SQL", [&] { file_.db().execute("DELETE FROM member_notice"); });
  moves("a member deleted in SQL", [&] { file_.db().execute("DELETE FROM member"); });
  const auto before_refdata = store_.members_version();
  store_.import_reference_data({{"14", "Västra Götalands län", "Västra Götaland"}},
                               {{"1441", "Lerum", "Lerums kommun", "14"}}, {});
  EXPECT_EQ(store_.members_version(), before_refdata) << "reference data imported";
}

TEST_F(AssociationStoreTest, ReferenceDataImportReplacesAndAnswers) {
  store_.import_reference_data(
      {{"14", "Västra Götalands län", "Västra Götaland"}, {"01", "Stockholms län", "Stockholm"}},
      {{"1489", "Alingsås", "Alingsås kommun", "14"}, {"1441", "Lerum", "Lerums kommun", "14"}},
      {{"1489", 2023, 42'000, 25'000, 12'600, 12'400, 8'000, 9'000, 23'000},
       {"1441", 2023, 43'000, 26'000, 13'000, 13'000, 9'000, 8'000, 24'000},
       {"1489", 2021, 41'000, 24'500, 12'000, 12'500, 8'000, 8'500, 22'500}});
  EXPECT_EQ(store_.known_region_codes(), (std::vector<std::string>{"01", "14"}));
  EXPECT_EQ(store_.known_kommun_codes(), (std::vector<std::string>{"1441", "1489"}));
  auto known = store_.known_areas();
  EXPECT_EQ(known.region_codes, store_.known_region_codes());
  EXPECT_EQ(known.kommun_codes, store_.known_kommun_codes());
  EXPECT_EQ(store_.kommun_regions(), (std::map<std::string, std::string>{{"1441", "14"}, {"1489", "14"}}));
  EXPECT_EQ(store_.population_16_64(2023), (std::map<std::string, std::int64_t>{{"1441", 26'000}, {"1489", 25'000}}));
  EXPECT_EQ(store_.population_16_64(2021), (std::map<std::string, std::int64_t>{{"1489", 24'500}}));
  EXPECT_TRUE(store_.population_16_64(2022).empty());
  EXPECT_EQ(store_.population_year_on_or_before(2022), 2021);
  EXPECT_EQ(store_.population_year_on_or_before(2030), 2023);
  EXPECT_EQ(store_.population_year_on_or_before(2023), 2023);
  EXPECT_FALSE(store_.population_year_on_or_before(2020));

  // A second import replaces what it names and keeps the rest.
  store_.import_reference_data({{"14", "Västra Götalands län", "VG"}}, {{"1489", "Alingsås", "Alingsås kommun", "01"}},
                               {{"1489", 2023, 42'500, 25'100, 12'600, 12'500, 8'000, 9'400, 23'000}});
  EXPECT_EQ(store_.known_region_codes().size(), 2U);
  EXPECT_EQ(store_.kommun_regions().at("1489"), "01");
  EXPECT_EQ(store_.population_16_64(2023).at("1489"), 25'100);
  EXPECT_EQ(store_.population_16_64(2023).at("1441"), 26'000);
  EXPECT_EQ(file_.scalar("SELECT age_65_plus FROM population WHERE kommun_code = '1489' AND year = 2023"), 9'400);
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM population"), 3);
}

}  // namespace
}  // namespace samordna::storage
