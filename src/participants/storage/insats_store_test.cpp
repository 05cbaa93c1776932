#include "participants/storage/insats_store.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "platform/database/testing/test_database.hpp"

namespace samordna::storage {
namespace {

using core::Money;

core::CivilDate date(std::string_view iso) { return *core::CivilDate::parse(iso); }

class InsatsStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Förbund, members and users as rows (their stores are in lower contexts).
    auto& db = file_.db();
    db.execute(
        "INSERT INTO association (id, name, org_number, seat, formed_on) VALUES (1, 'F', '1', 'A', '2006-07-01'), "
        "(2, 'G', '2', 'B', '2006-07-01')");
    db.execute(
        "INSERT INTO member (id, association_id, name, party_kind, joined_on) VALUES (10, 1, 'FK', 'fk', "
        "'2006-07-01'), (11, 1, 'AF', 'af', '2006-07-01'), (12, 1, 'Lerum', 'kommun', '2006-07-01'), "
        "(20, 2, 'FK', 'fk', '2006-07-01')");
    for (int i = 0; i < 3; ++i) {
      db.execute(
          "INSERT INTO app_user (username, display_name, password_hash, disabled, created_at) VALUES ($1, $1, 'h', 0, "
          "1)",
          {"user" + std::to_string(i)});
    }
  }

  core::Insats insats(std::int64_t association, std::string name, std::int64_t lead) {
    core::Insats i;
    i.association_id = association;
    i.name = std::move(name);
    i.lead_member_id = lead;
    i.capacity = 10;
    i.starts_on = date("2026-01-01");
    return i;
  }

  testing::TestDatabase file_;
  InsatsStore store_{file_.db()};
};

// What the list of insatser is read from moves the insatser version (migration 0031), through the store or any SQL
// beside it; a target group alone, or staff, do not.
TEST_F(InsatsStoreTest, EveryChangeToAnInsatsOrItsListsMovesTheInsatserVersion) {
  auto moves = [&](const char* what, const std::function<void()>& change) {
    const auto before = store_.insatser_version();
    change();
    EXPECT_GT(store_.insatser_version(), before) << what;
  };
  EXPECT_GE(store_.insatser_version(), 1);
  std::int64_t id = 0;
  auto i = insats(1, "Aktiv", 10);
  i.cooperating_member_ids = {11};
  i.budget[2026] = core::Money::ore(100'000);
  moves("an insats added", [&] { id = store_.add_insats(i); });
  i.id = id;
  i.name = "Aktiv Lerum";
  moves("an insats updated", [&] { ASSERT_TRUE(store_.update_insats(i, 1)); });
  moves("a budget changed in SQL", [&] { file_.db().execute("UPDATE insats_budget SET amount_ore = 1"); });
  moves("a party removed in SQL", [&] { file_.db().execute("DELETE FROM insats_party WHERE member_id = 11"); });
  moves("a kommun added in SQL",
        [&] { file_.db().execute("INSERT INTO insats_kommun (insats_id, kommun_code) VALUES ($1, '1441')", {id}); });
  const auto before_group = store_.insatser_version();
  store_.add_target_group({0, 1, "Unga vuxna"});
  EXPECT_EQ(store_.insatser_version(), before_group) << "a target group added";
}

TEST_F(InsatsStoreTest, TargetGroupsPerForbundInIdOrder) {
  auto young = store_.add_target_group({0, 1, "Unga vuxna"});
  auto long_term = store_.add_target_group({0, 1, "Långtidssjukskrivna"});
  store_.add_target_group({0, 2, "Unga vuxna"});
  auto groups = store_.target_groups(1);
  ASSERT_EQ(groups.size(), 2U);
  EXPECT_EQ(groups[0].id, young);
  EXPECT_EQ(groups[0].association_id, 1);
  EXPECT_EQ(groups[0].name, "Unga vuxna");
  EXPECT_EQ(groups[1].id, long_term);
  EXPECT_EQ(store_.target_groups(2).size(), 1U);
  EXPECT_THROW(store_.add_target_group({0, 1, "Unga vuxna"}), ConstraintError);  // one name per förbund
}

TEST_F(InsatsStoreTest, InsatsRoundTripWithItsLists) {
  auto group = store_.add_target_group({0, 1, "Unga vuxna"});
  auto other_group = store_.add_target_group({0, 1, "Nyanlända"});
  auto i = insats(1, "Balder", 12);
  i.description = "Intensivt stöd";
  i.kind = core::InsatsKind::individual;
  i.min_age = 18;
  i.max_age = 29;
  i.referral_required = false;
  i.extensive = true;
  i.duration_weeks = 52;
  i.cooperating_member_ids = {11, 10, 12};  // the lead among them is not a cooperating party
  i.kommun_codes = {"1489", "1441"};
  i.target_group_ids = {other_group, group};
  i.capacity = 25;
  i.ends_on = date("2027-12-31");
  i.budget = {{2026, Money::kronor(500'000)}, {2027, Money::kronor(600'000)}};
  auto id = store_.add_insats(i);
  auto found = store_.find_insats(id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, id);
  EXPECT_EQ(found->association_id, 1);
  EXPECT_EQ(found->name, "Balder");
  EXPECT_EQ(found->description, "Intensivt stöd");
  EXPECT_EQ(found->kind, core::InsatsKind::individual);
  EXPECT_EQ(found->min_age, 18);
  EXPECT_EQ(found->max_age, 29);
  EXPECT_FALSE(found->referral_required);
  EXPECT_TRUE(found->extensive);
  EXPECT_EQ(found->duration_weeks, 52);
  EXPECT_EQ(found->lead_member_id, 12);
  EXPECT_EQ(found->cooperating_member_ids, (std::vector<std::int64_t>{10, 11}));
  EXPECT_EQ(found->kommun_codes, (std::vector<std::string>{"1441", "1489"}));
  EXPECT_EQ(found->target_group_ids,
            (std::vector<std::int64_t>{std::min(group, other_group), std::max(group, other_group)}));
  EXPECT_EQ(found->capacity, 25);
  EXPECT_EQ(found->starts_on, date("2026-01-01"));
  EXPECT_EQ(found->ends_on, date("2027-12-31"));
  EXPECT_EQ(found->budget, (std::map<int, Money>{{2026, Money::kronor(500'000)}, {2027, Money::kronor(600'000)}}));
  EXPECT_EQ(found->version, 1);
  EXPECT_FALSE(store_.find_insats(id + 1));

  auto structural = insats(1, "Nätverk", 10);
  structural.kind = core::InsatsKind::structural;
  auto plain = *store_.find_insats(store_.add_insats(structural));
  EXPECT_EQ(plain.kind, core::InsatsKind::structural);
  EXPECT_TRUE(plain.referral_required);
  EXPECT_FALSE(plain.extensive);
  EXPECT_FALSE(plain.duration_weeks);
  EXPECT_FALSE(plain.ends_on);
  EXPECT_TRUE(plain.cooperating_member_ids.empty());
  EXPECT_TRUE(plain.kommun_codes.empty());
  EXPECT_TRUE(plain.budget.empty());
}

TEST_F(InsatsStoreTest, ListIsPerForbundByNameEachWithItsOwnLists) {
  auto b = insats(1, "Balder", 12);
  b.cooperating_member_ids = {10};
  b.kommun_codes = {"1441"};
  b.budget = {{2026, Money::kronor(1)}};
  auto a = insats(1, "Arbetsträning", 10);
  a.cooperating_member_ids = {11};
  auto b_id = store_.add_insats(b);
  auto a_id = store_.add_insats(a);
  store_.add_insats(insats(2, "Annat", 20));
  auto list = store_.list_insatser(1);
  ASSERT_EQ(list.size(), 2U);
  EXPECT_EQ(list[0].id, a_id);
  EXPECT_EQ(list[0].cooperating_member_ids, std::vector<std::int64_t>{11});
  EXPECT_TRUE(list[0].kommun_codes.empty());
  EXPECT_TRUE(list[0].budget.empty());
  EXPECT_EQ(list[1].id, b_id);
  EXPECT_EQ(list[1].cooperating_member_ids, std::vector<std::int64_t>{10});
  EXPECT_EQ(list[1].kommun_codes, std::vector<std::string>{"1441"});
  EXPECT_EQ(list[1].budget.at(2026), Money::kronor(1));
  EXPECT_EQ(store_.list_insatser(2).size(), 1U);
  EXPECT_TRUE(store_.list_insatser(3).empty());
}

TEST_F(InsatsStoreTest, UpdateIsGuardedByVersionAndReplacesTheLists) {
  auto group = store_.add_target_group({0, 1, "Unga vuxna"});
  auto i = insats(1, "Balder", 12);
  i.cooperating_member_ids = {10};
  i.kommun_codes = {"1441"};
  i.target_group_ids = {group};
  i.budget = {{2026, Money::kronor(100)}};
  auto id = store_.add_insats(i);
  auto changed = *store_.find_insats(id);
  changed.name = "Balder 2";
  changed.lead_member_id = 10;
  changed.cooperating_member_ids = {11};
  changed.kommun_codes = {"1489"};
  changed.target_group_ids.clear();
  changed.budget = {{2027, Money::kronor(200)}};
  changed.ends_on = date("2026-06-30");
  changed.extensive = true;
  EXPECT_FALSE(store_.update_insats(changed, 2));  // stale: nothing written, lists included
  auto kept = *store_.find_insats(id);
  EXPECT_EQ(kept.name, "Balder");
  EXPECT_EQ(kept.kommun_codes, std::vector<std::string>{"1441"});
  EXPECT_EQ(kept.target_group_ids, std::vector<std::int64_t>{group});

  EXPECT_TRUE(store_.update_insats(changed, 1));
  auto found = *store_.find_insats(id);
  EXPECT_EQ(found.name, "Balder 2");
  EXPECT_EQ(found.lead_member_id, 10);
  EXPECT_EQ(found.cooperating_member_ids, std::vector<std::int64_t>{11});  // the old lead is no party now
  EXPECT_EQ(found.kommun_codes, std::vector<std::string>{"1489"});
  EXPECT_TRUE(found.target_group_ids.empty());
  EXPECT_EQ(found.budget, (std::map<int, Money>{{2027, Money::kronor(200)}}));
  EXPECT_EQ(found.ends_on, date("2026-06-30"));
  EXPECT_TRUE(found.extensive);
  EXPECT_EQ(found.version, 2);
  EXPECT_EQ(file_.scalar("SELECT count(*) FROM insats_party WHERE insats_id = $1", {id}), 2);
  EXPECT_FALSE(store_.update_insats(changed, 1));  // the same writer again: stale now
}

TEST_F(InsatsStoreTest, AnInsatsIsWrittenWholeOrNotAtAll) {
  auto i = insats(1, "Balder", 12);
  i.budget = {{2026, Money::ore(-1)}};
  EXPECT_THROW(store_.add_insats(i), ConstraintError);
  EXPECT_TRUE(store_.list_insatser(1).empty());
  auto id = store_.add_insats(insats(1, "Balder", 12));
  auto changed = *store_.find_insats(id);
  changed.name = "Nytt";
  changed.target_group_ids = {999};
  EXPECT_THROW(store_.update_insats(changed, 1), ConstraintError);
  EXPECT_EQ(store_.find_insats(id)->name, "Balder");
  EXPECT_EQ(store_.find_insats(id)->version, 1);
}

TEST_F(InsatsStoreTest, AttendanceByDayThenId) {
  auto id = store_.add_insats(insats(1, "Nätverk", 10));
  auto other = store_.add_insats(insats(1, "Annat", 10));
  auto later = store_.add_attendance({0, id, date("2026-03-02"), 4, 3, "Träff 2"});
  auto earlier = store_.add_attendance({0, id, date("2026-02-01"), 5, 0, ""});
  auto same_day = store_.add_attendance({0, id, date("2026-03-02"), 1, 1, "Kväll"});
  store_.add_attendance({0, other, date("2026-02-01"), 9, 9, ""});
  auto list = store_.attendance(id);
  ASSERT_EQ(list.size(), 3U);
  EXPECT_EQ(list[0].id, earlier);
  EXPECT_EQ(list[0].insats_id, id);
  EXPECT_EQ(list[0].on, date("2026-02-01"));
  EXPECT_EQ(list[0].women, 5);
  EXPECT_EQ(list[0].men, 0);
  EXPECT_EQ(list[1].id, later);
  EXPECT_EQ(list[1].note, "Träff 2");
  EXPECT_EQ(list[2].id, same_day);
  EXPECT_THROW(store_.add_attendance({0, id, date("2026-03-03"), -1, 0, ""}), ConstraintError);
}

TEST_F(InsatsStoreTest, AnAttendanceRowIsCorrectedAtItsVersionOnly) {
  auto id = store_.add_insats(insats(1, "Nätverk", 10));
  auto other = store_.add_insats(insats(1, "Annat", 10));
  auto row = store_.add_attendance({0, id, date("2026-03-02"), 4, 3, "Träff 2"});
  EXPECT_EQ(store_.attendance(id).at(0).version, 1);
  EXPECT_FALSE(store_.update_attendance({row, id, date("2026-03-03"), 5, 3, "Träff 2", 1}, 2));  // stale
  EXPECT_FALSE(store_.update_attendance({row, other, date("2026-03-03"), 5, 3, "", 1}, 1));      // another insats
  EXPECT_TRUE(store_.update_attendance({row, id, date("2026-03-03"), 5, 3, "Träff två", 1}, 1));
  auto list = store_.attendance(id);
  ASSERT_EQ(list.size(), 1U);
  EXPECT_EQ(list[0].on, date("2026-03-03"));
  EXPECT_EQ(list[0].women, 5);
  EXPECT_EQ(list[0].note, "Träff två");
  EXPECT_EQ(list[0].version, 2);
  EXPECT_FALSE(store_.update_attendance({row, id, date("2026-03-04"), 5, 3, "", 1}, 1));
}

TEST_F(InsatsStoreTest, StaffIsReplacedWholeAndLookedUpBothWays) {
  auto balder = store_.add_insats(insats(1, "Balder", 12));
  auto team = store_.add_insats(insats(1, "Team", 11));
  store_.set_insats_staff(balder, {3, 1, 3});  // a user twice counts once
  store_.set_insats_staff(team, {1});
  EXPECT_EQ(store_.insats_staff(balder), (std::vector<std::int64_t>{1, 3}));
  EXPECT_EQ(store_.staffed_insatser(1), (std::vector<std::int64_t>{balder, team}));
  EXPECT_EQ(store_.staffed_insatser(3), std::vector<std::int64_t>{balder});
  EXPECT_TRUE(store_.staffed_insatser(2).empty());

  auto with_lead = store_.staffed_with_lead(1);
  ASSERT_EQ(with_lead.size(), 2U);
  EXPECT_EQ(with_lead[0].insats_id, balder);
  EXPECT_EQ(with_lead[0].lead_member_id, 12);
  EXPECT_EQ(with_lead[1].insats_id, team);
  EXPECT_EQ(with_lead[1].lead_member_id, 11);

  // A new lead is the controller from then on.
  auto changed = *store_.find_insats(team);
  changed.lead_member_id = 10;
  ASSERT_TRUE(store_.update_insats(changed, 1));
  EXPECT_EQ(store_.staffed_with_lead(1).at(1).lead_member_id, 10);

  store_.set_insats_staff(balder, {2});
  EXPECT_EQ(store_.insats_staff(balder), std::vector<std::int64_t>{2});
  EXPECT_EQ(store_.staffed_insatser(1), std::vector<std::int64_t>{team});
  EXPECT_TRUE(store_.staffed_with_lead(3).empty());
  store_.set_insats_staff(team, {});
  EXPECT_TRUE(store_.insats_staff(team).empty());
}

TEST_F(InsatsStoreTest, StaffMustBeUsers) {
  auto balder = store_.add_insats(insats(1, "Balder", 12));
  store_.set_insats_staff(balder, {1});
  EXPECT_THROW(store_.set_insats_staff(balder, {2, 99}), ConstraintError);
  EXPECT_EQ(store_.insats_staff(balder), std::vector<std::int64_t>{1});  // the old staff stays
}

TEST_F(InsatsStoreTest, TheStaffListsVersionCountsOnlyFromTheVersionRead) {
  auto balder = store_.add_insats(insats(1, "Balder", 12));
  EXPECT_EQ(store_.insats_staff_version(balder), 1);
  EXPECT_TRUE(store_.next_staff_version(balder, 1));
  EXPECT_EQ(store_.insats_staff_version(balder), 2);
  EXPECT_FALSE(store_.next_staff_version(balder, 1));  // read before the change: stale
  EXPECT_EQ(store_.insats_staff_version(balder), 2);
  EXPECT_FALSE(store_.next_staff_version(balder + 100, 1));  // no such insats
  auto version = store_.find_insats(balder)->version;
  EXPECT_TRUE(store_.next_staff_version(balder, 2));
  EXPECT_EQ(store_.find_insats(balder)->version, version);  // the insats's own version is its own
}

}  // namespace
}  // namespace samordna::storage
