#pragma once
// For store tests: a real SQLite file in a fresh temporary folder, migrated to the latest schema exactly as
// the installation does (SqliteDatabase, then migrate). The folder and everything in it (the -wal and -shm
// files too) is removed when the object goes.
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <system_error>

#include "platform/database/migrations.hpp"
#include "platform/database/sqlite_database.hpp"

namespace samordna::storage::testing {

class SqliteFile {
 public:
  SqliteFile() : folder_(make_folder()) {
    db_ = std::make_unique<SqliteDatabase>((folder_ / "samordna.db").string());
    migrate(*db_);
  }
  ~SqliteFile() {
    db_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
  }
  SqliteFile(const SqliteFile&) = delete;
  SqliteFile& operator=(const SqliteFile&) = delete;

  Database& db() { return *db_; }
  // A second connection to the same file, as another server process would have (close it before this object goes).
  [[nodiscard]] std::unique_ptr<SqliteDatabase> another_connection() const {
    return std::make_unique<SqliteDatabase>((folder_ / "samordna.db").string());
  }
  [[nodiscard]] const std::filesystem::path& folder() const { return folder_; }

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
  std::unique_ptr<SqliteDatabase> db_;
};

}  // namespace samordna::storage::testing
