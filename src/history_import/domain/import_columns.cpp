#include "history_import/domain/import_columns.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace samordna::core {
namespace {

constexpr unsigned kParticipations = 1U << unsigned(ImportKind::participations);
constexpr unsigned kInsatser = 1U << unsigned(ImportKind::insatser);
constexpr unsigned kBudgets = 1U << unsigned(ImportKind::budgets);

struct Names {
  ImportField field;
  std::string_view name;
  std::vector<std::string_view> headers;  // folded
  unsigned kinds;                         // the sheets it belongs to
  unsigned required;                      // the sheets that cannot do without it
};

const std::array<Names, 19>& names() {
  static const std::array<Names, 19> all = {{
      {ImportField::personnummer,
       "personnummer",
       {"personnummer", "personnr", "pnr", "person number", "samordningsnummer"},
       kParticipations,
       kParticipations},
      {ImportField::name, "name", {"namn", "name", "för- och efternamn", "deltagare"}, kParticipations, 0},
      {ImportField::insats,
       "insats",
       {"insats", "insatsens namn", "projekt", "insatsnamn"},
       kParticipations | kInsatser,
       kParticipations | kInsatser},
      {ImportField::started_on,
       "startedOn",
       {"startdatum", "start", "inskriven", "inskrivningsdatum", "started on", "startedon"},
       kParticipations,
       kParticipations},
      {ImportField::ended_on,
       "endedOn",
       {"slutdatum", "avslutad", "avslutsdatum", "utskriven", "ended on", "endedon"},
       kParticipations,
       0},
      {ImportField::exit_reason,
       "exitReason",
       {"avslutsorsak", "orsak", "avslutsanledning", "exit reason", "exitreason"},
       kParticipations,
       0},
      {ImportField::kommun,
       "kommun",
       {"kommun", "hemkommun", "bostadskommun", "kommunkod", "municipality"},
       kParticipations,
       0},
      {ImportField::consent, "consent", {"samtycke", "samtycke uppföljning", "consent"}, kParticipations, 0},
      {ImportField::insats_kind, "kind", {"typ", "insatstyp", "typ av insats", "kind"}, kInsatser, 0},
      {ImportField::lead_party,
       "leadParty",
       {"huvudman", "huvudman (part)", "ansvarig part", "ägare", "lead party", "leadparty"},
       kInsatser,
       kInsatser},
      {ImportField::cooperating_parties,
       "cooperatingParties",
       {"samverkande parter", "samverkansparter", "medverkande parter", "parter", "cooperating parties"},
       kInsatser,
       0},
      {ImportField::kommuner, "kommuner", {"kommuner", "genomförs i", "kommun", "municipalities"}, kInsatser, 0},
      {ImportField::capacity, "capacity", {"platser", "antal platser", "kapacitet", "capacity"}, kInsatser, 0},
      {ImportField::starts_on,
       "startsOn",
       {"startdatum", "start", "från", "starts on", "startson"},
       kInsatser,
       kInsatser},
      {ImportField::ends_on, "endsOn", {"slutdatum", "slut", "till", "ends on", "endson"}, kInsatser, 0},
      {ImportField::budget_year,
       "budgetYear",
       {"år", "budgetår", "verksamhetsår", "year"},
       kInsatser | kBudgets,
       kBudgets},
      {ImportField::budget,
       "budget",
       {"budget", "budget (kr)", "budget kr", "beviljat", "beviljade medel", "beviljat (kr)", "total budget", "total",
        "budgetram", "medlemsavgifter", "summa"},
       kInsatser | kBudgets,
       kBudgets},
      {ImportField::member, "member", {"medlem", "part", "kommun", "medlemskommun", "member"}, kBudgets, 0},
      {ImportField::key_value,
       "keyValue",
       {"fördelningsvärde", "värde", "ohälsotal", "andel", "andel (%)", "andel %", "belopp", "belopp (kr)",
        "key value"},
       kBudgets,
       0},
  }};
  return all;
}

bool of_kind(const Names& n, ImportKind kind) { return (n.kinds & (1U << unsigned(kind))) != 0; }

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

std::string_view to_string(ImportKind kind) {
  switch (kind) {
    case ImportKind::participations: return "participations";
    case ImportKind::insatser: return "insatser";
    case ImportKind::budgets: return "budgets";
  }
  return "";
}

std::optional<ImportKind> parse_import_kind(std::string_view text) {
  for (auto kind : {ImportKind::participations, ImportKind::insatser, ImportKind::budgets}) {
    if (text == to_string(kind)) return kind;
  }
  return std::nullopt;
}

const std::vector<ImportField>& all_import_fields(ImportKind kind) {
  static const auto fields_of = [](ImportKind k) {
    std::vector<ImportField> out;
    for (const auto& n : names()) {
      if (of_kind(n, k)) out.push_back(n.field);
    }
    return out;
  };
  static const std::vector<ImportField> participations = fields_of(ImportKind::participations);
  static const std::vector<ImportField> insatser = fields_of(ImportKind::insatser);
  static const std::vector<ImportField> budgets = fields_of(ImportKind::budgets);
  switch (kind) {
    case ImportKind::insatser: return insatser;
    case ImportKind::budgets: return budgets;
    case ImportKind::participations: break;
  }
  return participations;
}

bool import_field_required(ImportKind kind, ImportField field) {
  for (const auto& n : names()) {
    if (n.field == field) return (n.required & (1U << unsigned(kind))) != 0;
  }
  return false;
}

ColumnMapping guess_mapping(ImportKind kind, const std::vector<std::string>& header) {
  ColumnMapping mapping;
  std::set<std::size_t> taken;
  for (const auto& n : names()) {
    if (!of_kind(n, kind)) continue;
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

Result<ColumnIndex> resolve_mapping(ImportKind kind, const ColumnMapping& mapping,
                                    const std::vector<std::string>& header) {
  FieldErrors errors;
  ColumnIndex index;
  std::map<std::size_t, ImportField> used;
  for (auto field : all_import_fields(kind)) {
    const auto key = "mapping." + std::string(to_string(field));
    const auto named = mapping.headers.find(field);
    if (named == mapping.headers.end() || named->second.empty()) {
      if (import_field_required(kind, field)) errors.add(key, "required");
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
