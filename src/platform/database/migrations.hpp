#pragma once
// Versioned schema migrations, compiled into the binary from migrations/<dialect>/NNNN_name.sql.
// Each runs once, in its own transaction, recorded in schema_migrations.
#include <string>
#include <vector>

#include "platform/database/database.hpp"

namespace samordna::storage {

struct AppliedMigration {
  int version = 0;
  std::string name;
};

// Applies every migration not yet applied; returns those it applied now.
std::vector<AppliedMigration> migrate(Database& db);
// PostgreSQL: drops every table of the schema and every function the migrations made, in one transaction, so that
// migrate() can make them anew (`demo --force`). An SQLite installation is its file: remove that instead.
void drop_schema(Database& db);
// The newest migration version compiled in for the database's dialect.
int latest_migration_version(const Database& db);

}  // namespace samordna::storage
