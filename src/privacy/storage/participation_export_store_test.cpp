#include "privacy/storage/participation_export_store.hpp"

#include <gtest/gtest.h>

#include "platform/database/testing/test_database.hpp"

namespace samordna::storage {
namespace {

core::CivilDate date(std::string_view iso) { return *core::CivilDate::parse(iso); }

// The rows the export reads, written as SQL (the stores that write them are the participants context's).
class ParticipationExportStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& db = file_.db();
    db.execute("INSERT INTO region (code, name, short_name) VALUES ('14', 'Västra Götalands län', 'VG')");
    db.execute(
        "INSERT INTO kommun (code, name, official_name, region_code) VALUES ('1441', 'Lerum', 'Lerums kommun', "
        "'14')");
    db.execute(
        "INSERT INTO association (id, name, org_number, seat, formed_on) VALUES (1, 'F', '1', 'A', '2006-07-01'), "
        "(2, 'G', '2', 'B', '2006-07-01')");
    db.execute(
        "INSERT INTO member (id, association_id, name, party_kind, joined_on) VALUES (10, 1, "
        "'Försäkringskassan', 'fk', '2006-07-01'), (11, 1, 'Lerums kommun', 'kommun', '2006-07-01'), (20, 2, 'FK', "
        "'fk', '2006-07-01')");
    db.execute("INSERT INTO target_group (id, association_id, name) VALUES (5, 1, 'Unga vuxna')");
    db.execute(
        "INSERT INTO insats (id, association_id, name, description, kind, min_age, max_age, referral_required, "
        "lead_member_id, capacity, starts_on) VALUES (100, 1, 'Balder', '', 'individual', 16, 64, 1, 11, 10, "
        "'2026-01-01'), (200, 2, 'Annat', '', 'individual', 16, 64, 1, 20, 10, '2026-01-01')");
    db.execute(
        "INSERT INTO person (id, association_id, person_key, gender, birth_year, kommun_code, masked) VALUES "
        "(1, 1, 'k1', 'woman', 1990, '1441', ''), (2, 1, 'k2', 'man', 1985, '9999', '')");
    db.execute(
        "INSERT INTO referral (id, association_id, insats_id, person_id, referring_member_id, referrer_user_id, "
        "referred_on, target_group_id, state, decided_on, sealed_reason) VALUES (50, 1, 100, 1, 10, 7, "
        "'2026-01-05', 5, 'started', '2026-01-10', 'sealed')");
  }

  std::int64_t participation(std::int64_t association, std::int64_t insats, Value person, Value referral,
                             std::string_view started, Value ended = nullptr, Value exit_reason = nullptr) {
    return as_int(file_.db()
                      .query("INSERT INTO participation (association_id, insats_id, person_id, referral_id, gender, "
                             "start_year, started_on, ended_on, exit_reason) VALUES ($1, $2, $3, $4, 'woman', 2026, "
                             "$5, $6, $7) RETURNING id",
                             {association, insats, std::move(person), std::move(referral), std::string(started),
                              std::move(ended), std::move(exit_reason)})
                      .at(0)
                      .at(0));
  }

  std::vector<std::int64_t> ids(std::int64_t association, std::string_view from, std::string_view to,
                                std::int64_t after = 0, std::int64_t until = 1'000'000) {
    std::vector<std::int64_t> out;
    for (const auto& r : store_.participation_page(association, date(from), date(to), after, until)) {
      out.push_back(r.id);
    }
    return out;
  }

  testing::TestDatabase file_;
  ParticipationExportStore store_{file_.db()};
};

TEST_F(ParticipationExportStoreTest, ARecordCarriesWhatWasRecorded) {
  auto id = participation(1, 100, std::int64_t{1}, std::int64_t{50}, "2026-01-10", std::string("2026-06-30"),
                          std::string("work"));
  file_.db().execute(
      "INSERT INTO participation_status (participation_id, phase, support, months_on_support, education, occupation, "
      "extent_percent) VALUES ($1, 'start', 'sjukpenning,a_kassa', 12, 'upper_secondary', 'job_seeking', 0), ($1, "
      "'end', 'none', NULL, 'upper_secondary', 'work', 75)",
      {id});
  auto page = store_.participation_page(1, date("2026-01-01"), date("2026-12-31"), 0, 1'000'000);
  ASSERT_EQ(page.size(), 1U);
  const auto& r = page[0];
  EXPECT_EQ(r.id, id);
  EXPECT_EQ(r.insats_id, 100);
  EXPECT_EQ(r.insats, "Balder");
  EXPECT_EQ(r.person_id, 1);
  EXPECT_EQ(r.gender, "woman");
  EXPECT_EQ(r.birth_year, 1990);
  EXPECT_EQ(r.kommun, "Lerum");
  EXPECT_EQ(r.referrer, "Försäkringskassan");
  EXPECT_EQ(r.referrer_user_id, 7);
  EXPECT_EQ(r.target_group, "Unga vuxna");
  EXPECT_EQ(r.referred_on, date("2026-01-05"));
  EXPECT_EQ(r.started_on, date("2026-01-10"));
  EXPECT_EQ(r.ended_on, date("2026-06-30"));
  EXPECT_EQ(r.exit_reason, "work");
  ASSERT_TRUE(r.at_start);
  EXPECT_EQ(r.at_start->support, "sjukpenning,a_kassa");
  EXPECT_EQ(r.at_start->months_on_support, 12);
  EXPECT_EQ(r.at_start->education, "upper_secondary");
  EXPECT_EQ(r.at_start->occupation, "job_seeking");
  EXPECT_EQ(r.at_start->extent_percent, 0);
  ASSERT_TRUE(r.at_end);
  EXPECT_EQ(r.at_end->support, "none");
  EXPECT_FALSE(r.at_end->months_on_support);
  EXPECT_EQ(r.at_end->occupation, "work");
  EXPECT_EQ(r.at_end->extent_percent, 75);
}

TEST_F(ParticipationExportStoreTest, AnonymousOpenEntryAndUnknownKommunLeaveTheirFieldsEmpty) {
  auto anonymous = participation(1, 100, nullptr, nullptr, "2026-02-01");
  auto unknown_kommun = participation(1, 100, std::int64_t{2}, nullptr, "2026-02-01");
  auto page = store_.participation_page(1, date("2026-01-01"), date("2026-12-31"), 0, 1'000'000);
  ASSERT_EQ(page.size(), 2U);
  EXPECT_EQ(page[0].id, anonymous);
  EXPECT_FALSE(page[0].person_id);
  EXPECT_FALSE(page[0].birth_year);
  EXPECT_EQ(page[0].kommun, "");
  EXPECT_EQ(page[0].referrer, "");  // open entry
  EXPECT_FALSE(page[0].referrer_user_id);
  EXPECT_EQ(page[0].target_group, "");
  EXPECT_FALSE(page[0].referred_on);
  EXPECT_FALSE(page[0].ended_on);
  EXPECT_EQ(page[0].exit_reason, "");
  EXPECT_FALSE(page[0].at_start);
  EXPECT_FALSE(page[0].at_end);
  EXPECT_EQ(page[1].id, unknown_kommun);
  EXPECT_EQ(page[1].birth_year, 1985);
  EXPECT_EQ(page[1].kommun, "");
}

TEST_F(ParticipationExportStoreTest, ParticipationsRunningSomeTimeInThePeriod) {
  auto before = participation(1, 100, nullptr, nullptr, "2025-03-01", std::string("2025-12-31"));
  auto ends_on_first_day = participation(1, 100, nullptr, nullptr, "2025-06-01", std::string("2026-01-01"));
  auto runs_through = participation(1, 100, nullptr, nullptr, "2025-06-01");
  auto inside = participation(1, 100, nullptr, nullptr, "2026-03-01", std::string("2026-04-01"));
  auto starts_on_last_day = participation(1, 100, nullptr, nullptr, "2026-06-30");
  auto after = participation(1, 100, nullptr, nullptr, "2026-07-01");
  participation(2, 200, nullptr, nullptr, "2026-03-01");  // another förbund
  EXPECT_EQ(ids(1, "2026-01-01", "2026-06-30"),
            (std::vector<std::int64_t>{ends_on_first_day, runs_through, inside, starts_on_last_day}));
  EXPECT_EQ(ids(1, "2025-01-01", "2025-12-31"), (std::vector<std::int64_t>{before, ends_on_first_day, runs_through}));
  EXPECT_EQ(ids(1, "2026-07-01", "2026-07-01"), (std::vector<std::int64_t>{runs_through, starts_on_last_day, after}));
  EXPECT_EQ(ids(2, "2026-01-01", "2026-12-31").size(), 1U);
  EXPECT_TRUE(ids(3, "2026-01-01", "2026-12-31").empty());
}

TEST_F(ParticipationExportStoreTest, PagesEndAtEveryPageSizethIdAndTheLastAndReadTheirRange) {
  std::vector<std::int64_t> all;
  for (int i = 0; i < 5; ++i) all.push_back(participation(1, 100, nullptr, nullptr, "2026-02-01"));
  participation(1, 100, nullptr, nullptr, "2025-01-01", std::string("2025-02-01"));  // outside the period
  participation(2, 200, nullptr, nullptr, "2026-03-01");                             // another förbund
  all.push_back(participation(1, 100, nullptr, nullptr, "2026-03-01"));
  EXPECT_EQ(store_.page_ends(1, date("2026-01-01"), date("2026-12-31"), 2),
            (std::vector<std::int64_t>{all[1], all[3], all[5]}));
  EXPECT_EQ(store_.page_ends(1, date("2026-01-01"), date("2026-12-31"), 4),
            (std::vector<std::int64_t>{all[3], all[5]}));  // a full page, then the last id
  EXPECT_EQ(store_.page_ends(1, date("2026-01-01"), date("2026-12-31"), 7), (std::vector<std::int64_t>{all[5]}));
  EXPECT_TRUE(store_.page_ends(3, date("2026-01-01"), date("2026-12-31"), 1).empty());
  EXPECT_EQ(ids(1, "2026-01-01", "2026-12-31", 0, all[1]), (std::vector<std::int64_t>{all[0], all[1]}));
  EXPECT_EQ(ids(1, "2026-01-01", "2026-12-31", all[1], all[3]), (std::vector<std::int64_t>{all[2], all[3]}));
  EXPECT_EQ(ids(1, "2026-01-01", "2026-12-31", all[3]), (std::vector<std::int64_t>{all[4], all[5]}));
  EXPECT_TRUE(ids(1, "2026-01-01", "2026-12-31", all[5]).empty());
}

}  // namespace
}  // namespace samordna::storage
