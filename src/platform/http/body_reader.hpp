#pragma once
// Reads fields of a JSON request body and collects one field error per bad field (required, invalid), so a
// handler can refuse a request with every problem at once. Nested objects give dotted field names.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kernel/civil_date.hpp"
#include "kernel/error.hpp"
#include "kernel/money.hpp"

namespace samordna::http {

class BodyReader {
 public:
  BodyReader(const nlohmann::json& body, core::FieldErrors& errors, std::string prefix = "")
      : body_(body), errors_(errors), prefix_(std::move(prefix)) {}

  // Strings are trimmed of nothing; an empty required string is "required". Longer than 500 → too_long.
  std::string text(const std::string& name, bool required = true);
  std::optional<std::int64_t> integer(const std::string& name, bool required = true);
  std::optional<core::Money> money(const std::string& name, bool required = true);
  std::optional<core::CivilDate> date(const std::string& name, bool required = true);
  // true or false; an absent field is nullopt (or "required"); any other type, "true" or 1 included, is invalid.
  std::optional<bool> boolean(const std::string& name, bool required = false);
  // An array or an object as sent; absent is nullptr; any other type is invalid (and nullptr).
  const nlohmann::json* array(const std::string& name);
  const nlohmann::json* object_value(const std::string& name);
  // An array of strings; absent is empty; another type, or an item that is not a string, is invalid.
  std::vector<std::string> text_list(const std::string& name);
  // A nested object (an absent one reads as empty, so its required fields are reported).
  BodyReader object(const std::string& name);
  [[nodiscard]] const nlohmann::json* find(const std::string& name) const;  // absent or null: nullptr
  // Whether the body names the field at all (null included: "set to no one" differs from "not said").
  [[nodiscard]] bool has(const std::string& name) const { return body_.is_object() && body_.contains(name); }
  [[nodiscard]] std::string field(const std::string& name) const { return prefix_ + name; }
  core::FieldErrors& errors() { return errors_; }

 private:
  const nlohmann::json& body_;
  core::FieldErrors& errors_;
  std::string prefix_;
};

// Parses a path segment as a positive integer id or year.
std::optional<std::int64_t> positive_integer(const std::string& text);

}  // namespace samordna::http
