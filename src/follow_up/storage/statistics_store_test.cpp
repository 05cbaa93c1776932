#include "follow_up/storage/statistics_store.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "platform/database/testing/test_database.hpp"

namespace samordna::storage {
namespace {

core::CivilDate date(std::string_view iso) { return *core::CivilDate::parse(iso); }

// The rows the statistics read, written as SQL (the stores that write them belong to lower contexts).
class StatisticsStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& db = file_.db();
    db.execute("INSERT INTO region (code, name, short_name) VALUES ('14', 'Västra Götalands län', 'VG')");
    db.execute(
        "INSERT INTO kommun (code, name, official_name, region_code) VALUES ('1441', 'Lerum', 'Lerums kommun', '14'), "
        "('1489', 'Alingsås', 'Alingsås kommun', '14')");
    db.execute(
        "INSERT INTO association (id, name, org_number, seat, formed_on) VALUES (1, 'F', '1', 'A', '2006-07-01'), "
        "(2, 'G', '2', 'B', '2006-07-01')");
    db.execute(
        "INSERT INTO member (id, association_id, name, party_kind, joined_on) VALUES (10, 1, "
        "'Försäkringskassan', 'fk', '2006-07-01'), (11, 1, 'Lerums kommun', 'kommun', '2006-07-01'), (20, 2, 'FK', "
        "'fk', '2006-07-01')");
    db.execute("INSERT INTO target_group (id, association_id, name) VALUES (5, 1, 'Unga vuxna'), (6, 2, 'Alla')");
    db.execute(
        "INSERT INTO insats (id, association_id, name, description, kind, min_age, max_age, referral_required, "
        "lead_member_id, capacity, starts_on, extensive) VALUES (100, 1, 'Balder', '', 'individual', 16, 64, 1, 11, "
        "10, '2026-01-01', 1), (101, 1, 'Nätverk', '', 'structural', 16, 64, 0, 10, 0, '2026-01-01', 0), (200, 2, "
        "'Annat', '', 'individual', 16, 64, 1, 20, 10, '2026-01-01', 0)");
    db.execute(
        "INSERT INTO person (id, association_id, person_key, gender, birth_year, kommun_code, masked) VALUES "
        "(1, 1, 'k1', 'woman', 2004, '1441', ''), (2, 1, 'k2', 'man', 1970, '1489', ''), (3, 2, 'k3', 'man', 1980, "
        "'1441', '')");
  }

  std::int64_t insert(std::string_view sql, const std::vector<Value>& params) {
    return as_int(file_.db().query(std::string(sql) + " RETURNING id", params).at(0).at(0));
  }
  std::int64_t referral(std::int64_t association, std::int64_t insats, Value person, std::string_view on,
                        std::string_view state = "started", Value decided = nullptr, Value reason = nullptr) {
    return insert(
        "INSERT INTO referral (association_id, insats_id, person_id, referring_member_id, referrer_user_id, "
        "referred_on, target_group_id, state, decided_on, return_reason, sealed_reason) VALUES ($1, $2, $3, $4, 7, $5, "
        "$6, $7, $8, $9, '')",
        {association, insats, std::move(person), std::int64_t{association == 1 ? 10 : 20}, std::string(on),
         std::int64_t{association == 1 ? 5 : 6}, std::string(state), std::move(decided), std::move(reason)});
  }
  std::int64_t participation(std::int64_t association, std::int64_t insats, Value person, Value referral_id,
                             std::string_view started, Value ended = nullptr, Value exit = nullptr,
                             std::string gender = "woman") {
    return insert(
        "INSERT INTO participation (association_id, insats_id, person_id, referral_id, gender, start_year, "
        "started_on, ended_on, exit_reason) VALUES ($1, $2, $3, $4, $5, 2026, $6, $7, $8)",
        {association, insats, std::move(person), std::move(referral_id), std::move(gender), std::string(started),
         std::move(ended), std::move(exit)});
  }
  void status(std::int64_t participation_id, std::string_view phase, std::string support, std::string occupation) {
    file_.db().execute(
        "INSERT INTO participation_status (participation_id, phase, support, education, occupation, extent_percent) "
        "VALUES ($1, $2, $3, 'unknown', $4, 0)",
        {participation_id, std::string(phase), std::move(support), std::move(occupation)});
  }

  std::vector<core::Fact> of_kind(std::int64_t association, core::FactKind kind) {
    auto all = store_.facts(association, true);
    std::vector<core::Fact> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const auto& f) { return f.kind == kind; });
    return out;
  }

  testing::TestDatabase file_;
  StatisticsStore store_{file_.db()};
};

TEST_F(StatisticsStoreTest, AParticipationFactCarriesItsDimensionsAndOutcomes) {
  auto r = referral(1, 100, std::int64_t{1}, "2026-01-05", "started", std::string("2026-01-15"));
  auto p = participation(1, 100, std::int64_t{1}, r, "2026-01-15", std::string("2026-06-30"), std::string("work"));
  status(p, "start", "forsorjningsstod,a_kassa", "job_seeking");
  status(p, "end", "none", "work");
  auto facts = of_kind(1, core::FactKind::participation);
  ASSERT_EQ(facts.size(), 1U);
  const auto& f = facts[0];
  EXPECT_EQ(f.insats_id, 100);
  EXPECT_EQ(f.insats_name, "Balder");
  EXPECT_EQ(f.insats_kind, "individual");
  EXPECT_TRUE(f.extensive);
  EXPECT_EQ(f.gender, "woman");
  EXPECT_EQ(f.kommun, "1441");
  EXPECT_EQ(f.referrer, "Försäkringskassan");
  EXPECT_EQ(f.target_group, "Unga vuxna");
  EXPECT_EQ(f.age_band, core::age_band(2026 - 2004));
  EXPECT_EQ(f.on, date("2026-01-15"));
  EXPECT_EQ(f.ended_on, date("2026-06-30"));
  EXPECT_EQ(f.person, "person:1");
  EXPECT_EQ(f.wait_days, 10);
  EXPECT_TRUE(f.work_or_studies_after);
  EXPECT_TRUE(f.left_support);
  EXPECT_EQ(f.reason, "work");
  EXPECT_EQ(f.weight, 1);
}

TEST_F(StatisticsStoreTest, OutcomesNeedTheirFollowUpData) {
  auto studies = participation(1, 100, std::int64_t{1}, nullptr, "2026-01-15", std::string("2026-03-01"));
  status(studies, "start", "none", "other");  // no support at the start: none to leave
  status(studies, "end", "none", "studies");
  auto still_on_support = participation(1, 100, std::int64_t{2}, nullptr, "2026-01-15");
  status(still_on_support, "start", "sjukpenning", "other");
  status(still_on_support, "end", "sjukpenning", "job_seeking");
  participation(1, 100, std::int64_t{2}, nullptr, "2026-02-01");  // no consent, no data
  auto facts = of_kind(1, core::FactKind::participation);
  ASSERT_EQ(facts.size(), 3U);
  for (const auto& f : facts) {
    EXPECT_FALSE(f.left_support) << f.person;
    EXPECT_FALSE(f.wait_days);  // no referral
    EXPECT_EQ(f.referrer, "none");
    EXPECT_EQ(f.target_group, "none");
    EXPECT_EQ(f.reason, "none");
  }
  EXPECT_EQ(std::count_if(facts.begin(), facts.end(), [](const auto& f) { return f.work_or_studies_after; }), 1);
}

TEST_F(StatisticsStoreTest, AnAnonymousParticipationIsARecordOfItsOwn) {
  auto p = participation(1, 100, nullptr, nullptr, "2026-03-01", nullptr, nullptr, "man");
  auto facts = of_kind(1, core::FactKind::participation);
  ASSERT_EQ(facts.size(), 1U);
  EXPECT_EQ(facts[0].person, "anonymous:" + std::to_string(p));
  EXPECT_EQ(facts[0].gender, "man");  // kept on the participation
  EXPECT_EQ(facts[0].kommun, "unknown");
  EXPECT_EQ(facts[0].age_band, "unknown");
}

TEST_F(StatisticsStoreTest, FactsReadAtOnceAndInHalvesAreTheSameFactsInTheSameOrderAsOneQueryAtATime) {
  auto r = referral(1, 100, std::int64_t{1}, "2026-01-05", "started", std::string("2026-01-15"));
  for (int i = 0; i < 9; ++i) {
    participation(1, i % 2 == 0 ? 100 : 101, i % 3 == 0 ? Value(std::int64_t{2}) : Value(nullptr),
                  i == 4 ? Value(r) : Value(nullptr), "2026-0" + std::to_string(1 + i % 9) + "-15");
  }
  participation(2, 200, std::int64_t{3}, nullptr, "2026-03-01");  // another förbund's, between nothing
  const auto whole = store_.facts(1, false);                      // one query at a time
  StatisticsStore halves{file_.db(), 1};                          // more than one participation: two halves
  const auto split = halves.facts(1, true);
  ASSERT_EQ(split.size(), whole.size());
  ASSERT_EQ(whole.size(), 10U);  // nine participations and the referral
  for (std::size_t i = 0; i < whole.size(); ++i) {
    EXPECT_EQ(split[i].kind, whole[i].kind) << i;
    EXPECT_EQ(split[i].person, whole[i].person) << i;
    EXPECT_EQ(split[i].insats_id, whole[i].insats_id) << i;
    EXPECT_EQ(split[i].on, whole[i].on) << i;
  }
  std::set<std::string> records;
  for (const auto& f : split) records.insert(f.person);
  EXPECT_EQ(records.size(), 8U);  // person 2 three times, six anonymous ones, the referral's person 1
  EXPECT_EQ(store_.facts(1, true).size(), whole.size());  // at once, in one piece (few participations)
  EXPECT_EQ(halves.facts(2, true).size(), 1U);
  EXPECT_TRUE(halves.facts(3, true).empty());
}

TEST_F(StatisticsStoreTest, ReferralFacts) {
  referral(1, 100, std::int64_t{2}, "2026-02-01", "returned", std::string("2026-02-20"), std::string("not_eligible"));
  auto anonymous = referral(1, 100, nullptr, "2026-03-01", "queued");
  auto facts = of_kind(1, core::FactKind::referral);
  ASSERT_EQ(facts.size(), 2U);
  std::sort(facts.begin(), facts.end(), [](const auto& a, const auto& b) { return a.on < b.on; });
  const auto& returned = facts[0];
  EXPECT_EQ(returned.insats_id, 100);
  EXPECT_EQ(returned.insats_name, "Balder");
  EXPECT_EQ(returned.insats_kind, "individual");
  EXPECT_EQ(returned.gender, "man");
  EXPECT_EQ(returned.kommun, "1489");
  EXPECT_EQ(returned.referrer, "Försäkringskassan");
  EXPECT_EQ(returned.target_group, "Unga vuxna");
  EXPECT_EQ(returned.on, date("2026-02-01"));
  EXPECT_TRUE(returned.returned);
  EXPECT_EQ(returned.decided_on, date("2026-02-20"));
  EXPECT_EQ(returned.age_band, core::age_band(2026 - 1970));
  EXPECT_EQ(returned.person, "person:2");
  EXPECT_EQ(returned.reason, "not_eligible");
  const auto& waiting = facts[1];
  EXPECT_FALSE(waiting.returned);
  EXPECT_FALSE(waiting.decided_on);
  EXPECT_EQ(waiting.gender, "unknown");
  EXPECT_EQ(waiting.kommun, "unknown");
  EXPECT_EQ(waiting.age_band, "unknown");
  EXPECT_EQ(waiting.person, "referral:" + std::to_string(anonymous));
  EXPECT_EQ(waiting.reason, "none");
}

TEST_F(StatisticsStoreTest, ARemovedIdentityIsStillCountedOnItsRow) {
  // Retention cuts the identity but keeps the row: the same person, the same dimensions.
  auto r = referral(1, 100, std::int64_t{1}, "2026-01-05");
  participation(1, 100, std::int64_t{1}, r, "2026-01-15");
  file_.db().execute(
      "UPDATE person SET sealed_identity = NULL, masked = '', person_key = 'random', identity_removed = 1 WHERE id = "
      "1");
  for (const auto& f : store_.facts(1, true)) {
    EXPECT_EQ(f.person, "person:1");
    EXPECT_EQ(f.kommun, "1441");
  }
  // Removing the person unlinks the records: each counts as its own, anonymously.
  file_.db().execute("UPDATE participation SET person_id = NULL");
  file_.db().execute("UPDATE referral SET person_id = NULL");
  file_.db().execute("DELETE FROM person WHERE id = 1");
  auto participations = of_kind(1, core::FactKind::participation);
  auto referrals = of_kind(1, core::FactKind::referral);
  ASSERT_EQ(participations.size(), 1U);
  ASSERT_EQ(referrals.size(), 1U);
  EXPECT_EQ(participations[0].person.rfind("anonymous:", 0), 0U);
  EXPECT_EQ(participations[0].wait_days, 10);  // still linked to its referral
  EXPECT_EQ(referrals[0].person, "referral:" + std::to_string(r));
}

TEST_F(StatisticsStoreTest, AttendanceGivesAFactPerGenderPresent) {
  auto both = insert("INSERT INTO attendance (insats_id, on_date, women, men) VALUES (101, '2026-02-01', 4, 3)", {});
  auto only_women =
      insert("INSERT INTO attendance (insats_id, on_date, women, men) VALUES (101, '2026-02-08', 2, 0)", {});
  auto facts = of_kind(1, core::FactKind::attendance);
  ASSERT_EQ(facts.size(), 3U);
  std::sort(facts.begin(), facts.end(), [](const auto& a, const auto& b) { return a.person < b.person; });
  EXPECT_EQ(facts[0].person, "attendance:" + std::to_string(both) + ":man");
  EXPECT_EQ(facts[0].gender, "man");
  EXPECT_EQ(facts[0].weight, 3);
  EXPECT_EQ(facts[1].person, "attendance:" + std::to_string(both) + ":woman");
  EXPECT_EQ(facts[1].weight, 4);
  EXPECT_EQ(facts[1].on, date("2026-02-01"));
  EXPECT_EQ(facts[1].insats_id, 101);
  EXPECT_EQ(facts[1].insats_name, "Nätverk");
  EXPECT_EQ(facts[1].insats_kind, "structural");
  EXPECT_EQ(facts[1].kommun, "unknown");
  EXPECT_EQ(facts[1].age_band, "unknown");
  EXPECT_EQ(facts[2].person, "attendance:" + std::to_string(only_women) + ":woman");
  EXPECT_EQ(facts[2].weight, 2);
}

TEST_F(StatisticsStoreTest, FactsAndBudgetsArePerForbund) {
  auto r = referral(2, 200, std::int64_t{3}, "2026-01-01");
  participation(2, 200, std::int64_t{3}, r, "2026-01-02");
  participation(1, 100, nullptr, nullptr, "2026-01-02");
  file_.db().execute("INSERT INTO attendance (insats_id, on_date, women, men) VALUES (101, '2026-02-01', 1, 1)");
  file_.db().execute(
      "INSERT INTO insats_budget (insats_id, year, amount_ore) VALUES (100, 2026, 50000000), (100, 2027, 60000000), "
      "(101, 2026, 1000), (200, 2026, 99)");
  auto other = store_.facts(2, true);
  ASSERT_EQ(other.size(), 2U);
  for (const auto& f : other) EXPECT_EQ(f.insats_id, 200);
  EXPECT_EQ(store_.facts(1, true).size(), 3U);  // a participation and two attendance facts
  EXPECT_TRUE(store_.facts(3, true).empty());

  auto budgets = store_.insats_budgets(1);
  EXPECT_EQ(budgets.size(), 3U);
  EXPECT_EQ(budgets.at({100, 2026}), core::Money::kronor(500'000));
  EXPECT_EQ(budgets.at({100, 2027}), core::Money::kronor(600'000));
  EXPECT_EQ(budgets.at({101, 2026}), core::Money::ore(1000));
  EXPECT_EQ(store_.insats_budgets(2).size(), 1U);
  EXPECT_TRUE(store_.insats_budgets(3).empty());
}

// The facts may be kept while the version stands: each change to what they are read from moves it, for the
// förbund changed and no other.
TEST_F(StatisticsStoreTest, EveryChangeToWhatTheFactsAreReadFromMovesTheForbundsVersion) {
  auto& db = file_.db();
  auto r = referral(1, 100, std::int64_t{1}, "2026-01-01");
  const auto p = participation(1, 100, std::int64_t{1}, r, "2026-01-02");
  const auto a = insert("INSERT INTO attendance (insats_id, on_date, women, men) VALUES (101, '2026-02-01', 1, 1)", {});
  const std::vector<std::pair<std::string, std::vector<Value>>> changes{
      {"UPDATE association SET name = 'F2' WHERE id = 1", {}},
      {"UPDATE member SET name = 'FK' WHERE id = 10", {}},
      {"UPDATE target_group SET name = 'Unga' WHERE id = 5", {}},
      {"UPDATE insats SET name = 'Balder 2' WHERE id = 100", {}},
      {"INSERT INTO insats_budget (insats_id, year, amount_ore) VALUES (100, 2026, 1)", {}},
      {"UPDATE insats_budget SET amount_ore = 2 WHERE insats_id = 100", {}},
      {"DELETE FROM insats_budget WHERE insats_id = 100", {}},
      {"UPDATE person SET kommun_code = '1489' WHERE id = 1", {}},
      {"UPDATE referral SET state = 'returned' WHERE id = $1", {r}},
      {"UPDATE participation SET ended_on = '2026-03-01' WHERE id = $1", {p}},
      {"INSERT INTO participation_status (participation_id, phase, support, education, occupation, extent_percent) "
       "VALUES ($1, 'end', 'none', 'unknown', 'work', 0)",
       {p}},
      {"UPDATE participation_status SET occupation = 'studies' WHERE participation_id = $1", {p}},
      {"DELETE FROM participation_status WHERE participation_id = $1", {p}},
      {"UPDATE attendance SET women = 3 WHERE id = $1", {a}},
      {"DELETE FROM attendance WHERE id = $1", {a}},
      {"DELETE FROM participation WHERE id = $1", {p}},
      {"INSERT INTO member (association_id, name, party_kind, joined_on) VALUES (1, 'Alingsås kommun', 'kommun', "
       "'2006-07-01')",
       {}},
  };
  const auto other = store_.facts_version(2);
  for (const auto& [sql, params] : changes) {
    const auto before = store_.facts_version(1);
    db.execute(sql, params);
    EXPECT_GT(store_.facts_version(1), before) << sql;
    EXPECT_EQ(store_.facts_version(2), other) << sql;
  }
  EXPECT_EQ(store_.facts_version(99), 0);  // no such förbund: nothing has changed
}

// A staff change (PUT …/staff) sets only insats.staff_version, which no fact is read from: the facts kept stay.
// Every other column of insats moves the version when set (the trigger names them; a new column must be named).
TEST_F(StatisticsStoreTest, AStaffChangeKeepsTheFactsAndEveryOtherInsatsColumnMovesTheVersion) {
  auto& db = file_.db();
  const auto unchanged = store_.facts_version(1);
  db.execute("UPDATE insats SET staff_version = staff_version + 1 WHERE id = 100");
  EXPECT_EQ(store_.facts_version(1), unchanged);

  const auto columns = db.query(file_.postgres() ? "SELECT column_name FROM information_schema.columns WHERE "
                                                   "table_name = 'insats' AND table_schema = current_schema()"
                                                 : "SELECT name FROM pragma_table_info('insats')");
  ASSERT_GE(columns.size(), 16U);
  for (const auto& row : columns) {
    const auto column = as_text(row[0]);
    if (column == "staff_version") continue;
    const auto before = store_.facts_version(1);
    db.execute("UPDATE insats SET " + column + " = " + column + " WHERE id = 100");
    EXPECT_GT(store_.facts_version(1), before) << column;
  }
}

TEST_F(StatisticsStoreTest, KommunNamesByCode) {
  EXPECT_EQ(store_.kommun_names(), (std::map<std::string, std::string>{{"1441", "Lerum"}, {"1489", "Alingsås"}}));
}

}  // namespace
}  // namespace samordna::storage
