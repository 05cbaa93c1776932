#include "follow_up/domain/statistics.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "membership/domain/membership.hpp"
#include "participants/domain/queue.hpp"

namespace samordna::core {
namespace {

template <class E>
std::optional<E> parse_named(std::string_view text, const std::vector<E>& all) {
  for (auto v : all) {
    if (to_string(v) == text) return v;
  }
  return std::nullopt;
}

struct Accum {
  std::int64_t count = 0;
  std::unordered_set<std::uint32_t> persons;  // by their number in the builder (see PivotBuilder::State)
  std::vector<int> waits;
  std::int64_t cost = 0;  // öre, the sum of the participations' unit costs
  std::int64_t work_or_studies = 0;
  std::int64_t left_support = 0;
  std::uint64_t key = 0;  // the cell key: the sum of the distinct records' keys (wrapping)
};

CivilDate measure_date(const Fact& f, Measure m, CivilDate from) {
  switch (m) {
    case Measure::ended:
    case Measure::in_work_or_studies:
    case Measure::left_support:
    case Measure::in_work_or_studies_share:
    case Measure::left_support_share: return *f.ended_on;
    case Measure::returned_referrals: return *f.decided_on;
    case Measure::active_persons: return std::max(f.on, from);
    default: return f.on;
  }
}

bool counts_for(const Fact& f, Measure m, CivilDate from, CivilDate to) {
  auto in = [&](std::optional<CivilDate> d) { return d && from <= *d && *d <= to; };
  switch (m) {
    case Measure::participations:
    case Measure::unique_persons:
    case Measure::cost_per_participation:
    case Measure::cost_per_person: return f.kind == FactKind::participation && in(f.on);
    case Measure::active_persons:
      return f.kind == FactKind::participation && f.on <= to && (!f.ended_on || from <= *f.ended_on);
    case Measure::median_wait_days:
    case Measure::p90_wait_days: return f.kind == FactKind::participation && in(f.on) && f.wait_days;
    case Measure::ended:
    case Measure::in_work_or_studies_share:
    case Measure::left_support_share: return f.kind == FactKind::participation && in(f.ended_on);
    case Measure::in_work_or_studies:
      return f.kind == FactKind::participation && in(f.ended_on) && f.work_or_studies_after;
    case Measure::left_support: return f.kind == FactKind::participation && in(f.ended_on) && f.left_support;
    case Measure::referrals: return f.kind == FactKind::referral && in(f.on);
    case Measure::returned_referrals: return f.kind == FactKind::referral && f.returned && in(f.decided_on);
    case Measure::attendance: return f.kind == FactKind::attendance && in(f.on);
  }
  return false;
}

std::string key_of(const Fact& f, Dimension d, Measure m, CivilDate from) {
  const CivilDate day = measure_date(f, m, from);
  switch (d) {
    case Dimension::none: return "total";
    case Dimension::association: return f.association;
    case Dimension::insats: return f.insats_name;
    case Dimension::insats_kind: return f.insats_kind;
    case Dimension::intensity: return f.extensive ? "extensive" : "light";
    case Dimension::gender: return f.gender;
    case Dimension::kommun: return f.kommun;
    case Dimension::referrer: return f.referrer;
    case Dimension::target_group: return f.target_group;
    case Dimension::age_band: return f.age_band;
    case Dimension::reason: return f.reason;
    case Dimension::year: return std::to_string(day.year());
    case Dimension::quarter: return std::to_string(day.year()) + "-Q" + std::to_string((day.month() - 1) / 3 + 1);
    case Dimension::month: return day.iso().substr(0, 7);
  }
  return "";
}

std::optional<std::int64_t> value_of(const Accum& a, Measure m) {
  switch (m) {
    case Measure::unique_persons:
    case Measure::active_persons: return std::int64_t(a.persons.size());
    case Measure::median_wait_days: {
      auto w = wait_stats(a.waits);
      return w.median ? std::optional<std::int64_t>(*w.median) : std::nullopt;
    }
    case Measure::p90_wait_days: {
      auto w = wait_stats(a.waits);
      return w.p90 ? std::optional<std::int64_t>(*w.p90) : std::nullopt;
    }
    case Measure::in_work_or_studies_share:
      return a.count == 0 ? std::nullopt
                          : std::optional<std::int64_t>((a.work_or_studies * 200 + a.count) / (a.count * 2));
    case Measure::left_support_share:
      return a.count == 0 ? std::nullopt
                          : std::optional<std::int64_t>((a.left_support * 200 + a.count) / (a.count * 2));
    case Measure::cost_per_participation:
      return a.count == 0 ? std::nullopt : std::optional<std::int64_t>((a.cost + a.count / 2) / a.count);
    case Measure::cost_per_person: {
      const auto n = std::int64_t(a.persons.size());
      return n == 0 ? std::nullopt : std::optional<std::int64_t>((a.cost + n / 2) / n);
    }
    default: return a.count;
  }
}

// The people behind a figure: attendance counts people without knowing who they are; the rest are persons.
std::int64_t people(const Accum& a, Measure m) {
  return m == Measure::attendance ? a.count : std::int64_t(a.persons.size());
}

void add_fact(Accum& a, const Fact& f, std::uint32_t person, std::uint64_t key, std::int64_t unit_cost) {
  a.count += f.weight;
  if (a.persons.insert(person).second) a.key += key;
  if (f.wait_days) a.waits.push_back(*f.wait_days);
  a.cost += unit_cost;
  if (f.work_or_studies_after) ++a.work_or_studies;
  if (f.left_support) ++a.left_support;
}

// Orders keys: known orders for gender and age bands, otherwise as text (periods sort by text too).
void order_keys(std::vector<std::string>& keys, Dimension d) {
  static const std::vector<std::string> kGender{"woman", "man"};
  static const std::vector<std::string> kAges{"16-19", "20-24", "25-29", "30-39", "40-49", "50-64", "65+", "unknown"};
  const std::vector<std::string>* known = d == Dimension::gender     ? &kGender
                                          : d == Dimension::age_band ? &kAges
                                                                     : nullptr;
  std::sort(keys.begin(), keys.end(), [&](const std::string& a, const std::string& b) {
    if (known != nullptr) {
      auto ia = std::find(known->begin(), known->end(), a) - known->begin();
      auto ib = std::find(known->begin(), known->end(), b) - known->begin();
      if (ia != ib) return ia < ib;
    }
    return a < b;
  });
}

// Each participation's share of its insats's budget for the period: the budget of the years the period
// covers (pro rata by days) divided by the insats's participations started in the period.
std::map<std::int64_t, std::int64_t> unit_costs(const std::vector<Fact>& facts, const PivotRequest& r,
                                                const std::map<std::pair<std::int64_t, int>, Money>& budgets) {
  std::map<std::int64_t, std::int64_t> started;
  for (const auto& f : facts) {
    if (counts_for(f, Measure::participations, r.from, r.to)) ++started[f.insats_id];
  }
  std::map<std::int64_t, std::int64_t> out;
  for (const auto& [insats, n] : started) {
    __extension__ using Wide = __int128;
    Wide cost = 0;
    for (int year = r.from.year(); year <= r.to.year(); ++year) {
      auto it = budgets.find({insats, year});
      if (it == budgets.end()) continue;
      const CivilDate first = std::max(r.from, *CivilDate::from_ymd(year, 1, 1));
      const CivilDate last = std::min(r.to, *CivilDate::from_ymd(year, 12, 31));
      const int days = days_between(first, last) + 1;
      const int in_year = days_between(*CivilDate::from_ymd(year, 1, 1), *CivilDate::from_ymd(year, 12, 31)) + 1;
      cost += Wide(it->second.in_ore()) * days / in_year;
    }
    out[insats] = static_cast<std::int64_t>(cost / n);
  }
  return out;
}

bool is_period(Dimension d) { return d == Dimension::year || d == Dimension::quarter || d == Dimension::month; }

// A time series shows every period of the request, those without facts too.
void add_every_period(std::vector<std::string>& keys, Dimension d, CivilDate from, CivilDate to) {
  if (!is_period(d) || to < from) return;
  std::set<std::string> have(keys.begin(), keys.end());
  for (int year = from.year(), month = from.month(); year < to.year() || (year == to.year() && month <= to.month());) {
    Fact f;
    f.on = *CivilDate::from_ymd(year, month, 1);
    if (auto key = key_of(f, d, Measure::attendance, from); have.insert(key).second) keys.push_back(key);
    if (++month > 12) {
      month = 1;
      ++year;
    }
  }
}

}  // namespace

std::string_view to_string(Dimension d) {
  switch (d) {
    case Dimension::none: return "none";
    case Dimension::association: return "association";
    case Dimension::insats: return "insats";
    case Dimension::insats_kind: return "insats_kind";
    case Dimension::intensity: return "intensity";
    case Dimension::gender: return "gender";
    case Dimension::kommun: return "kommun";
    case Dimension::referrer: return "referrer";
    case Dimension::target_group: return "target_group";
    case Dimension::age_band: return "age_band";
    case Dimension::reason: return "reason";
    case Dimension::year: return "year";
    case Dimension::quarter: return "quarter";
    case Dimension::month: return "month";
  }
  return "none";
}

const std::vector<Dimension>& all_dimensions() {
  static const std::vector<Dimension> all{
      Dimension::none,   Dimension::association, Dimension::insats,   Dimension::insats_kind,  Dimension::intensity,
      Dimension::gender, Dimension::kommun,      Dimension::referrer, Dimension::target_group, Dimension::age_band,
      Dimension::reason, Dimension::year,        Dimension::quarter,  Dimension::month};
  return all;
}

std::optional<Dimension> parse_dimension(std::string_view text) { return parse_named(text, all_dimensions()); }

std::string_view to_string(Measure m) {
  switch (m) {
    case Measure::participations: return "participations";
    case Measure::unique_persons: return "unique_persons";
    case Measure::active_persons: return "active_persons";
    case Measure::ended: return "ended";
    case Measure::in_work_or_studies: return "in_work_or_studies";
    case Measure::left_support: return "left_support";
    case Measure::in_work_or_studies_share: return "in_work_or_studies_share";
    case Measure::left_support_share: return "left_support_share";
    case Measure::referrals: return "referrals";
    case Measure::returned_referrals: return "returned_referrals";
    case Measure::attendance: return "attendance";
    case Measure::median_wait_days: return "median_wait_days";
    case Measure::p90_wait_days: return "p90_wait_days";
    case Measure::cost_per_participation: return "cost_per_participation";
    case Measure::cost_per_person: return "cost_per_person";
  }
  return "participations";
}

const std::vector<Measure>& all_measures() {
  static const std::vector<Measure> all{Measure::participations,
                                        Measure::unique_persons,
                                        Measure::active_persons,
                                        Measure::ended,
                                        Measure::in_work_or_studies,
                                        Measure::left_support,
                                        Measure::in_work_or_studies_share,
                                        Measure::left_support_share,
                                        Measure::referrals,
                                        Measure::returned_referrals,
                                        Measure::attendance,
                                        Measure::median_wait_days,
                                        Measure::p90_wait_days,
                                        Measure::cost_per_participation,
                                        Measure::cost_per_person};
  return all;
}

std::optional<Measure> parse_measure(std::string_view text) { return parse_named(text, all_measures()); }

bool is_additive(Measure m) {
  return m != Measure::unique_persons && m != Measure::active_persons && !is_percent(m) &&
         m != Measure::median_wait_days && m != Measure::p90_wait_days && m != Measure::cost_per_participation &&
         m != Measure::cost_per_person;
}

bool is_percent(Measure m) { return m == Measure::in_work_or_studies_share || m == Measure::left_support_share; }

bool is_money(Measure m) { return m == Measure::cost_per_participation || m == Measure::cost_per_person; }

std::string age_band(int age) {
  if (age < 16) return "unknown";
  if (age <= 19) return "16-19";
  if (age <= 24) return "20-24";
  if (age <= 29) return "25-29";
  if (age <= 39) return "30-39";
  if (age <= 49) return "40-49";
  if (age <= 64) return "50-64";
  return "65+";
}

Result<void> validate_pivot(const PivotRequest& r) {
  FieldErrors errors;
  if (r.to < r.from) errors.add("to", "before_from");
  if (r.rows != Dimension::none && r.rows == r.columns) errors.add("columns", "same_as_rows");
  return errors.result();
}

struct PivotBuilder::State {
  // Each person's key once; the accumulators hold numbers (national scale: a quarter of a million keys).
  std::unordered_map<std::string, std::uint32_t> people;
  std::vector<std::uint64_t> record_keys;  // by the person's number
  std::map<std::string, std::map<std::string, Accum>> cells;
  std::map<std::string, Accum> by_row;
  std::map<std::string, Accum> by_column;
  Accum all;
};

PivotBuilder::PivotBuilder(PivotRequest request, const RecordKeys* keys)
    : request_(std::move(request)), keys_(keys), state_(std::make_unique<State>()) {}
PivotBuilder::~PivotBuilder() = default;

void PivotBuilder::add(const std::vector<Fact>& facts, const std::map<std::pair<std::int64_t, int>, Money>& budgets) {
  const auto& r = request_;
  const bool costs = is_money(r.measure);
  const auto units = costs ? unit_costs(facts, r, budgets) : std::map<std::int64_t, std::int64_t>{};
  auto& s = *state_;
  for (const auto& f : facts) {
    if (!counts_for(f, r.measure, r.from, r.to)) continue;
    bool keep = true;
    for (const auto& [dimension, value] : r.filters) keep = keep && key_of(f, dimension, r.measure, r.from) == value;
    if (!keep) continue;
    const auto row = key_of(f, r.rows, r.measure, r.from);
    const auto column = key_of(f, r.columns, r.measure, r.from);
    const std::int64_t unit = costs ? units.at(f.insats_id) : 0;
    const auto [it, added] = s.people.try_emplace(f.person, std::uint32_t(s.people.size()));
    if (added) s.record_keys.push_back(keys_ != nullptr ? keys_->key(f.person) : 0);
    const auto person = it->second;
    const auto key = s.record_keys[person];
    add_fact(s.cells[row][column], f, person, key, unit);
    add_fact(s.by_row[row], f, person, key, unit);
    add_fact(s.by_column[column], f, person, key, unit);
    add_fact(s.all, f, person, key, unit);
  }
}

Pivot PivotBuilder::finish() const {
  const auto& r = request_;
  auto& s = *state_;
  Pivot p;
  for (const auto& [row, _] : s.by_row) p.rows.push_back(row);
  for (const auto& [column, _] : s.by_column) p.columns.push_back(column);
  add_every_period(p.rows, r.rows, r.from, r.to);
  add_every_period(p.columns, r.columns, r.from, r.to);
  order_keys(p.rows, r.rows);
  order_keys(p.columns, r.columns);
  // In a time series a period without facts counts zero (a count or a sum; a median or a share has no value).
  const bool counted = is_additive(r.measure) || r.measure == Measure::unique_persons ||
                       r.measure == Measure::active_persons;
  const bool zero_when_empty = counted && (is_period(r.rows) || is_period(r.columns));
  auto value_or_zero = [&](const Accum& a) {
    return a.count == 0 && zero_when_empty ? std::optional<std::int64_t>(0) : value_of(a, r.measure);
  };
  for (const auto& row : p.rows) {
    std::vector<std::optional<std::int64_t>> values;
    std::vector<std::int64_t> counts;
    std::vector<std::uint64_t> keys;
    const auto& cells = s.cells[row];
    for (const auto& column : p.columns) {
      auto it = cells.find(column);
      values.push_back(it == cells.end() ? (zero_when_empty ? std::optional<std::int64_t>(0) : std::nullopt)
                                         : value_or_zero(it->second));
      counts.push_back(it == cells.end() ? 0 : people(it->second, r.measure));
      keys.push_back(it == cells.end() ? 0 : it->second.key);
    }
    p.values.push_back(std::move(values));
    p.counts.push_back(std::move(counts));
    p.cell_keys.push_back(std::move(keys));
    p.row_totals.push_back(value_or_zero(s.by_row[row]));
    p.row_total_counts.push_back(people(s.by_row[row], r.measure));
    p.row_total_keys.push_back(s.by_row[row].key);
  }
  for (const auto& column : p.columns) {
    p.column_totals.push_back(value_or_zero(s.by_column[column]));
    p.column_total_counts.push_back(people(s.by_column[column], r.measure));
    p.column_total_keys.push_back(s.by_column[column].key);
  }
  p.total = s.all.count > 0 ? value_of(s.all, r.measure) : std::nullopt;
  p.total_count = people(s.all, r.measure);
  p.total_key = s.all.key;
  return p;
}

Pivot pivot(const std::vector<Fact>& facts, const PivotRequest& r,
            const std::map<std::pair<std::int64_t, int>, Money>& budgets, const RecordKeys* keys) {
  PivotBuilder builder(r, keys);
  builder.add(facts, budgets);
  return builder.finish();
}

}  // namespace samordna::core
