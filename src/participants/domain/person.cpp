#include "participants/domain/person.hpp"

namespace samordna::core {

std::string encode_identity(const Identity& identity) { return identity.personnummer + "\n" + identity.name; }

std::optional<Identity> decode_identity(const std::string& text) {
  auto newline = text.find('\n');
  if (newline == std::string::npos) return std::nullopt;
  return Identity{text.substr(0, newline), text.substr(newline + 1)};
}

std::optional<Identity> open_identity(const IdentityVault& vault, const Person& person) {
  if (!person.sealed_identity) return std::nullopt;
  auto text = vault.open(*person.sealed_identity);
  if (!text) return std::nullopt;
  return decode_identity(*text);
}

}  // namespace samordna::core
