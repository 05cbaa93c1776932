#include "platform/database/migrations.hpp"

#include <algorithm>
#include <span>
#include <stdexcept>

#include "platform/embedded_file.hpp"

namespace samordna::storage::sqlite_migrations {
std::span<const EmbeddedFile> embedded_files();
}
namespace samordna::storage::postgres_migrations {
std::span<const EmbeddedFile> embedded_files();
}

namespace samordna::storage {
namespace {
struct Migration {
  int version;
  std::string name;
  std::string_view sql;
};

std::vector<Migration> migrations_for(std::string_view dialect) {
  std::vector<Migration> out;
  std::span<const EmbeddedFile> files;
  if (dialect == "sqlite") {
    files = sqlite_migrations::embedded_files();
  } else if (dialect == "postgresql") {
    files = postgres_migrations::embedded_files();
  } else {
    throw std::runtime_error("no migrations for dialect " + std::string(dialect));
  }
  for (const auto& file : files) {
    out.push_back({std::stoi(std::string(file.name.substr(0, 4))), std::string(file.name), file.content});
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.version < b.version; });
  return out;
}
}  // namespace

std::vector<AppliedMigration> migrate(Database& db) {
  db.execute_script(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
      "applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)");
  std::vector<AppliedMigration> applied;
  for (const auto& m : migrations_for(db.dialect())) {
    db.transaction([&] {
      if (!db.query("SELECT 1 FROM schema_migrations WHERE version = $1", {std::int64_t(m.version)}).empty()) return;
      db.execute_script(m.sql);
      db.execute("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", {std::int64_t(m.version), m.name});
      applied.push_back({m.version, m.name});
    });
  }
  return applied;
}

void drop_schema(Database& db) {
  if (db.dialect() != "postgresql") throw std::logic_error("drop_schema is for PostgreSQL: remove the SQLite file");
  db.transaction([&] {
    for (const auto& table : table_names(db)) db.execute_script("DROP TABLE IF EXISTS \"" + table + "\" CASCADE");
    // The trigger functions (the audit log's append-only guard, the statistics' counts) outlive their tables.
    for (const auto& row : db.query("SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                                    "p.pronamespace WHERE n.nspname = current_schema()",
                                    {})) {
      db.execute_script("DROP FUNCTION IF EXISTS " + as_text(row[0]) + " CASCADE");
    }
  });
}

int latest_migration_version(const Database& db) {
  auto all = migrations_for(db.dialect());
  return all.empty() ? 0 : all.back().version;
}

}  // namespace samordna::storage
