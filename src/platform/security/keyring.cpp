#include "platform/security/keyring.hpp"

#include <sodium.h>
#include <sys/stat.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace samordna::security {
namespace {
constexpr std::size_t kKeyBytes = 32;
constexpr std::string_view kAuditPrefix = "audit=";
constexpr std::string_view kPseudonymPrefix = "pseudonym=";
constexpr std::string_view kIdentityPrefix = "identity=";

std::string random_key() {
  std::string key(kKeyBytes, '\0');
  randombytes_buf(key.data(), key.size());
  return key;
}

std::string to_hex(const std::string& raw) {
  std::string hex(raw.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
  hex.pop_back();
  return hex;
}

std::string from_hex(const std::string& hex, const std::string& path) {
  std::string raw(kKeyBytes, '\0');
  std::size_t length = 0;
  if (hex.size() != kKeyBytes * 2 ||
      sodium_hex2bin(reinterpret_cast<unsigned char*>(raw.data()), raw.size(), hex.data(), hex.size(), nullptr, &length,
                     nullptr) != 0 ||
      length != kKeyBytes) {
    throw std::runtime_error("key file " + path + " holds a malformed key");
  }
  return raw;
}
}  // namespace

std::string default_key_file(const std::string& db_path) { return db_path + ".keys"; }

Keyring load_keyring(const std::string& path) {
  if (!std::filesystem::exists(path)) throw std::runtime_error("key file " + path + " does not exist");
  std::ifstream probe(path);
  int found = 0;
  for (std::string line; std::getline(probe, line);) {
    for (auto prefix : {kAuditPrefix, kPseudonymPrefix, kIdentityPrefix}) {
      if (line.rfind(prefix, 0) == 0) ++found;
    }
  }
  if (found < 3) throw std::runtime_error("key file " + path + " lacks a key");
  return load_or_create_keyring(path);  // reads it; every key is there, so nothing is added
}

std::string keyring_fingerprint(const Keyring& keys) {
  return keyed_digest(keys.audit_key, "samordna keyring fingerprint 1|" + keyed_digest(keys.pseudonym_key, "fp") + "|" +
                                          keyed_digest(keys.identity_key, "fp"));
}

Keyring load_or_create_keyring(const std::string& path) {
  const mode_t old = ::umask(077);
  if (!std::filesystem::exists(path)) {
    std::ofstream out(path, std::ios::trunc);
    out << "# Samordna keys. Keep outside the database's backups; never share.\n";
  }
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    ::umask(old);
    throw std::runtime_error("cannot read key file " + path);
  }
  if ((info.st_mode & 077) != 0) {
    ::umask(old);
    throw std::runtime_error("key file " + path + " must not be readable by others (chmod 600)");
  }
  Keyring keys;
  {
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
      for (auto [prefix, key] :
           {std::pair{kAuditPrefix, &keys.audit_key}, std::pair{kPseudonymPrefix, &keys.pseudonym_key},
            std::pair{kIdentityPrefix, &keys.identity_key}}) {
        if (line.rfind(prefix, 0) == 0) *key = from_hex(line.substr(prefix.size()), path);
      }
    }
  }
  std::ofstream append(path, std::ios::app);
  for (auto [prefix, key] : {std::pair{kAuditPrefix, &keys.audit_key}, std::pair{kPseudonymPrefix, &keys.pseudonym_key},
                             std::pair{kIdentityPrefix, &keys.identity_key}}) {
    if (key->empty()) {
      *key = random_key();
      append << prefix << to_hex(*key) << "\n";
    }
  }
  ::umask(old);
  if (!append) throw std::runtime_error("cannot write key file " + path);
  return keys;
}

std::string keyed_digest(const std::string& key, const std::string& text) {
  std::array<unsigned char, 32> hash{};
  crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                     reinterpret_cast<const unsigned char*>(key.data()), key.size());
  return to_hex(std::string(reinterpret_cast<const char*>(hash.data()), hash.size()));
}

}  // namespace samordna::security
