#include "platform/http/body_reader.hpp"

#include <charconv>

namespace samordna::http {
namespace {
const nlohmann::json kEmptyObject = nlohmann::json::object();
constexpr std::size_t kMaxText = 500;

// Control characters other than tab and line breaks (NUL, escape, DEL), and the bidirectional overrides and
// isolates (U+202A–U+202E, U+2066–U+2069) that make a text display differently from what it says.
bool has_forbidden_characters(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return true;
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      const auto d = static_cast<unsigned char>(text[i + 2]);
      if (d >= 0xAA && d <= 0xAE) return true;  // U+202A..U+202E
    }
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x81) {
      const auto d = static_cast<unsigned char>(text[i + 2]);
      if (d >= 0xA6 && d <= 0xA9) return true;  // U+2066..U+2069
    }
  }
  return false;
}
}  // namespace

const nlohmann::json* BodyReader::find(const std::string& name) const {
  if (!body_.is_object()) return nullptr;
  auto it = body_.find(name);
  if (it == body_.end() || it->is_null()) return nullptr;
  return &*it;
}

std::string BodyReader::text(const std::string& name, bool required) {
  const auto* v = find(name);
  if (!v || (v->is_string() && v->get_ref<const std::string&>().empty())) {
    if (required) errors_.add(field(name), "required");
    return {};
  }
  if (!v->is_string()) {
    errors_.add(field(name), "invalid");
    return {};
  }
  if (v->get_ref<const std::string&>().size() > kMaxText) {
    errors_.add(field(name), "too_long");
    return {};
  }
  if (has_forbidden_characters(v->get_ref<const std::string&>())) {
    errors_.add(field(name), "invalid");
    return {};
  }
  return v->get<std::string>();
}

std::optional<std::int64_t> BodyReader::integer(const std::string& name, bool required) {
  const auto* v = find(name);
  if (!v) {
    if (required) errors_.add(field(name), "required");
    return std::nullopt;
  }
  if (!v->is_number_integer()) {
    errors_.add(field(name), "invalid");
    return std::nullopt;
  }
  return v->get<std::int64_t>();
}

std::optional<core::Money> BodyReader::money(const std::string& name, bool required) {
  auto ore = integer(name, required);
  if (!ore) return std::nullopt;
  return core::Money::ore(*ore);
}

std::optional<core::CivilDate> BodyReader::date(const std::string& name, bool required) {
  const auto* v = find(name);
  if (!v || (v->is_string() && v->get_ref<const std::string&>().empty())) {
    if (required) errors_.add(field(name), "required");
    return std::nullopt;
  }
  auto d = v->is_string() ? core::CivilDate::parse(v->get_ref<const std::string&>()) : std::nullopt;
  if (!d) errors_.add(field(name), "invalid");
  return d;
}

std::optional<bool> BodyReader::boolean(const std::string& name, bool required) {
  const auto* v = find(name);
  if (!v) {
    if (required) errors_.add(field(name), "required");
    return std::nullopt;
  }
  if (!v->is_boolean()) {
    errors_.add(field(name), "invalid");
    return std::nullopt;
  }
  return v->get<bool>();
}

const nlohmann::json* BodyReader::array(const std::string& name) {
  const auto* v = find(name);
  if (v && !v->is_array()) {
    errors_.add(field(name), "invalid");
    return nullptr;
  }
  return v;
}

const nlohmann::json* BodyReader::object_value(const std::string& name) {
  const auto* v = find(name);
  if (v && !v->is_object()) {
    errors_.add(field(name), "invalid");
    return nullptr;
  }
  return v;
}

std::vector<std::string> BodyReader::text_list(const std::string& name) {
  std::vector<std::string> out;
  const auto* list = array(name);
  if (!list) return out;
  for (const auto& item : *list) {
    if (!item.is_string() || item.get_ref<const std::string&>().size() > kMaxText ||
        has_forbidden_characters(item.get_ref<const std::string&>())) {
      errors_.add(field(name), "invalid");
      return {};
    }
    out.push_back(item.get<std::string>());
  }
  return out;
}

BodyReader BodyReader::object(const std::string& name) {
  const auto* v = find(name);
  if (v && !v->is_object()) errors_.add(field(name), "invalid");
  return BodyReader(v && v->is_object() ? *v : kEmptyObject, errors_, prefix_ + name + ".");
}

std::optional<std::int64_t> positive_integer(const std::string& text) {
  std::int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

}  // namespace samordna::http
