// Disclosure control against combined requests (issue 11), as a property: for random microdata and random
// sequences of up to 50 pivot requests (measures, dimensions, filters, periods) by someone without exact figures,
// an attacker who solves the linear system the answers form
// - recovers hidden small counts exactly from per-request suppression (the control: the attack works), and
// - from the protected answers (suppression + cell-key perturbation) gets a derivation only as often as noise
//   happens to cancel, with no way to tell which;
// and no figure below the threshold is ever shown, the same records always give the same figure, and the same
// request always gives the same answer.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>
#include <set>

#include "follow_up/domain/statistics.hpp"
#include "follow_up/domain/suppression.hpp"

namespace samordna::core {
namespace {

constexpr int kThreshold = 5;

class SeededKeys final : public RecordKeys {
 public:
  explicit SeededKeys(std::uint64_t seed) : seed_(seed) {}
  [[nodiscard]] std::uint64_t key(std::string_view record) const override {
    std::uint64_t x = seed_ ^ std::hash<std::string_view>{}(record);
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27U)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31U);
  }

 private:
  std::uint64_t seed_;
};

const std::vector<std::string> kInsatser{"A", "B", "C", "D"};
const std::vector<std::string> kGenders{"woman", "man"};
const std::vector<std::string> kKommuner{"1489", "1441", "1440"};
const std::vector<std::string> kAges{"20-24", "30-39", "50-64"};
const std::vector<std::string> kReasons{"work", "studies", "other"};
const std::vector<Dimension> kDimensions{Dimension::none,     Dimension::insats, Dimension::gender, Dimension::kommun,
                                         Dimension::age_band, Dimension::reason, Dimension::year};
const std::vector<Measure> kMeasures{Measure::participations, Measure::unique_persons, Measure::ended};

CivilDate day(int days_since_2020) { return CivilDate::from_ymd(2020, 1, 1)->add_days(days_since_2020); }

template <class T>
const T& pick(std::mt19937_64& rng, const std::vector<T>& list) {
  return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(rng)];
}

// One person, one participation: counts of participations and of people coincide, so each record is one unknown.
std::vector<Fact> microdata(std::mt19937_64& rng) {
  std::vector<Fact> facts;
  const int people = std::uniform_int_distribution<int>(40, 140)(rng);
  for (int i = 0; i < people; ++i) {
    Fact f;
    f.insats_id = 1;
    f.insats_name = pick(rng, kInsatser);
    f.insats_kind = "individual";
    f.gender = pick(rng, kGenders);
    f.kommun = pick(rng, kKommuner);
    f.referrer = "none";
    f.target_group = "none";
    f.age_band = pick(rng, kAges);
    f.on = day(std::uniform_int_distribution<int>(0, 3 * 365)(rng));
    if (rng() % 3 != 0) {
      f.ended_on = f.on.add_days(std::uniform_int_distribution<int>(20, 500)(rng));
      f.reason = pick(rng, kReasons);
    }
    f.person = "person:" + std::to_string(i);
    facts.push_back(f);
  }
  return facts;
}

PivotRequest random_request(std::mt19937_64& rng, const std::vector<Fact>& facts) {
  PivotRequest r;
  r.measure = pick(rng, kMeasures);
  r.rows = pick(rng, kDimensions);
  do {
    r.columns = pick(rng, kDimensions);
  } while (r.columns == r.rows && r.rows != Dimension::none);
  const int a = std::uniform_int_distribution<int>(0, 4 * 365)(rng);
  const int b = std::uniform_int_distribution<int>(0, 4 * 365)(rng);
  r.from = day(std::min(a, b));
  r.to = day(std::max(a, b));
  for (int n = std::uniform_int_distribution<int>(0, 2)(rng); n > 0; --n) {
    const Fact& f = facts[rng() % facts.size()];
    switch (rng() % 4) {
      case 0: r.filters[Dimension::insats] = f.insats_name; break;
      case 1: r.filters[Dimension::gender] = f.gender; break;
      case 2: r.filters[Dimension::kommun] = f.kommun; break;
      default: r.filters[Dimension::age_band] = f.age_band; break;
    }
  }
  return r;
}

// The test's own reading of which records a request counts, and in which row and column.
std::optional<std::string> key_for(const Fact& f, Dimension d, CivilDate on) {
  switch (d) {
    case Dimension::none: return "total";
    case Dimension::insats: return f.insats_name;
    case Dimension::gender: return f.gender;
    case Dimension::kommun: return f.kommun;
    case Dimension::age_band: return f.age_band;
    case Dimension::reason: return f.reason;
    case Dimension::year: return std::to_string(on.year());
    default: return std::nullopt;
  }
}

// A published figure: the records behind it, its true count and what was shown (nullopt: hidden).
struct Figure {
  std::vector<int> records;
  std::int64_t truth = 0;
  std::optional<std::int64_t> shown;
};

std::vector<Figure> figures_of(const std::vector<Fact>& facts, const PivotRequest& r, const Pivot& exact,
                               const Pivot& shown) {
  std::map<std::pair<std::string, std::string>, std::vector<int>> cells;
  std::map<std::string, std::vector<int>> rows;
  std::map<std::string, std::vector<int>> columns;
  std::vector<int> all;
  for (int i = 0; i < static_cast<int>(facts.size()); ++i) {
    const Fact& f = facts[static_cast<std::size_t>(i)];
    const std::optional<CivilDate> on = r.measure == Measure::ended ? f.ended_on : std::optional<CivilDate>(f.on);
    if (!on || *on < r.from || r.to < *on) continue;
    bool keep = true;
    for (const auto& [d, value] : r.filters) keep = keep && key_for(f, d, *on) == value;
    if (!keep) continue;
    const auto row = *key_for(f, r.rows, *on);
    const auto column = *key_for(f, r.columns, *on);
    cells[{row, column}].push_back(i);
    rows[row].push_back(i);
    columns[column].push_back(i);
    all.push_back(i);
  }
  std::vector<Figure> out;
  auto add = [&](const std::vector<int>& records, const std::optional<std::int64_t>& truth,
                 const std::optional<std::int64_t>& value) {
    EXPECT_EQ(truth.value_or(0), static_cast<std::int64_t>(records.size()));  // the test reads as the engine
    if (!records.empty()) out.push_back({records, static_cast<std::int64_t>(records.size()), value});
  };
  for (std::size_t i = 0; i < exact.rows.size(); ++i) {
    for (std::size_t j = 0; j < exact.columns.size(); ++j) {
      add(cells[{exact.rows[i], exact.columns[j]}], exact.values[i][j], shown.values[i][j]);
    }
    add(rows[exact.rows[i]], exact.row_totals[i], shown.row_totals[i]);
  }
  for (std::size_t j = 0; j < exact.columns.size(); ++j)
    add(columns[exact.columns[j]], exact.column_totals[j], shown.column_totals[j]);
  add(all, exact.total, shown.total);
  return out;
}

// What an attacker learns by solving the linear system the shown figures form, taking them as exact: for each
// small target (a hidden figure, or a group of records no request tells apart, of 1..threshold-1 records) that
// the system determines, whether the derived value is the true one.
struct Attack {
  int determined = 0;
  int exact = 0;
};

Attack attack(const std::vector<Figure>& figures, std::size_t records) {
  // Atoms: records that fall in the same figures are indistinguishable; their number is the unknown.
  std::map<std::vector<int>, std::vector<int>> by_signature;
  {
    std::vector<std::vector<int>> signature(records);
    for (int f = 0; f < static_cast<int>(figures.size()); ++f) {
      for (int r : figures[static_cast<std::size_t>(f)].records) signature[static_cast<std::size_t>(r)].push_back(f);
    }
    for (std::size_t r = 0; r < records; ++r) {
      if (!signature[r].empty()) by_signature[signature[r]].push_back(static_cast<int>(r));
    }
  }
  std::vector<int> atom_of(records, -1);
  std::vector<std::int64_t> atom_size;
  for (const auto& [_, members] : by_signature) {
    for (int r : members) atom_of[static_cast<std::size_t>(r)] = static_cast<int>(atom_size.size());
    atom_size.push_back(static_cast<std::int64_t>(members.size()));
  }
  const std::size_t n = atom_size.size();
  auto indicator = [&](const Figure& f) {
    std::vector<double> row(n + 1, 0.0);
    for (int r : f.records) row[static_cast<std::size_t>(atom_of[static_cast<std::size_t>(r)])] = 1.0;
    return row;
  };
  // Row reduction of [A | y] over the shown figures.
  std::vector<std::vector<double>> basis;
  std::vector<std::size_t> pivots;
  auto reduce = [&](std::vector<double>& v) {
    for (std::size_t b = 0; b < basis.size(); ++b) {
      const double c = v[pivots[b]];
      if (std::abs(c) < 1e-9) continue;
      for (std::size_t k = 0; k <= n; ++k) v[k] -= c * basis[b][k];
    }
  };
  for (const auto& f : figures) {
    if (!f.shown) continue;
    auto row = indicator(f);
    row[n] = static_cast<double>(*f.shown);
    reduce(row);
    std::size_t p = 0;
    while (p < n && std::abs(row[p]) < 1e-9) ++p;
    if (p == n) continue;  // nothing new (or, with noise, a contradiction the attacker cannot resolve)
    const double scale = row[p];
    for (auto& x : row) x /= scale;
    for (auto& b : basis) {  // keep the basis reduced
      const double c = b[p];
      if (std::abs(c) < 1e-9) continue;
      for (std::size_t k = 0; k <= n; ++k) b[k] -= c * row[k];
    }
    basis.push_back(row);
    pivots.push_back(p);
  }
  Attack result;
  auto target = [&](std::vector<double> t, std::int64_t truth) {
    t[n] = 0.0;
    std::vector<double> v = t;
    double derived = 0.0;
    for (std::size_t b = 0; b < basis.size(); ++b) {
      const double c = v[pivots[b]];
      if (std::abs(c) < 1e-9) continue;
      for (std::size_t k = 0; k <= n; ++k) v[k] -= c * basis[b][k];
    }
    for (std::size_t k = 0; k < n; ++k) {
      if (std::abs(v[k]) > 1e-6) return;  // not determined by the shown figures
    }
    derived = -v[n];
    ++result.determined;
    if (std::llround(derived) == truth && std::abs(derived - std::round(derived)) < 1e-6) ++result.exact;
  };
  for (const auto& f : figures) {
    if (!f.shown && f.truth > 0 && f.truth < kThreshold) target(indicator(f), f.truth);
  }
  for (std::size_t a = 0; a < n; ++a) {
    if (atom_size[a] >= kThreshold) continue;
    std::vector<double> t(n + 1, 0.0);
    t[a] = 1.0;
    target(t, atom_size[a]);
  }
  return result;
}

TEST(DisclosureProperty, CombinedRequestsSolveNoHiddenSmallCount) {
  std::mt19937_64 rng(20261201);
  constexpr int kTrials = 30;
  int requests = 0;
  int figures_shown = 0;
  Attack control_total;
  Attack protected_total;
  for (int trial = 0; trial < kTrials; ++trial) {
    const auto facts = microdata(rng);
    const SeededKeys keys(rng());
    std::vector<Figure> control;
    std::vector<Figure> protected_figures;
    std::map<std::vector<int>, std::int64_t> by_records;  // the records behind a shown figure → its value
    const int count = std::uniform_int_distribution<int>(10, 50)(rng);
    for (int q = 0; q < count; ++q, ++requests) {
      const auto request = random_request(rng, facts);
      const Pivot exact = pivot(facts, request, {}, &keys);
      const Suppression hide = suppress(exact, kThreshold);
      const Pivot per_request = apply(exact, hide);                                  // the control
      const Pivot shown = apply(perturb(exact, request.measure, kThreshold), hide);  // what is published
      const Pivot again = apply(perturb(pivot(facts, request, {}, &keys), request.measure, kThreshold), hide);
      EXPECT_EQ(again.values, shown.values);
      EXPECT_EQ(again.row_totals, shown.row_totals);
      EXPECT_EQ(again.total, shown.total);
      for (auto& f : figures_of(facts, request, exact, per_request)) control.push_back(std::move(f));
      for (auto& f : figures_of(facts, request, exact, shown)) {
        if (f.shown) {
          ++figures_shown;
          EXPECT_GE(*f.shown, kThreshold) << "a figure below the threshold was shown";
          EXPECT_LE(std::abs(*f.shown - f.truth), kMaxNoise);
          auto [it, first] = by_records.try_emplace(f.records, *f.shown);
          EXPECT_EQ(it->second, *f.shown) << "the same records gave two figures";
        }
        protected_figures.push_back(std::move(f));
      }
    }
    const Attack c = attack(control, facts.size());
    EXPECT_EQ(c.exact, c.determined) << "the solver must be right on exact figures";
    control_total.determined += c.determined;
    control_total.exact += c.exact;
    const Attack p = attack(protected_figures, facts.size());
    protected_total.determined += p.determined;
    protected_total.exact += p.exact;
  }
  std::printf(
      "disclosure property: %d trials, %d requests, %d protected figures shown; small counts solved exactly from "
      "per-request suppression %d of %d determined; from protected figures %d of %d determined were right by "
      "chance\n",
      kTrials, requests, figures_shown, control_total.exact, control_total.determined, protected_total.exact,
      protected_total.determined);
  // The attack has power: per-request suppression gives small counts away.
  EXPECT_GT(control_total.exact, 20);
  // Against protected figures a derivation is right only when the noises cancel, and the attacker cannot tell
  // which: far from every time.
  ASSERT_GT(protected_total.determined, 20);
  EXPECT_LT(protected_total.exact * 2, protected_total.determined);
}

TEST(DisclosureProperty, ExactFiguresForThoseWithTheRightAreUntouched) {
  std::mt19937_64 rng(7);
  const auto facts = microdata(rng);
  const SeededKeys keys(1);
  const auto request = random_request(rng, facts);
  const Pivot plain = pivot(facts, request);
  const Pivot keyed = pivot(facts, request, {}, &keys);
  EXPECT_EQ(plain.values, keyed.values);
  EXPECT_EQ(plain.total, keyed.total);
}

}  // namespace
}  // namespace samordna::core
