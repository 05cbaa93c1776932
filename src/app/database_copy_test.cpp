// Copying an installation between databases: the demo from SQLite into another database (PostgreSQL in make
// test-postgres) and back, every table equal, the audit log whole, an occupied target refused untouched.
#include "app/database_copy.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "app/demo.hpp"
#include "app/installation.hpp"
#include "app/key_binding.hpp"
#include "platform/database/migrations.hpp"
#include "platform/database/sqlite_database.hpp"
#include "platform/database/testing/test_database.hpp"
#include "platform/security/keyring.hpp"
#include "platform/security/sodium_secrets.hpp"

namespace samordna::app {
namespace {

namespace fs = std::filesystem;

class FixedClock : public core::Clock {
 public:
  [[nodiscard]] core::CivilDate today() const override { return *core::CivilDate::parse("2026-12-01"); }
  [[nodiscard]] std::int64_t now_unix() const override { return std::int64_t(today().days_since_epoch()) * 86400; }
};

// A temporary folder of the test's own.
struct Folder {
  Folder() : path(fs::temp_directory_path() / ("samordna-copy-" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Folder() { fs::remove_all(path); }
  Folder(const Folder&) = delete;
  Folder& operator=(const Folder&) = delete;
  fs::path path;
};

class DatabaseCopyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    security::init_sodium();
    storage::migrate(source_);
    Installation installation(source_, open_keyring(source_, keys_), clock_);
    create_demo(installation, source_, "demo password 123");
  }
  Folder folder_;
  std::string keys_ = (folder_.path / "keys").string();
  storage::SqliteDatabase source_{(folder_.path / "source.db").string()};
  storage::testing::TestDatabase target_;  // SQLite, or PostgreSQL in make test-postgres
  FixedClock clock_;
};

TEST_F(DatabaseCopyTest, EveryTableArrivesEqualAndTheAuditLogVerifiesThere) {
  const auto copied = copy_database(source_, target_.db());
  ASSERT_EQ(copied.size(), copy_order().size());
  EXPECT_EQ(table_checksums(target_.db()), table_checksums(source_)) << "compared again after the copy";
  std::int64_t persons = 0, events = 0;
  for (const auto& t : copied) {
    if (t.table == "person") persons = t.rows;
    if (t.table == "audit_event") events = t.rows;
  }
  EXPECT_GT(persons, 500);
  EXPECT_GT(events, 100);
  Installation there(target_.db(), open_keyring(target_.db(), keys_, MissingKeys::refuse), clock_);
  EXPECT_FALSE(there.audit.verify());
  // New rows continue after the copied ids (PostgreSQL's identity columns were moved on).
  EXPECT_NO_THROW(target_.db().execute("INSERT INTO target_group (association_id, name) VALUES (1, 'Efter flytten')"));
}

TEST_F(DatabaseCopyTest, AndBackAgainToSQLite) {
  copy_database(source_, target_.db());
  storage::SqliteDatabase back((folder_.path / "back.db").string());
  storage::migrate(back);
  copy_database(target_.db(), back);
  EXPECT_EQ(table_checksums(back), table_checksums(source_));
}

TEST_F(DatabaseCopyTest, ATargetWithDataIsRefusedAndLeftAsItWas) {
  copy_database(source_, target_.db());
  const auto before = table_checksums(target_.db());
  EXPECT_THROW(copy_database(source_, target_.db()), CopyError);
  EXPECT_EQ(table_checksums(target_.db()), before);
}

TEST_F(DatabaseCopyTest, ATargetOfAnotherSchemaVersionIsRefused) {
  storage::SqliteDatabase empty((folder_.path / "unmigrated.db").string());
  EXPECT_THROW(copy_database(source_, empty), CopyError);
}

}  // namespace
}  // namespace samordna::app
