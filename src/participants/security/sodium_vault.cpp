#include "participants/security/sodium_vault.hpp"

#include <sodium.h>

#include <array>
#include <vector>

namespace samordna::security {
namespace {
const unsigned char* bytes(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.data()); }
}  // namespace

std::string SodiumVault::pseudonym(std::int64_t association_id, const std::string& personnummer) const {
  const std::string message = std::to_string(association_id) + ":" + personnummer;
  std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, bytes(pseudonym_key_), pseudonym_key_.size());
  crypto_auth_hmacsha256_update(&state, bytes(message), message.size());
  crypto_auth_hmacsha256_final(&state, mac.data());
  std::array<char, crypto_auth_hmacsha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), mac.data(), mac.size());
  return std::string(hex.data());
}

std::string SodiumVault::unlinked_pseudonym() const {
  std::array<unsigned char, crypto_auth_hmacsha256_BYTES> random{};
  randombytes_buf(random.data(), random.size());
  std::array<char, crypto_auth_hmacsha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), random.data(), random.size());
  return std::string(hex.data());
}

std::string SodiumVault::seal(const std::string& plaintext) const {
  std::vector<unsigned char> box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plaintext.size());
  randombytes_buf(box.data(), crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(box.data() + crypto_secretbox_NONCEBYTES, bytes(plaintext), plaintext.size(), box.data(),
                        bytes(identity_key_));
  std::string out(sodium_base64_ENCODED_LEN(box.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), box.data(), box.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::optional<std::string> SodiumVault::open(const std::string& sealed) const {
  std::vector<unsigned char> box(sealed.size());
  std::size_t length = 0;
  if (sodium_base642bin(box.data(), box.size(), sealed.data(), sealed.size(), nullptr, &length, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0 ||
      length < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) {
    return std::nullopt;
  }
  std::string plain(length - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                 box.data() + crypto_secretbox_NONCEBYTES, length - crypto_secretbox_NONCEBYTES,
                                 box.data(), bytes(identity_key_)) != 0) {
    return std::nullopt;
  }
  return plain;
}

}  // namespace samordna::security
