#pragma once
// For store tests: a real database migrated to the latest schema exactly as the installation does. By default a
// SQLite file in a fresh temporary folder (removed with everything in it when the object goes); when
// SAMORDNA_TEST_POSTGRES holds a connection URI (make test-postgres), a fresh schema of that PostgreSQL
// database, dropped when the object goes.
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <system_error>

#include <unistd.h>

#include "platform/database/migrations.hpp"
#include "platform/database/postgres_database.hpp"
#include "platform/database/sqlite_database.hpp"

namespace samordna::storage::testing {

class TestDatabase {
 public:
  TestDatabase() {
    if (const char* uri = std::getenv("SAMORDNA_TEST_POSTGRES"); uri && *uri) {
      static std::atomic<int> counter{0};
      schema_ = "t" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
      PostgresOptions admin{uri};
      PostgresDatabase(admin).execute_script("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " + schema_);
      options_ = admin;
      options_.search_path = schema_;
      db_ = std::make_unique<PostgresDatabase>(options_);
    } else {
      folder_ = make_folder();
      db_ = std::make_unique<SqliteDatabase>((folder_ / "samordna.db").string());
    }
    migrate(*db_);
  }
  ~TestDatabase() {
    db_.reset();
    std::error_code ignored;
    if (!folder_.empty()) std::filesystem::remove_all(folder_, ignored);
    if (!schema_.empty()) {
      try {
        PostgresDatabase(PostgresOptions{options_.conninfo}).execute_script("DROP SCHEMA " + schema_ + " CASCADE");
      } catch (const std::exception&) {  // the schema stays; its name says which test run left it
      }
    }
  }
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  Database& db() { return *db_; }
  [[nodiscard]] bool postgres() const { return !schema_.empty(); }
  // How to connect to this database's schema (PostgreSQL only).
  [[nodiscard]] const PostgresOptions& postgres_options() const { return options_; }
  // The SQLite file (empty on PostgreSQL).
  [[nodiscard]] std::filesystem::path sqlite_file() const { return postgres() ? "" : folder_ / "samordna.db"; }
  // A second connection to the same database, as another server process would have (close it before this
  // object goes).
  [[nodiscard]] std::unique_ptr<Database> another_connection() const {
    if (postgres()) return std::make_unique<PostgresDatabase>(options_);
    return std::make_unique<SqliteDatabase>((folder_ / "samordna.db").string());
  }

  // Runs one statement and returns the first column of its first row as a number (count(*) and the like).
  std::int64_t scalar(std::string_view sql, const std::vector<Value>& params = {}) {
    return as_int(db_->query(sql, params).at(0).at(0));
  }

 private:
  static std::filesystem::path make_folder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "samordna-store-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create " + pattern);
    return pattern;
  }

  std::filesystem::path folder_;
  std::string schema_;
  PostgresOptions options_;
  std::unique_ptr<Database> db_;
};

}  // namespace samordna::storage::testing
