#pragma once
// JSON written straight into one string, for the answers read most (lists of rows): no tree of nlohmann::json
// values built, copied and torn down, which cost more than the database read behind a list of members.
// Valid UTF-8 is escaped exactly as nlohmann::json's dump() escapes it (UTF-8 kept, `"`, `\` and control
// characters escaped). Where dump() would throw and fail the answer, each byte that does not begin a valid UTF-8
// sequence becomes one U+FFFD (so a sequence cut short after two bytes gives two). Keys come out in the order
// written, not sorted as nlohmann's objects are. Misuse (a value where a key belongs, an unclosed container) is a
// programming error, checked by assertions in debug builds.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/civil_date.hpp"

namespace samordna::http {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);

  JsonWriter& string(std::string_view text);
  JsonWriter& number(std::int64_t n);
  JsonWriter& boolean(bool b);
  JsonWriter& null();
  JsonWriter& date(core::CivilDate d);  // "YYYY-MM-DD"

  // null when absent
  JsonWriter& string_or_null(const std::optional<std::string>& text);
  JsonWriter& number_or_null(const std::optional<std::int64_t>& n);
  JsonWriter& date_or_null(const std::optional<core::CivilDate>& d);

  // The text written so far; complete once every container is closed.
  const std::string& text() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void before_value();
  JsonWriter& open_container(bool object);
  JsonWriter& close_container(bool object);
  std::string out_;
  struct Open {
    bool object;  // else an array
    bool filled;  // something is already in it, so the next item needs a comma
  };
  std::vector<Open> open_;
  bool after_key_ = false;
};

// `text` as a JSON string, quotes included, appended to `out`.
void append_json_string(std::string& out, std::string_view text);

}  // namespace samordna::http
