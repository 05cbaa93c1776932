#pragma once
// Copies a whole installation from one database to another — SQLite to PostgreSQL when a förbund moves to a
// hosted installation, or back — in one transaction on the target, then proves the copy: every table's row
// count and checksum equal on both sides.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "platform/database/database.hpp"

namespace samordna::app {

// Every table of the schema in an order in which each row's references are copied before it (schema_migrations
// excepted: each database keeps its own).
const std::vector<std::string>& copy_order();

struct TableCopy {
  std::string table;
  std::int64_t rows = 0;
  std::string checksum;  // BLAKE2b of the rows in key order, the same on both sides
  bool operator==(const TableCopy&) const = default;
};

// Thrown, with the target left as it was (empty), when the target holds data or the copy does not match.
struct CopyError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Copies every table of `from` (migrated to the latest schema) into `to`, which must be migrated and empty.
std::vector<TableCopy> copy_database(storage::Database& from, storage::Database& to);

// Counts and checksums of every table, as copy_database compares them.
std::vector<TableCopy> table_checksums(storage::Database& db);

}  // namespace samordna::app
