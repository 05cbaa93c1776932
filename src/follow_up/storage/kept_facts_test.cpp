// Kept facts on the real database (SQLite, and PostgreSQL under scripts/postgres.sh): kept at the present version
// they read back as the joins read them; any change to what they are read from deletes them in its transaction;
// facts read at an older version are not kept; and which förbund need keeping.
#include <gtest/gtest.h>

#include "follow_up/storage/kept_facts_text.hpp"
#include "follow_up/storage/statistics_store.hpp"
#include "platform/database/testing/test_database.hpp"

namespace samordna::storage {
namespace {

class KeptFactsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& db = file_.db();
    db.execute("INSERT INTO region (code, name, short_name) VALUES ('14', 'Västra Götalands län', 'VG')");
    db.execute(
        "INSERT INTO kommun (code, name, official_name, region_code) VALUES ('1441', 'Lerum', 'Lerums kommun', '14')");
    db.execute(
        "INSERT INTO association (id, name, org_number, seat, formed_on) VALUES (1, 'F', '1', 'A', '2006-07-01'), "
        "(2, 'G', '2', 'B', '2006-07-01')");
    db.execute(
        "INSERT INTO member (id, association_id, name, party_kind, joined_on) VALUES (10, 1, 'Lerums kommun', "
        "'kommun', '2006-07-01')");
    db.execute(
        "INSERT INTO insats (id, association_id, name, description, kind, min_age, max_age, referral_required, "
        "lead_member_id, capacity, starts_on, extensive) VALUES (100, 1, 'Balder\tsteg 1', '', 'individual', 16, 64, "
        "0, 10, 10, '2026-01-01', 1)");
    db.execute("INSERT INTO insats_budget (insats_id, year, amount_ore) VALUES (100, 2026, 50000000)");
    db.execute(
        "INSERT INTO person (id, association_id, person_key, gender, birth_year, kommun_code, masked) VALUES "
        "(1, 1, 'k1', 'woman', 2004, '1441', '')");
    participation("2026-02-01");
  }
  void participation(std::string_view started) {
    file_.db().execute(
        "INSERT INTO participation (association_id, insats_id, person_id, gender, start_year, started_on) "
        "VALUES (1, 100, 1, 'woman', 2026, $1)",
        {std::string(started)});
  }
  core::FactSet live() { return core::read_fact_set(store_, 1, false); }

  testing::TestDatabase file_;
  StatisticsStore store_{file_.db()};
};

TEST_F(KeptFactsTest, KeptAtThePresentVersionTheyReadBackAsTheJoinsReadThem) {
  EXPECT_EQ(store_.facts_not_kept(), (std::vector<std::int64_t>{1, 2}));
  const auto version = store_.facts_version(1);
  EXPECT_FALSE(store_.kept_facts(1, version));
  const auto set = live();
  ASSERT_EQ(set.facts.size(), 1U);
  store_.keep_facts(1, version, set);
  auto kept = store_.kept_facts(1, version);
  ASSERT_TRUE(kept.has_value());
  EXPECT_EQ(encode_kept_facts(*kept), encode_kept_facts(set));
  EXPECT_EQ(kept->facts.at(0).insats_name, "Balder\tsteg 1");
  EXPECT_EQ(kept->budgets.at({100, 2026}).in_ore(), 50000000);
  EXPECT_FALSE(store_.kept_facts(1, version + 1));
  EXPECT_EQ(store_.facts_not_kept(), (std::vector<std::int64_t>{2}));
}

TEST_F(KeptFactsTest, AChangeDeletesThemInItsTransaction) {
  const auto version = store_.facts_version(1);
  store_.keep_facts(1, version, live());
  store_.keep_facts(2, store_.facts_version(2), core::read_fact_set(store_, 2, false));
  participation("2026-03-01");
  EXPECT_EQ(file_.db().query("SELECT association_id FROM statistics_kept_facts", {}).size(), 1U);  // förbund 2's
  EXPECT_FALSE(store_.kept_facts(1, version));
  EXPECT_EQ(store_.facts_not_kept(), (std::vector<std::int64_t>{1}));
  // A change rolled back deletes nothing.
  EXPECT_ANY_THROW(file_.db().transaction([&] {
    file_.db().execute("UPDATE person SET gender = 'man' WHERE association_id = 2");
    file_.db().execute("UPDATE association SET name = 'H' WHERE id = 2");
    throw std::runtime_error("rolled back");
  }));
  EXPECT_TRUE(store_.kept_facts(2, store_.facts_version(2)));
  // Removing a person and their participations deletes the förbund's kept facts too.
  store_.keep_facts(1, store_.facts_version(1), live());
  file_.db().execute("DELETE FROM participation WHERE person_id = 1");
  file_.db().execute("DELETE FROM person WHERE id = 1");
  EXPECT_TRUE(file_.db().query("SELECT 1 FROM statistics_kept_facts WHERE association_id = 1", {}).empty());
}

TEST_F(KeptFactsTest, FactsReadAtAnOlderVersionAreNotKept) {
  const auto version = store_.facts_version(1);
  const auto before = live();
  participation("2026-03-01");
  store_.keep_facts(1, version, before);
  EXPECT_TRUE(file_.db().query("SELECT 1 FROM statistics_kept_facts", {}).empty());
  EXPECT_FALSE(store_.kept_facts(1, version));
  store_.keep_facts(1, store_.facts_version(1), live());
  auto kept = store_.kept_facts(1, store_.facts_version(1));
  ASSERT_TRUE(kept.has_value());
  EXPECT_EQ(kept->facts.size(), 2U);
}

TEST_F(KeptFactsTest, ARowThatDoesNotReadBackIsNotUsed) {
  const auto version = store_.facts_version(1);
  store_.keep_facts(1, version, live());
  file_.db().execute("UPDATE statistics_kept_facts SET facts = 'samordna-facts 1' WHERE association_id = 1");
  EXPECT_FALSE(store_.kept_facts(1, version));
}

TEST_F(KeptFactsTest, ARowInAnotherFormOfTheTextIsKeptAgain) {
  store_.keep_facts(1, store_.facts_version(1), live());
  store_.keep_facts(2, store_.facts_version(2), core::read_fact_set(store_, 2, false));
  EXPECT_TRUE(store_.facts_not_kept().empty());
  // As an older version of Samordna wrote it, at the present version: no pivot can read it.
  file_.db().execute("UPDATE statistics_kept_facts SET facts = 'samordna-facts 0\ntexts 0\n' WHERE association_id = 1");
  EXPECT_EQ(store_.facts_not_kept(), (std::vector<std::int64_t>{1}));
  store_.keep_facts(1, store_.facts_version(1), live());
  EXPECT_TRUE(store_.facts_not_kept().empty());
  EXPECT_TRUE(store_.kept_facts(1, store_.facts_version(1)));
}

}  // namespace
}  // namespace samordna::storage
