#include "platform/http/json/json_writer.hpp"

#include <cassert>
#include <charconv>

namespace samordna::http {
namespace {

// Length of the UTF-8 sequence starting at `s[i]` (2–4), or 0 when it is not one (overlong, a surrogate, past
// U+10FFFF, cut short). Only called for bytes from 0x80.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  auto in = [](unsigned b, unsigned lo, unsigned hi) { return b >= lo && b <= hi; };
  unsigned lead = byte(0);
  if (in(lead, 0xC2, 0xDF)) return in(byte(1), 0x80, 0xBF) ? 2 : 0;
  if (in(lead, 0xE0, 0xEF)) {
    unsigned lo = lead == 0xE0 ? 0xA0 : 0x80;
    unsigned hi = lead == 0xED ? 0x9F : 0xBF;
    return in(byte(1), lo, hi) && in(byte(2), 0x80, 0xBF) ? 3 : 0;
  }
  if (in(lead, 0xF0, 0xF4)) {
    unsigned lo = lead == 0xF0 ? 0x90 : 0x80;
    unsigned hi = lead == 0xF4 ? 0x8F : 0xBF;
    return in(byte(1), lo, hi) && in(byte(2), 0x80, 0xBF) && in(byte(3), 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

bool plain(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  out.push_back('"');
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t run = i;
    while (run < text.size() && plain(static_cast<unsigned char>(text[run]))) ++run;
    out.append(text.data() + i, run - i);
    i = run;
    if (i == text.size()) break;
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      if (std::size_t n = utf8_sequence(text, i); n > 0) {
        out.append(text.data() + i, n);
        i += n;
      } else {
        out.append("\xEF\xBF\xBD");  // U+FFFD for a byte that does not start a UTF-8 sequence
        ++i;
      }
      continue;
    }
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\b': out.append("\\b"); break;
      case '\f': out.append("\\f"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default: {
        static constexpr char hex[] = "0123456789abcdef";
        out.append("\\u00");
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 0xF]);
      }
    }
    ++i;
  }
  out.push_back('"');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!open_.empty()) {
    assert(!open_.back().object);  // a value in an object needs its key first
    if (open_.back().filled) out_.push_back(',');
    open_.back().filled = true;
  }
}

JsonWriter& JsonWriter::open_container(bool object) {
  before_value();
  out_.push_back(object ? '{' : '[');
  open_.push_back({object, false});
  return *this;
}

JsonWriter& JsonWriter::close_container(bool object) {
  assert(!open_.empty() && open_.back().object == object && !after_key_);
  open_.pop_back();
  out_.push_back(object ? '}' : ']');
  return *this;
}

JsonWriter& JsonWriter::begin_object() { return open_container(true); }
JsonWriter& JsonWriter::end_object() { return close_container(true); }
JsonWriter& JsonWriter::begin_array() { return open_container(false); }
JsonWriter& JsonWriter::end_array() { return close_container(false); }

JsonWriter& JsonWriter::key(std::string_view name) {
  assert(!open_.empty() && open_.back().object && !after_key_);
  if (open_.back().filled) out_.push_back(',');
  open_.back().filled = true;
  append_json_string(out_, name);
  out_.push_back(':');
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  before_value();
  append_json_string(out_, text);
  return *this;
}

JsonWriter& JsonWriter::number(std::int64_t n) {
  before_value();
  char buffer[24];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, n);
  out_.append(buffer, end);
  return *this;
}

JsonWriter& JsonWriter::boolean(bool b) {
  before_value();
  out_.append(b ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_.append("null");
  return *this;
}

JsonWriter& JsonWriter::date(core::CivilDate d) { return string(d.iso()); }

JsonWriter& JsonWriter::string_or_null(const std::optional<std::string>& text) { return text ? string(*text) : null(); }

JsonWriter& JsonWriter::number_or_null(const std::optional<std::int64_t>& n) { return n ? number(*n) : null(); }

JsonWriter& JsonWriter::date_or_null(const std::optional<core::CivilDate>& d) { return d ? date(*d) : null(); }

}  // namespace samordna::http
