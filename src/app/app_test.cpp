#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "access/storage/user_store.hpp"
#include "app/demo.hpp"
#include "app/key_binding.hpp"
#include "app/refdata_import.hpp"
#include "app/retention_job.hpp"
#include "app/system_clock.hpp"
#include "membership/storage/association_store.hpp"
#include "platform/database/migrations.hpp"
#include "platform/database/sqlite_database.hpp"
#include "platform/database/testing/test_database.hpp"
#include "platform/security/keyring.hpp"
#include "platform/security/sodium_secrets.hpp"

namespace samordna::app {
namespace {
namespace fs = std::filesystem;

std::string shared(const std::string& name) {
  const char* dir = std::getenv("SAMORDNA_SHARED_DATA");
  return std::string(dir ? dir : "../shared/data") + "/" + name;
}

class AppTest : public ::testing::Test {
 protected:
  void SetUp() override {
    security::init_sodium();
    dir_ = fs::temp_directory_path() /
           ("samordna-app-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    database_ = std::make_unique<storage::testing::TestDatabase>();  // SQLite, or PostgreSQL in make test-postgres
    db_ = &database_->db();
  }
  void TearDown() override {
    database_.reset();
    fs::remove_all(dir_);
  }
  std::string write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
    return (dir_ / name).string();
  }
  fs::path dir_;
  std::unique_ptr<storage::testing::TestDatabase> database_;
  storage::Database* db_ = nullptr;
};

TEST_F(AppTest, ImportsTheSharedScbFiles) {
  auto report = import_reference_data(
      *db_, {shared("regions.csv"), shared("municipalities.csv"), shared("population_2018_2022.csv")});
  ASSERT_TRUE(report.problems.empty());
  EXPECT_EQ(report.regions, 21U);
  EXPECT_EQ(report.municipalities, 290U);
  EXPECT_EQ(report.population, 580U);
  storage::Database& db = *db_;
  auto rows = db.query("SELECT age_16_64 FROM population WHERE kommun_code = $1 AND year = $2",
                       {std::string("1489"), std::int64_t(2018)});
  EXPECT_EQ(storage::as_int(rows.at(0).at(0)), 23781);
  // Importing again updates in place.
  EXPECT_TRUE(import_reference_data(*db_, {shared("regions.csv"), "", ""}).problems.empty());
}

TEST_F(AppTest, BadRowsImportNothing) {
  auto regions = write("regions.csv", "lanskod,lan,lan_kortnamn,antal_kommuner\n14,Västra Götalands län,VG,49\n");
  auto kommuner = write("kommuner.csv",
                        "kommunkod,kommun,kommun_officiellt_namn,lanskod,lan\n1489,Alingsås,Alingsås kommun,14,x\n"
                        "1499,Nowhere,Nowhere kommun,14,x\n1481,Mölndal,,14,x\n");
  auto report = import_reference_data(*db_, {regions, kommuner, ""});
  ASSERT_EQ(report.problems.size(), 1U);
  EXPECT_EQ(report.problems[0].problem.line, 4);
  EXPECT_EQ(report.problems[0].problem.code, "required");
  storage::AssociationStore store(*db_);
  EXPECT_TRUE(store.known_region_codes().empty());  // the good region file was not imported either

  auto orphan = write("orphan.csv", "kommunkod,kommun,kommun_officiellt_namn,lanskod,lan\n1489,Alingsås,A,14,x\n");
  auto unknown = import_reference_data(*db_, {"", orphan, ""});
  ASSERT_EQ(unknown.problems.size(), 1U);
  EXPECT_EQ(unknown.problems[0].problem.code, "unknown_lan");
}

TEST_F(AppTest, DemoHasInsjoriketWithEightMembers) {
  SystemClock clock;
  Installation installation(*db_, security::load_or_create_keyring((dir_ / "keys").string()), clock);
  create_demo(installation, *db_, "demo password 123");
  storage::AssociationStore store(*db_);
  auto associations = store.list_associations();
  ASSERT_EQ(associations.size(), 1U);
  EXPECT_EQ(associations[0].name, "Samordningsförbundet Insjöriket");
  EXPECT_EQ(associations[0].formed_on.iso(), "2006-07-01");
  auto members = store.list_members(associations[0].id);
  ASSERT_EQ(members.size(), 8U);
  EXPECT_EQ(members[0].kind, core::PartyKind::fk);
  EXPECT_EQ(members[7].name, "Alingsås kommun");
  storage::UserStore users(*db_);
  auto admin = users.find_user_by_username("admin");
  ASSERT_TRUE(admin);
  EXPECT_TRUE(security::Argon2PasswordHasher().verify(admin->password_hash, "demo password 123"));
  EXPECT_EQ(admin->roles, std::vector<std::string>{"superuser"});
  const auto assignments = installation.access.assignments_in(associations[0].id);
  // Nine users with one role each, and a controller contact for each other party that leads an insats the
  // koordinator works in (Lerum, the region, Försäkringskassan, Arbetsförmedlingen).
  EXPECT_EQ(assignments.size(), 13U);
  // The controller contacts and the koordinator are confirmed; the new koordinator waits.
  int pending = 0;
  int contacts = 0;
  std::vector<std::size_t> other_party_confirmations;  // of each confirmed deltagaransvarig
  for (const auto& a : assignments) {
    pending += core::pending_confirmation(a) ? 1 : 0;
    contacts += a.role == core::Role::controller_contact ? 1 : 0;
    if (a.role == core::Role::deltagaransvarig && !core::pending_confirmation(a)) {
      other_party_confirmations.push_back(a.confirmed_for.size());
    }
  }
  EXPECT_EQ(pending, 1);
  EXPECT_EQ(contacts, 5);
  // The koordinator, confirmed by each other lead party's contact for its insatser.
  EXPECT_EQ(other_party_confirmations, std::vector<std::size_t>{4});
}

// A clock that stands still at noon (Swedish time) on one day.
class FixedClock final : public core::Clock {
 public:
  explicit FixedClock(core::CivilDate day) : day_(day) {}
  [[nodiscard]] std::int64_t now_unix() const override { return std::int64_t(day_.days_since_epoch()) * 86400 + 39600; }
  [[nodiscard]] core::CivilDate today() const override { return day_; }

 private:
  core::CivilDate day_;
};

// Everything the demo knows about what happened before 2026-12-01, as text: participations that started by
// the history's end (2026-10-31), their people, referrals, follow-up data, and ends that came before that day.
std::string demo_history(storage::Database& db) {
  const char* kCutoff = "2026-12-01";
  std::string out;
  auto dump = [&](const std::string& sql) {
    for (const auto& row : db.query(sql, {std::string(kCutoff)})) {
      for (const auto& v : row) out += (std::holds_alternative<std::nullptr_t>(v) ? "-" : storage::as_text(v)) + ";";
      out += "\n";
    }
  };
  const std::string history = "p.started_on <= '2026-10-31'";
  dump(
      "SELECT p.id, p.insats_id, p.person_id, p.referral_id, p.gender, p.start_year, p.started_on, "
      "CASE WHEN p.ended_on < $1 THEN p.ended_on END, CASE WHEN p.ended_on < $1 THEN p.exit_reason END "
      "FROM participation p WHERE " +
      history + " ORDER BY p.id");
  dump(
      "SELECT DISTINCT pe.id, pe.person_key, pe.gender, pe.birth_year, pe.kommun_code, pe.masked, $1 FROM person pe "
      "JOIN participation p ON p.person_id = pe.id WHERE " +
      history + " ORDER BY pe.id");
  dump(
      "SELECT r.id, r.insats_id, r.person_id, r.referring_member_id, r.referred_on, r.target_group_id, r.state, $1 "
      "FROM referral r JOIN participation p ON p.referral_id = r.id WHERE " +
      history + " ORDER BY r.id");
  dump(
      "SELECT s.participation_id, s.phase, s.support, s.months_on_support, s.education, s.occupation, $1 "
      "FROM participation_status s JOIN participation p ON p.id = s.participation_id WHERE " +
      history + " AND (s.phase = 'start' OR p.ended_on < $1) ORDER BY s.participation_id, s.phase");
  return out;
}

TEST_F(AppTest, TheDemosHistoryIsTheSameWhateverDayItIsMade) {
  const auto keys = security::load_or_create_keyring((dir_ / "keys").string());
  std::vector<std::string> histories;
  std::vector<int> latest_budget_years;
  for (const char* day : {"2026-12-01", "2027-12-01", "2031-06-15"}) {
    storage::SqliteDatabase sqlite((dir_ / (std::string(day) + ".db")).string());
    storage::Database& db = sqlite;
    storage::migrate(db);
    FixedClock clock(*core::CivilDate::parse(day));
    Installation installation(db, keys, clock);
    create_demo(installation, db, "demo password 123");
    histories.push_back(demo_history(db));
    // Made later, the demo also has what happened since: people who started after the history's end and this
    // year's budget, with queues of today.
    auto recent = db.query("SELECT count(*) FROM participation WHERE started_on > '2026-10-31'");
    auto open =
        db.query("SELECT count(*) FROM participation WHERE ended_on IS NULL AND started_on < $1", {std::string(day)});
    auto future =
        db.query("SELECT count(*) FROM participation WHERE started_on >= $1 OR ended_on >= $1", {std::string(day)});
    auto waiting = db.query("SELECT min(referred_on) FROM referral WHERE state IN ('received', 'queued')");
    EXPECT_GE(storage::as_int(open[0][0]), 5) << day;  // ongoing participations
    EXPECT_EQ(storage::as_int(future[0][0]), 0) << day;
    EXPECT_GE(storage::as_text(waiting[0][0]), clock.today().add_days(-366).iso()) << day;
    if (std::string(day) != "2026-12-01") {
      EXPECT_GT(storage::as_int(recent[0][0]), 20) << day;
    }
    latest_budget_years.push_back(int(storage::as_int(db.query("SELECT max(year) FROM budget")[0][0])));
  }
  EXPECT_GT(histories[0].size(), 10'000U);
  EXPECT_EQ(histories[0], histories[1]);
  EXPECT_EQ(histories[0], histories[2]);
  EXPECT_EQ(latest_budget_years, (std::vector<int>{2026, 2027, 2031}));
}

TEST(SystemClockTest, TestBuildsMoveTheDateBySamordnaToday) {
  ASSERT_TRUE(SystemClock::test_clock_available()) << "the test presets build with SAMORDNA_TEST_CLOCK";
  const std::int64_t real = SystemClock().now_unix();
  ::setenv("SAMORDNA_TODAY", "2031-06-15", 1);
  SystemClock moved;
  EXPECT_EQ(moved.today().iso(), "2031-06-15");
  // Whole days only: the time of day keeps running, so sessions and audit times stay ordered.
  EXPECT_EQ((moved.now_unix() - real) % 86400 < 5 || (moved.now_unix() - real) % 86400 > 86395, true);
  ::setenv("SAMORDNA_TODAY", "2031-13-01", 1);
  EXPECT_THROW(SystemClock{}, std::invalid_argument);
  ::unsetenv("SAMORDNA_TODAY");
  EXPECT_EQ(SystemClock().today(), swedish_date(SystemClock().now_unix()));
}

TEST(SystemClockTest, SwedishDateFollowsSummerTime) {
  // 2026-03-29 01:00 UTC summer time begins; 2026-10-25 01:00 UTC it ends.
  const auto at = [](const char* day, int seconds) {
    return std::int64_t(core::CivilDate::parse(day)->days_since_epoch()) * 86400 + seconds;
  };
  EXPECT_EQ(swedish_date(at("2026-01-10", 23 * 3600 - 1)).iso(), "2026-01-10");  // 23:59:59 CET
  EXPECT_EQ(swedish_date(at("2026-01-10", 23 * 3600)).iso(), "2026-01-11");
  EXPECT_EQ(swedish_date(at("2026-07-10", 22 * 3600 - 1)).iso(), "2026-07-10");  // 23:59:59 CEST
  EXPECT_EQ(swedish_date(at("2026-07-10", 22 * 3600)).iso(), "2026-07-11");
}

TEST_F(AppTest, AKeyFileIsMadeOnlyForANewDatabaseAndMustMatchTheOneItWasMadeWith) {
  const std::string keys = (dir_ / "test.db.keys").string();
  // A new database gets a new key file, whose fingerprint it records.
  auto made = open_keyring(*db_, keys);
  EXPECT_TRUE(fs::exists(keys));
  EXPECT_EQ(security::keyring_fingerprint(open_keyring(*db_, keys)), security::keyring_fingerprint(made));
  {
    SystemClock clock;
    Installation installation(*db_, made, clock);
    create_demo(installation, *db_, "demo password 123");
  }
  // Lost: never silently replaced, whatever the command.
  fs::rename(keys, keys + ".backup");
  for (auto missing : {MissingKeys::create_for_new_database, MissingKeys::refuse}) {
    try {
      open_keyring(*db_, keys, missing);
      ADD_FAILURE() << "a missing key file was accepted";
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("is missing"), std::string::npos) << e.what();
    }
  }
  EXPECT_FALSE(fs::exists(keys));
  EXPECT_THROW(init_keys(*db_, keys), std::runtime_error);  // keys init refuses a database with data
  // Another database's key file does not fit.
  storage::SqliteDatabase other_db((dir_ / "other.db").string());
  storage::migrate(other_db);
  open_keyring(other_db, keys);  // a new key file at the old place, made for the other database
  try {
    open_keyring(*db_, keys);
    ADD_FAILURE() << "a key file of another database was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("does not belong"), std::string::npos) << e.what();
  }
  // The right one, restored from its backup, is taken.
  fs::rename(keys + ".backup", keys);
  EXPECT_EQ(security::keyring_fingerprint(open_keyring(*db_, keys)), security::keyring_fingerprint(made));
}

TEST_F(AppTest, KeysInitMakesTheKeyFileOfANewDatabaseOnce) {
  const std::string keys = (dir_ / "test.db.keys").string();
  const auto fingerprint = init_keys(*db_, keys);
  EXPECT_EQ(fingerprint.size(), 64U);
  EXPECT_THROW(init_keys(*db_, keys), std::runtime_error);  // exists already
  EXPECT_EQ(security::keyring_fingerprint(open_keyring(*db_, keys, MissingKeys::refuse)), fingerprint);
}

TEST_F(AppTest, TheDemosAuditChainVerifiesAndATamperedRowIsFound) {
  SystemClock clock;
  auto keys = security::load_or_create_keyring((dir_ / "keys").string());
  Installation installation(*db_, keys, clock);
  create_demo(installation, *db_, "demo password 123");
  EXPECT_FALSE(installation.audit.verify());
  EXPECT_GT(installation.audit_events.all_events().size(), 30U);
  // The key file is created private, and a chain made with another key does not verify.
  EXPECT_EQ(fs::status(dir_ / "keys").permissions() & fs::perms::others_read, fs::perms::none);
  auto other_keys = security::load_or_create_keyring((dir_ / "other-keys").string());
  Installation other(*db_, other_keys, clock);
  EXPECT_EQ(other.audit.verify(), 1);
  // The log is append-only for the application; someone who drops the guard and edits a row is found.
  EXPECT_THROW(db_->execute("DELETE FROM audit_event WHERE id = 3", {}), std::exception);
  db_->execute_script(db_->dialect() == "sqlite" ? "DROP TRIGGER audit_event_no_delete"
                                                 : "DROP TRIGGER audit_event_no_delete ON audit_event");
  db_->execute("DELETE FROM audit_event WHERE id = 3", {});
  EXPECT_EQ(installation.audit.verify(), 4);
}

TEST_F(AppTest, AKeyFileOthersCanReadIsRefused) {
  auto path = (dir_ / "open-keys").string();
  security::load_or_create_keyring(path);
  fs::permissions(path, fs::perms::others_read, fs::perm_options::add);
  EXPECT_THROW(security::load_or_create_keyring(path), std::runtime_error);
}

TEST_F(AppTest, DemoParticipationsAreSeed000sTableExactly) {
  SystemClock clock;
  Installation installation(*db_, security::load_or_create_keyring((dir_ / "keys").string()), clock);
  create_demo(installation, *db_, "demo password 123");
  // Alingsås residents, participations started 2017-01-01 to 2020-03-14, by insats and gender.
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> table;
  for (const auto& r :
       db_->query("SELECT i.name, sum(CASE WHEN p.gender = 'woman' THEN 1 ELSE 0 END), "
                  "sum(CASE WHEN p.gender = 'man' THEN 1 ELSE 0 END) FROM participation p JOIN insats i ON i.id = "
                  "p.insats_id JOIN person pe ON pe.id = p.person_id WHERE pe.kommun_code = '1489' AND p.started_on "
                  "BETWEEN '2017-01-01' AND '2020-03-14' GROUP BY i.name",
                  {})) {
    table[storage::as_text(r[0])] = {storage::as_int(r[1]), storage::as_int(r[2])};
  }
  const std::map<std::string, std::pair<std::int64_t, std::int64_t>> seed{
      {"Aktiv Lerum", {90, 43}}, {"Balder/Activera", {29, 28}}, {"Individsamverkansteamet", {18, 8}},
      {"Utökat Aktiv", {7, 2}},  {"Grön rehab Nääs", {8, 1}},   {"Premiär", {2, 5}},
      {"Primus", {2, 2}},        {"På gång", {6, 2}},           {"Grön rehab Gunnebo", {1, 1}}};
  EXPECT_EQ(table, seed);
  // "83 individer" in the extensive insatser; some people took part in more than one insats.
  EXPECT_EQ(storage::as_int(db_->query("SELECT count(DISTINCT p.person_id) FROM participation p JOIN insats i ON "
                                       "i.id = p.insats_id JOIN person pe ON pe.id = p.person_id WHERE pe.kommun_code "
                                       "= '1489' AND p.started_on BETWEEN '2017-01-01' AND '2020-03-14' AND i.name IN "
                                       "('Balder/Activera', 'Individsamverkansteamet')",
                                       {})[0][0]),
            83);
  EXPECT_LT(storage::as_int(db_->query("SELECT count(DISTINCT p.person_id) FROM participation p JOIN person pe ON "
                                       "pe.id = p.person_id WHERE pe.kommun_code = '1489'",
                                       {})[0][0]),
            255);
  // About 100 attended open activities; the intensive insatser have queues of 8–12 months.
  EXPECT_EQ(storage::as_int(db_->query("SELECT sum(women + men) FROM attendance", {})[0][0]), 99);
  EXPECT_GE(storage::as_int(db_->query("SELECT count(*) FROM referral WHERE state IN ('received', 'queued') AND "
                                       "insats_id IN (SELECT id FROM insats WHERE name = 'Balder/Activera')",
                                       {})[0][0]),
            10);
  EXPECT_FALSE(installation.audit.verify());
}

TEST_F(AppTest, NoPersonnummerOfTheDemoIsStoredInPlainText) {
  SystemClock clock;
  auto keys = security::load_or_create_keyring((dir_ / "keys").string());
  Installation installation(*db_, keys, clock);
  create_demo(installation, *db_, "demo password 123");
  std::string bytes;  // the SQLite file as stored, or on PostgreSQL every value of every table
  if (!database_->postgres()) {
    db_->execute_script("PRAGMA wal_checkpoint(TRUNCATE)");
    for (auto suffix : {"", "-wal"}) {
      std::ifstream in(database_->sqlite_file().string() + suffix, std::ios::binary);
      bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  } else {
    for (const auto& table : storage::table_names(*db_)) {
      for (const auto& row : db_->query("SELECT * FROM " + table, {})) {
        for (const auto& v : row) {
          if (const auto* text = std::get_if<std::string>(&v)) bytes += *text + "\n";
          if (const auto* n = std::get_if<std::int64_t>(&v)) bytes += std::to_string(*n) + "\n";
        }
      }
    }
  }
  ASSERT_GT(bytes.size(), 100'000U);
  int checked = 0;
  for (const auto& r : db_->query("SELECT sealed_identity FROM person WHERE sealed_identity IS NOT NULL", {})) {
    auto identity = core::decode_identity(*installation.vault.open(storage::as_text(r[0])));
    ASSERT_TRUE(identity);
    const std::string& pnr = identity->personnummer;  // YYYYMMDDNNNC
    for (const std::string& form : {pnr, pnr.substr(2), pnr.substr(0, 8) + "-" + pnr.substr(8),
                                    pnr.substr(2, 6) + "-" + pnr.substr(8), identity->name}) {
      ASSERT_EQ(bytes.find(form), std::string::npos) << "found in plain text: " << form.substr(0, 4) << "…";
    }
    ++checked;
  }
  EXPECT_GT(checked, 500);
}

TEST_F(AppTest, RetentionRemovesIdentitiesPastTheLimitAndKeepsTheCounts) {
  SystemClock clock;
  Installation installation(*db_, security::load_or_create_keyring((dir_ / "keys").string()), clock);
  create_demo(installation, *db_, "demo password 123");
  auto count = [&](const char* sql) { return storage::as_int(db_->query(sql, {})[0][0]); };
  const auto participations = count("SELECT count(*) FROM participation");
  const auto persons = count("SELECT count(*) FROM person");
  const auto with_identity = count("SELECT count(*) FROM person WHERE sealed_identity IS NOT NULL");
  const core::Actor system{0, "retention", ""};
  auto dry = installation.retention.run(system, 1, clock.today(), true);
  ASSERT_TRUE(dry);
  EXPECT_GT(dry->removed, 200);  // everyone whose last participation ended before late 2024
  EXPECT_EQ(count("SELECT count(*) FROM person WHERE sealed_identity IS NOT NULL"), with_identity);
  // A run told to stop (the server shutting down) ends before the first förbund and removes nothing.
  EXPECT_EQ(run_retention_everywhere(installation, false, [] { return true; }), 0);
  EXPECT_EQ(count("SELECT count(*) FROM person WHERE sealed_identity IS NOT NULL"), with_identity);
  EXPECT_EQ(run_retention_everywhere(installation), dry->removed);
  EXPECT_EQ(count("SELECT count(*) FROM person WHERE identity_removed = 1"), dry->removed);
  // Removed for good: no birth date, no referral reason, and a key of its own that links to no personnummer.
  EXPECT_EQ(count("SELECT count(*) FROM person WHERE identity_removed = 1 AND (masked <> '' OR sealed_identity IS "
                  "NOT NULL)"),
            0);
  EXPECT_EQ(count("SELECT count(*) FROM referral r JOIN person pe ON pe.id = r.person_id WHERE pe.identity_removed = 1 "
                  "AND r.sealed_reason <> ''"),
            0);
  EXPECT_EQ(count("SELECT count(DISTINCT person_key) FROM person"), persons);
  // The pseudonymous statistics stay: every participation and every person row.
  EXPECT_EQ(count("SELECT count(*) FROM participation"), participations);
  EXPECT_EQ(count("SELECT count(*) FROM person"), persons);
  // Nobody still taking part or waiting lost their identity.
  EXPECT_EQ(
      count("SELECT count(*) FROM person pe WHERE pe.sealed_identity IS NULL AND (EXISTS (SELECT 1 FROM "
            "participation p WHERE p.person_id = pe.id AND p.ended_on IS NULL) OR EXISTS (SELECT 1 FROM referral r "
            "WHERE r.person_id = pe.id AND r.state IN ('received', 'queued')))"),
      0);
  EXPECT_EQ(count("SELECT count(*) FROM audit_event WHERE username = 'retention' AND action = 'delete'"), dry->removed);
  EXPECT_EQ(run_retention_everywhere(installation), 0);  // nothing left to do
  EXPECT_FALSE(installation.audit.verify());
}

}  // namespace
}  // namespace samordna::app
