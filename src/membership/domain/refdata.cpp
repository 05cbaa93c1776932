#include "membership/domain/refdata.hpp"

#include <algorithm>
#include <charconv>
#include <functional>
#include <set>

#include "kernel/area_code.hpp"
#include "kernel/csv.hpp"

namespace samordna::core {
namespace {

// Maps a row's fields by header name and records problems for the row's line.
class RowReader {
 public:
  RowReader(const CsvRow& row, const std::vector<std::size_t>& index, std::vector<RowProblem>& problems)
      : row_(row), index_(index), problems_(problems) {}

  std::string text(std::size_t column, std::string_view name) {
    const std::string& value = row_.fields[index_[column]];
    if (value.empty()) problem(name, "required");
    return value;
  }
  std::int64_t number(std::size_t column, std::string_view name, std::int64_t max) {
    const std::string& value = row_.fields[index_[column]];
    std::int64_t out = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (ec != std::errc() || ptr != value.data() + value.size() || out < 0 || out > max) {
      problem(name, "bad_number");
      return 0;
    }
    return out;
  }
  [[nodiscard]] std::size_t problem_count() const { return problems_.size(); }
  void problem(std::string_view column, std::string code) {
    problems_.push_back({row_.line, std::string(column), std::move(code)});
  }

 private:
  const CsvRow& row_;
  const std::vector<std::size_t>& index_;
  std::vector<RowProblem>& problems_;
};

template <class T>
Parsed<T> parse_table(std::string_view text, const std::vector<std::string_view>& columns,
                      const std::function<T(RowReader&)>& read, const std::function<std::string(const T&)>& key) {
  std::vector<RowProblem> problems;
  int bad_line = 0;
  auto table = parse_csv(text, &bad_line);
  if (!table) return std::vector<RowProblem>{{bad_line, "", "unclosed_quote"}};
  std::vector<std::size_t> index;
  for (auto column : columns) {
    auto it = std::find(table->header.begin(), table->header.end(), column);
    if (it == table->header.end()) {
      problems.push_back({1, std::string(column), "missing_column"});
    } else {
      index.push_back(std::size_t(it - table->header.begin()));
    }
  }
  if (!problems.empty()) return problems;
  std::vector<T> out;
  std::set<std::string> seen;
  for (const auto& row : table->rows) {
    if (row.fields.size() != table->header.size()) {
      problems.push_back({row.line, "", "wrong_column_count"});
      continue;
    }
    std::size_t before = problems.size();
    RowReader reader(row, index, problems);
    T value = read(reader);
    if (problems.size() != before) continue;
    if (!seen.insert(key(value)).second) {
      reader.problem("", "duplicate");
      continue;
    }
    out.push_back(std::move(value));
  }
  if (!problems.empty()) return problems;
  return out;
}

}  // namespace

Parsed<Region> parse_regions(std::string_view text) {
  return parse_table<Region>(
      text, {"lanskod", "lan", "lan_kortnamn"},
      [](RowReader& r) {
        Region region{r.text(0, "lanskod"), r.text(1, "lan"), r.text(2, "lan_kortnamn")};
        if (!region.code.empty() && !is_lan_code(region.code)) r.problem("lanskod", "bad_lan_code");
        return region;
      },
      [](const Region& r) { return r.code; });
}

Parsed<Municipality> parse_municipalities(std::string_view text) {
  return parse_table<Municipality>(
      text, {"kommunkod", "kommun", "kommun_officiellt_namn", "lanskod"},
      [](RowReader& r) {
        Municipality m{r.text(0, "kommunkod"), r.text(1, "kommun"), r.text(2, "kommun_officiellt_namn"),
                       r.text(3, "lanskod")};
        if (!m.code.empty() && !is_kommun_code(m.code)) r.problem("kommunkod", "bad_kommun_code");
        if (!m.region_code.empty() && !is_lan_code(m.region_code)) r.problem("lanskod", "bad_lan_code");
        if (is_kommun_code(m.code) && m.code.substr(0, 2) != m.region_code) r.problem("lanskod", "lan_mismatch");
        return m;
      },
      [](const Municipality& m) { return m.code; });
}

Parsed<Population> parse_population(std::string_view text) {
  constexpr std::int64_t kMaxPeople = 20'000'000;
  return parse_table<Population>(
      text,
      {"kommunkod", "ar", "folkmangd_totalt", "folkmangd_16_64", "folkmangd_16_64_man", "folkmangd_16_64_kvinnor",
       "folkmangd_0_15", "folkmangd_65_plus", "folkmangd_20_64"},
      [](RowReader& r) {
        Population p;
        std::size_t before = r.problem_count();
        p.kommun_code = r.text(0, "kommunkod");
        if (!p.kommun_code.empty() && !is_kommun_code(p.kommun_code)) r.problem("kommunkod", "bad_kommun_code");
        p.year = int(r.number(1, "ar", 9999));
        if (p.year != 0 && p.year < 1900) r.problem("ar", "bad_year");
        p.total = r.number(2, "folkmangd_totalt", kMaxPeople);
        p.age_16_64 = r.number(3, "folkmangd_16_64", kMaxPeople);
        p.age_16_64_men = r.number(4, "folkmangd_16_64_man", kMaxPeople);
        p.age_16_64_women = r.number(5, "folkmangd_16_64_kvinnor", kMaxPeople);
        p.age_0_15 = r.number(6, "folkmangd_0_15", kMaxPeople);
        p.age_65_plus = r.number(7, "folkmangd_65_plus", kMaxPeople);
        p.age_20_64 = r.number(8, "folkmangd_20_64", kMaxPeople);
        if (r.problem_count() != before) return p;
        if (p.age_16_64_men + p.age_16_64_women != p.age_16_64) r.problem("folkmangd_16_64", "sum_mismatch");
        if (p.age_0_15 + p.age_16_64 + p.age_65_plus != p.total) r.problem("folkmangd_totalt", "sum_mismatch");
        return p;
      },
      [](const Population& p) { return p.kommun_code + "/" + std::to_string(p.year); });
}

}  // namespace samordna::core
