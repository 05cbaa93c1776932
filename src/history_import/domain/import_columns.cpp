#include "history_import/domain/import_columns.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace samordna::core {
namespace {

struct Names {
  ImportField field;
  std::string_view name;
  std::vector<std::string_view> headers;  // folded
};

const std::array<Names, 8>& names() {
  static const std::array<Names, 8> all = {{
      {ImportField::personnummer,
       "personnummer",
       {"personnummer", "personnr", "pnr", "person number", "samordningsnummer"}},
      {ImportField::name, "name", {"namn", "name", "för- och efternamn", "deltagare"}},
      {ImportField::insats, "insats", {"insats", "insatsens namn", "projekt", "insatsnamn"}},
      {ImportField::started_on,
       "startedOn",
       {"startdatum", "start", "inskriven", "inskrivningsdatum", "started on", "startedon"}},
      {ImportField::ended_on, "endedOn", {"slutdatum", "avslutad", "avslutsdatum", "utskriven", "ended on", "endedon"}},
      {ImportField::exit_reason,
       "exitReason",
       {"avslutsorsak", "orsak", "avslutsanledning", "exit reason", "exitreason"}},
      {ImportField::kommun, "kommun", {"kommun", "hemkommun", "bostadskommun", "kommunkod", "municipality"}},
      {ImportField::consent, "consent", {"samtycke", "samtycke uppföljning", "consent"}},
  }};
  return all;
}

}  // namespace

std::string folded(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\xA0') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  // The Swedish capitals in UTF-8 (Å Ä Ö É) as their small letters.
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    if (out[i] == '\xC3' &&
        (out[i + 1] == '\x85' || out[i + 1] == '\x84' || out[i + 1] == '\x96' || out[i + 1] == '\x89')) {
      out[i + 1] = char(out[i + 1] + 0x20);
    }
  }
  return out;
}

std::string_view to_string(ImportField field) {
  for (const auto& n : names()) {
    if (n.field == field) return n.name;
  }
  return "";
}

std::optional<ImportField> parse_import_field(std::string_view text) {
  for (const auto& n : names()) {
    if (n.name == text) return n.field;
  }
  return std::nullopt;
}

const std::vector<ImportField>& all_import_fields() {
  static const std::vector<ImportField> all = [] {
    std::vector<ImportField> out;
    for (const auto& n : names()) out.push_back(n.field);
    return out;
  }();
  return all;
}

bool import_field_required(ImportField field) {
  return field == ImportField::personnummer || field == ImportField::insats || field == ImportField::started_on;
}

ColumnMapping guess_mapping(const std::vector<std::string>& header) {
  ColumnMapping mapping;
  std::set<std::size_t> taken;
  for (const auto& n : names()) {
    for (std::size_t i = 0; i < header.size(); ++i) {
      const auto h = folded(header[i]);
      if (taken.count(i) == 0 && std::find(n.headers.begin(), n.headers.end(), h) != n.headers.end()) {
        mapping.headers[n.field] = header[i];
        taken.insert(i);
        break;
      }
    }
  }
  return mapping;
}

Result<ColumnIndex> resolve_mapping(const ColumnMapping& mapping, const std::vector<std::string>& header) {
  FieldErrors errors;
  ColumnIndex index;
  std::map<std::size_t, ImportField> used;
  for (auto field : all_import_fields()) {
    const auto key = "mapping." + std::string(to_string(field));
    const auto named = mapping.headers.find(field);
    if (named == mapping.headers.end() || named->second.empty()) {
      if (import_field_required(field)) errors.add(key, "required");
      continue;
    }
    const auto wanted = folded(named->second);
    const auto at =
        std::find_if(header.begin(), header.end(), [&](const std::string& h) { return folded(h) == wanted; });
    if (at == header.end()) {
      errors.add(key, "missing_column");
      continue;
    }
    const auto column = std::size_t(at - header.begin());
    if (used.count(column) > 0) {
      errors.add(key, "duplicate");
      continue;
    }
    used[column] = field;
    index[field] = column;
  }
  if (!errors.empty()) return unexpected(errors.error());
  return index;
}

}  // namespace samordna::core
