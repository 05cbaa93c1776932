#pragma once
// The installation's secret keys, kept in a file outside the database (mode 0600), created with random
// keys on first use. The audit key makes the audit log's hash chain keyed (BLAKE2b with a key), so someone
// who can write the database but not read the key file cannot forge a consistent chain. Back the key file
// up separately from the database; losing it means the chain can no longer be verified.
#include <string>

namespace samordna::security {

struct Keyring {
  std::string audit_key;      // 32 raw bytes: the audit chain's keyed hash
  std::string pseudonym_key;  // 32 raw bytes: the keyed hash (HMAC-SHA-256) that pseudonymises personnummer
  std::string identity_key;   // 32 raw bytes: XSalsa20-Poly1305 (secretbox) for identities and personal texts
};

// Reads the key file, or creates it when it does not exist; keys missing from an older file are added. Throws
// std::runtime_error naming the file when it cannot be read, has the wrong form, or can be read by others than its
// owner.
Keyring load_or_create_keyring(const std::string& path);

// Reads an existing key file (no keys are added); throws std::runtime_error naming the file when it is missing,
// cannot be read, has the wrong form or lacks a key.
Keyring load_keyring(const std::string& path);

// A one-way fingerprint of the three keys (64 hex digits), kept in the database so that a key file that does not
// belong to it is noticed before anything is read or written with it.
std::string keyring_fingerprint(const Keyring& keys);

// Keyed BLAKE2b-256 of `text`, as 64 hex digits.
std::string keyed_digest(const std::string& key, const std::string& text);

// The key file that goes with a database when none is configured: "<db>.keys".
std::string default_key_file(const std::string& db_path);

}  // namespace samordna::security
