#include "follow_up/storage/kept_facts_text.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace samordna::storage {
namespace {

constexpr std::size_t kFields = 20;
// Dates outside 1900–2199 are not a fact's (and keep CivilDate's arithmetic in range).
constexpr std::int64_t kFirstDay = -25567;
constexpr std::int64_t kLastDay = 83988;

void escape_into(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
}

std::optional<std::string> unescaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\') {
      out += text[i];
      continue;
    }
    if (++i == text.size()) return std::nullopt;
    switch (text[i]) {
      case '\\': out += '\\'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      default: return std::nullopt;
    }
  }
  return out;
}

// Texts numbered in the order they first appear.
class TextTable {
 public:
  std::size_t number(const std::string& text) {
    auto [it, added] = numbers_.try_emplace(text, texts_.size());
    if (added) texts_.push_back(&it->first);
    return it->second;
  }
  [[nodiscard]] const std::vector<const std::string*>& texts() const { return texts_; }

 private:
  std::unordered_map<std::string, std::size_t> numbers_;
  std::vector<const std::string*> texts_;
};

void field(std::string& out, std::int64_t value) { out += std::to_string(value); }
void field(std::string& out, const std::optional<core::CivilDate>& date) {
  if (date) field(out, date->days_since_epoch());
}

// Reads the text line by line and field by field.
class Reader {
 public:
  explicit Reader(std::string_view text) : rest_(text) {}

  std::optional<std::string_view> line() {
    const auto end = rest_.find('\n');
    if (end == std::string_view::npos) return std::nullopt;
    auto out = rest_.substr(0, end);
    rest_.remove_prefix(end + 1);
    return out;
  }
  // "name N" → N, when the next line is that.
  std::optional<std::size_t> count(std::string_view name) {
    auto text = line();
    if (!text || text->substr(0, name.size()) != name || text->size() <= name.size() + 1 ||
        (*text)[name.size()] != ' ') {
      return std::nullopt;
    }
    auto n = integer(text->substr(name.size() + 1));
    // Each item is at least one line: a count beyond what is left is not believed (nor reserved for).
    if (!n || *n < 0 || std::size_t(*n) > rest_.size()) return std::nullopt;
    return std::size_t(*n);
  }
  [[nodiscard]] bool at_end() const { return rest_.empty(); }

  static std::optional<std::int64_t> integer(std::string_view text) {
    std::int64_t value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || text.empty()) return std::nullopt;
    return value;
  }

 private:
  std::string_view rest_;
};

// A fact line's fields in order, read in one pass: each an integer or empty, separated by tabs, exactly kFields of
// them. Anything else clears `ok`, and what is read after that is not used.
class Fields {
 public:
  Fields(std::string_view line, const std::vector<std::string>& texts)
      : at_(line.data()), end_(line.data() + line.size()), texts_(texts) {}

  std::optional<std::int64_t> optional_integer(std::int64_t least, std::int64_t most) {
    if (!ok_ || (index_++ > 0 && !skip_tab())) return fail();
    if (at_ == end_ || *at_ == '\t') return std::nullopt;
    std::int64_t value = 0;
    auto [ptr, ec] = std::from_chars(at_, end_, value);
    if (ec != std::errc() || (ptr != end_ && *ptr != '\t') || value < least || value > most) return fail();
    at_ = ptr;
    return value;
  }
  std::int64_t integer(std::int64_t least, std::int64_t most) {
    auto v = optional_integer(least, most);
    if (!v) ok_ = false;
    return v.value_or(least);
  }
  bool flag() { return integer(0, 1) == 1; }
  std::string text() {
    const auto n = integer(0, std::int64_t(texts_.size()) - 1);
    return ok_ ? texts_[std::size_t(n)] : std::string();
  }
  std::optional<core::CivilDate> optional_date() {
    auto days = optional_integer(kFirstDay, kLastDay);
    if (!days) return std::nullopt;
    return core::CivilDate::from_days(int(*days));
  }
  core::CivilDate date() { return core::CivilDate::from_days(int(integer(kFirstDay, kLastDay))); }
  // Every field read, and nothing after the last.
  [[nodiscard]] bool whole() const { return ok_ && at_ == end_ && index_ == kFields; }

 private:
  bool skip_tab() {
    if (at_ == end_ || *at_ != '\t') return false;
    ++at_;
    return true;
  }
  std::nullopt_t fail() {
    ok_ = false;
    return std::nullopt;
  }
  const char* at_;
  const char* end_;
  const std::vector<std::string>& texts_;
  std::size_t index_ = 0;
  bool ok_ = true;
};

std::optional<core::Fact> fact_of(std::string_view line, const std::vector<std::string>& texts) {
  Fields in(line, texts);
  core::Fact f;
  f.kind = core::FactKind(in.integer(0, 2));
  f.insats_id = in.integer(0, INT64_MAX);
  f.insats_name = in.text();
  f.insats_kind = in.text();
  f.extensive = in.flag();
  f.gender = in.text();
  f.kommun = in.text();
  f.referrer = in.text();
  f.target_group = in.text();
  f.age_band = in.text();
  f.reason = in.text();
  f.on = in.date();
  f.ended_on = in.optional_date();
  f.decided_on = in.optional_date();
  f.person = in.text();
  f.weight = int(in.integer(0, INT32_MAX));
  f.returned = in.flag();
  if (auto wait = in.optional_integer(INT32_MIN, INT32_MAX)) f.wait_days = int(*wait);
  f.work_or_studies_after = in.flag();
  f.left_support = in.flag();
  if (!in.whole()) return std::nullopt;
  return f;
}

}  // namespace

std::string encode_kept_facts(const core::FactSet& set) {
  TextTable table;
  std::string facts;
  facts.reserve(set.facts.size() * 64);
  for (const auto& f : set.facts) {
    const std::array<std::int64_t, kFields> numbers{std::int64_t(f.kind),
                                                    f.insats_id,
                                                    std::int64_t(table.number(f.insats_name)),
                                                    std::int64_t(table.number(f.insats_kind)),
                                                    f.extensive,
                                                    std::int64_t(table.number(f.gender)),
                                                    std::int64_t(table.number(f.kommun)),
                                                    std::int64_t(table.number(f.referrer)),
                                                    std::int64_t(table.number(f.target_group)),
                                                    std::int64_t(table.number(f.age_band)),
                                                    std::int64_t(table.number(f.reason)),
                                                    f.on.days_since_epoch(),
                                                    0,
                                                    0,
                                                    std::int64_t(table.number(f.person)),
                                                    f.weight,
                                                    f.returned,
                                                    0,
                                                    f.work_or_studies_after,
                                                    f.left_support};
    for (std::size_t i = 0; i < kFields; ++i) {
      if (i > 0) facts += '\t';
      if (i == 12) {
        field(facts, f.ended_on);
      } else if (i == 13) {
        field(facts, f.decided_on);
      } else if (i == 17) {
        if (f.wait_days) field(facts, *f.wait_days);
      } else {
        field(facts, numbers[i]);
      }
    }
    facts += '\n';
  }
  std::string out(kKeptFactsHeader);
  out += "\ntexts " + std::to_string(table.texts().size()) + "\n";
  for (const auto* text : table.texts()) {
    escape_into(out, *text);
    out += '\n';
  }
  out += "facts " + std::to_string(set.facts.size()) + "\n";
  out += facts;
  out += "budgets " + std::to_string(set.budgets.size()) + "\n";
  for (const auto& [key, money] : set.budgets) {
    out += std::to_string(key.first) + '\t' + std::to_string(key.second) + '\t' + std::to_string(money.in_ore()) + '\n';
  }
  return out;
}

std::optional<core::FactSet> decode_kept_facts(std::string_view text) {
  Reader in(text);
  if (in.line() != kKeptFactsHeader) return std::nullopt;
  auto text_count = in.count("texts");
  if (!text_count) return std::nullopt;
  std::vector<std::string> texts;
  texts.reserve(*text_count);
  for (std::size_t i = 0; i < *text_count; ++i) {
    auto line = in.line();
    if (!line) return std::nullopt;
    auto t = unescaped(*line);
    if (!t) return std::nullopt;
    texts.push_back(std::move(*t));
  }
  core::FactSet set;
  auto fact_count = in.count("facts");
  if (!fact_count) return std::nullopt;
  set.facts.reserve(*fact_count);
  for (std::size_t i = 0; i < *fact_count; ++i) {
    auto line = in.line();
    if (!line) return std::nullopt;
    auto f = fact_of(*line, texts);
    if (!f) return std::nullopt;
    set.facts.push_back(std::move(*f));
  }
  auto budget_count = in.count("budgets");
  if (!budget_count) return std::nullopt;
  for (std::size_t i = 0; i < *budget_count; ++i) {
    auto line = in.line();
    if (!line) return std::nullopt;
    const auto a = line->find('\t');
    const auto b = a == std::string_view::npos ? a : line->find('\t', a + 1);
    if (b == std::string_view::npos) return std::nullopt;
    auto insats = Reader::integer(line->substr(0, a));
    auto year = Reader::integer(line->substr(a + 1, b - a - 1));
    auto ore = Reader::integer(line->substr(b + 1));
    if (!insats || !year || !ore || *year < 1900 || *year > 2199) return std::nullopt;
    if (!set.budgets.emplace(std::pair{*insats, int(*year)}, core::Money::ore(*ore)).second) return std::nullopt;
  }
  if (!in.at_end()) return std::nullopt;
  return set;
}

}  // namespace samordna::storage
