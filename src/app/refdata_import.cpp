#include "app/refdata_import.hpp"

#include <fstream>
#include <set>
#include <sstream>

#include "kernel/area_code.hpp"
#include "membership/storage/association_store.hpp"

namespace samordna::app {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

template <class T>
std::vector<T> parse(const std::string& path, core::Parsed<T> (*parser)(std::string_view), ImportReport& report) {
  if (path.empty()) return {};
  auto parsed = parser(read_file(path));
  if (auto* problems = std::get_if<std::vector<core::RowProblem>>(&parsed)) {
    for (auto& p : *problems) report.problems.push_back({path, p});
    return {};
  }
  return std::get<std::vector<T>>(std::move(parsed));
}

}  // namespace

ImportReport import_reference_data(storage::Database& db, const ImportFiles& files) {
  ImportReport report;
  auto regions = parse<core::Region>(files.regions, core::parse_regions, report);
  auto municipalities = parse<core::Municipality>(files.municipalities, core::parse_municipalities, report);
  auto population = parse<core::Population>(files.population, core::parse_population, report);
  if (!report.problems.empty()) return report;

  storage::AssociationStore store(db);
  // References must resolve against what is imported now or already known.
  auto region_codes = store.known_region_codes();
  std::set<std::string> known_regions(region_codes.begin(), region_codes.end());
  for (const auto& r : regions) known_regions.insert(r.code);
  auto kommun_codes = store.known_kommun_codes();
  std::set<std::string> known_kommuner(kommun_codes.begin(), kommun_codes.end());
  for (const auto& m : municipalities) known_kommuner.insert(m.code);
  for (std::size_t i = 0; i < municipalities.size(); ++i) {
    if (!known_regions.count(municipalities[i].region_code)) {
      report.problems.push_back({files.municipalities, {int(i) + 2, "lanskod", "unknown_lan"}});
    }
  }
  for (std::size_t i = 0; i < population.size(); ++i) {
    if (!known_kommuner.count(population[i].kommun_code)) {
      report.problems.push_back({files.population, {int(i) + 2, "kommunkod", "unknown_kommun"}});
    }
  }
  if (!report.problems.empty()) return report;
  store.import_reference_data(regions, municipalities, population);
  report.regions = regions.size();
  report.municipalities = municipalities.size();
  report.population = population.size();
  return report;
}

}  // namespace samordna::app
