#pragma once
// The key file belongs to one database. A new database gets a new key file when it has none; a database that
// holds sealed, keyed or chained data never does: a missing key file, or one whose fingerprint differs from the
// one recorded in the database, stops the program before anything is read or written with the wrong keys
// (identities would be unreadable and the audit chain would seem broken).
#include <string>

#include "platform/database/database.hpp"
#include "platform/security/keyring.hpp"

namespace samordna::app {

// What `open_keyring` may do when the key file does not exist.
enum class MissingKeys {
  create_for_new_database,  // serve, demo and the other commands: only a database without keyed data
  refuse,                   // commands that only read, such as `audit verify`
};

// Loads the key file at `path` for `db`, records its fingerprint on first use, and throws std::runtime_error
// with what to do when the file is missing or does not match.
security::Keyring open_keyring(storage::Database& db, const std::string& path,
                               MissingKeys missing = MissingKeys::create_for_new_database);

// `samordna keys init`: creates the key file for a database that holds no keyed data yet; throws otherwise.
std::string init_keys(storage::Database& db, const std::string& path);

}  // namespace samordna::app
