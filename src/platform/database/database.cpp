#include "platform/database/database.hpp"

#include <algorithm>

namespace samordna::storage {

std::vector<std::string> table_names(Database& db) {
  const char* sql = db.dialect() == "sqlite"
                        ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                        : "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()";
  std::vector<std::string> names;
  for (const auto& row : db.query(sql, {})) names.push_back(as_text(row[0]));
  std::sort(names.begin(), names.end());
  return names;
}

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

std::optional<std::int64_t> as_optional_int(const Value& v) {
  if (std::holds_alternative<std::nullptr_t>(v)) return std::nullopt;
  return as_int(v);
}

Value optional_int(const std::optional<std::int64_t>& i) { return i ? Value(*i) : Value(nullptr); }

core::CivilDate as_date(const Value& v) {
  auto d = core::CivilDate::parse(as_text(v));
  if (!d) throw std::runtime_error("bad date in database: " + as_text(v));
  return *d;
}

std::optional<core::CivilDate> as_optional_date(const Value& v) {
  if (std::holds_alternative<std::nullptr_t>(v)) return std::nullopt;
  return as_date(v);
}

Value optional_date(const std::optional<core::CivilDate>& d) { return d ? Value(d->iso()) : Value(nullptr); }

}  // namespace samordna::storage
