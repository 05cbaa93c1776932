#pragma once
// Reference data as published by SCB, in the column layouts documented in shared/data/SOURCES.md:
//   regions.csv         lanskod,lan,lan_kortnamn,antal_kommuner
//   municipalities.csv  kommunkod,kommun,kommun_officiellt_namn,lanskod,lan
//   population_*.csv    kommunkod,kommun,ar,folkmangd_totalt,folkmangd_16_64,folkmangd_16_64_man,
//                       folkmangd_16_64_kvinnor,folkmangd_0_15,folkmangd_65_plus,folkmangd_20_64
// Parsing is all-or-nothing: any bad row gives a list of problems with line numbers and no data.
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace samordna::core {

struct Region {
  std::string code;
  std::string name;
  std::string short_name;
};

struct Municipality {
  std::string code;
  std::string name;
  std::string official_name;
  std::string region_code;
};

struct Population {
  std::string kommun_code;
  int year = 0;
  std::int64_t total = 0;
  std::int64_t age_16_64 = 0;
  std::int64_t age_16_64_men = 0;
  std::int64_t age_16_64_women = 0;
  std::int64_t age_0_15 = 0;
  std::int64_t age_65_plus = 0;
  std::int64_t age_20_64 = 0;
};

struct RowProblem {
  int line = 0;
  std::string column;  // empty for whole-row problems
  std::string code;    // e.g. bad_kommun_code, bad_number, wrong_column_count, missing_column, duplicate
};

template <class T>
using Parsed = std::variant<std::vector<T>, std::vector<RowProblem>>;

Parsed<Region> parse_regions(std::string_view csv_text);
Parsed<Municipality> parse_municipalities(std::string_view csv_text);
Parsed<Population> parse_population(std::string_view csv_text);

}  // namespace samordna::core
