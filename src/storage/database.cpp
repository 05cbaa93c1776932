#include "storage/database.hpp"

namespace samordna::storage {

std::int64_t as_int(const Value& v) {
  if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
  throw std::runtime_error("expected an integer column");
}

std::string as_text(const Value& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
  return {};
}

std::optional<std::string> as_optional_text(const Value& v) {
  if (std::holds_alternative<std::nullptr_t>(v)) return std::nullopt;
  return as_text(v);
}

Value optional_text(const std::optional<std::string>& s) { return s ? Value(*s) : Value(nullptr); }

}  // namespace samordna::storage
