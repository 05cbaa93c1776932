#include "history_import/domain/import_values.hpp"

#include <array>
#include <cctype>
#include <string>
#include <utility>

#include "history_import/domain/import_columns.hpp"

namespace samordna::core {
namespace {

std::optional<int> number(std::string_view digits) {
  if (digits.empty() || digits.size() > 4) return std::nullopt;
  int value = 0;
  for (char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (;;) {
    const auto at = text.find(separator, start);
    parts.push_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return parts;
    start = at + 1;
  }
}

}  // namespace

std::optional<CivilDate> parse_import_date(std::string_view text) {
  const auto trimmed = folded(text);
  std::string_view t = trimmed;
  if (const auto space = t.find(' '); space != std::string_view::npos) t = t.substr(0, space);  // "2019-03-04 00:00"
  if (t.size() == 8 && number(t.substr(0, 4)) && number(t.substr(4, 2)) && number(t.substr(6, 2))) {
    return CivilDate::from_ymd(*number(t.substr(0, 4)), *number(t.substr(4, 2)), *number(t.substr(6, 2)));
  }
  for (char separator : {'-', '/', '.'}) {
    auto parts = split(t, separator);
    if (parts.size() != 3) continue;
    auto a = number(parts[0]);
    auto b = number(parts[1]);
    auto c = number(parts[2]);
    if (!a || !b || !c) return std::nullopt;
    if (parts[0].size() == 4) return CivilDate::from_ymd(*a, *b, *c);                      // year first
    if (parts[2].size() == 4 && separator != '-') return CivilDate::from_ymd(*c, *b, *a);  // day first
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<ExitReason> parse_import_exit_reason(std::string_view text) {
  static const std::array<std::pair<std::string_view, ExitReason>, 26> names = {{
      {"genomförd", ExitReason::completed},
      {"genomförd insats", ExitReason::completed},
      {"fullföljd", ExitReason::completed},
      {"completed", ExitReason::completed},
      {"arbete", ExitReason::work},
      {"work", ExitReason::work},
      {"studier", ExitReason::studies},
      {"studies", ExitReason::studies},
      {"annan insats", ExitReason::other_insats},
      {"other insats", ExitReason::other_insats},
      {"flyttat", ExitReason::moved},
      {"flytt", ExitReason::moved},
      {"moved", ExitReason::moved},
      {"sjukdom", ExitReason::illness},
      {"illness", ExitReason::illness},
      {"avböjt", ExitReason::declined},
      {"avbrutit", ExitReason::declined},
      {"declined", ExitReason::declined},
      {"ingen kontakt", ExitReason::no_contact},
      {"no contact", ExitReason::no_contact},
      {"registrerad av misstag", ExitReason::registered_by_mistake},
      {"felregistrerad", ExitReason::registered_by_mistake},
      {"registered by mistake", ExitReason::registered_by_mistake},
      {"annat", ExitReason::other},
      {"annan orsak", ExitReason::other},
      {"other", ExitReason::other},
  }};
  const auto key = folded(text);
  for (const auto& [name, reason] : names) {
    if (name == key) return reason;
  }
  return parse_exit_reason(key);  // the codes themselves: other_insats, no_contact, …
}

std::optional<bool> parse_import_yes_no(std::string_view text) {
  const auto key = folded(text);
  if (key == "ja" || key == "j" || key == "yes" || key == "y" || key == "x" || key == "1" || key == "sant" ||
      key == "true") {
    return true;
  }
  if (key.empty() || key == "nej" || key == "n" || key == "no" || key == "0" || key == "falskt" || key == "false") {
    return false;
  }
  return std::nullopt;
}

std::string_view trimmed_cell(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string_view without_unit(std::string_view text, std::initializer_list<std::string_view> units) {
  auto number = trimmed_cell(text);
  for (auto unit : units) {
    if (number.size() > unit.size() && number.substr(number.size() - unit.size()) == unit) {
      return trimmed_cell(number.substr(0, number.size() - unit.size()));
    }
  }
  return number;
}

}  // namespace samordna::core
