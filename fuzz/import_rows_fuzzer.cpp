// The history import's row readers (a sheet of insatser with their budgets, a sheet of the förbund's budgets):
// any cells, under the headers förbund use, never crash, and what a reader accepts holds: a budget year in
// 1990–2100, amounts and split-key values not negative, an insats with a name. The bytes are lines of cells
// separated by ';' (the sheet parser itself is fuzz_sheet's).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "history_import/domain/imported_budget.hpp"
#include "history_import/domain/imported_insats.hpp"

namespace {

using namespace samordna::core;

std::vector<std::string> cells_of(std::string_view line) {
  std::vector<std::string> cells;
  std::size_t from = 0;
  for (;;) {
    const auto at = line.find(';', from);
    cells.emplace_back(line.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
    if (at == std::string_view::npos) return cells;
    from = at + 1;
  }
}

// The columns of a sheet of `kind` with `header`, as the import resolves them; the process stops if they do not
// resolve (the fuzzer's own headers are the ones förbund use).
ColumnIndex columns(ImportKind kind, const std::vector<std::string>& header) {
  auto resolved = resolve_mapping(kind, guess_mapping(kind, header), header);
  if (!resolved) std::abort();
  return *resolved;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const ColumnIndex budget_columns =
      columns(ImportKind::budgets, {"År", "Total budget", "Medlem", "Fördelningsvärde"});
  static const ColumnIndex insats_columns =
      columns(ImportKind::insatser, {"Insats", "Typ", "Huvudman", "Samverkande parter", "Kommuner", "Platser",
                                     "Startdatum", "Slutdatum", "År", "Budget"});
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::size_t from = 0;
  int row = 1;
  while (from <= bytes.size() && row < 1000) {
    auto at = bytes.find('\n', from);
    if (at == std::string_view::npos) at = bytes.size();
    const auto cells = cells_of(bytes.substr(from, at - from));
    from = at + 1;
    ++row;
    std::vector<ImportProblem> problems;
    if (auto budget = read_budget_row(row, cells, budget_columns, problems)) {
      if (budget->year < 1990 || budget->year > 2100) std::abort();
      if (budget->total && budget->total->in_ore() < 0) std::abort();
      if (budget->key_hundredths && *budget->key_hundredths < 0) std::abort();
      if (budget->member.empty() != !budget->key_hundredths) std::abort();
    } else if (problems.empty()) {
      std::abort();  // refused without saying why
    }
    problems.clear();
    if (auto insats = read_insats_row(row, cells, insats_columns, problems)) {
      if (insats->name.empty()) std::abort();
      if (insats->budget && insats->budget->in_ore() < 0) std::abort();
      if (insats->budget_year && (*insats->budget_year < 1990 || *insats->budget_year > 2100)) std::abort();
      if (insats->starts_on && insats->ends_on && *insats->ends_on < *insats->starts_on) std::abort();
    } else if (problems.empty()) {
      std::abort();
    }
    if (auto hundredths = parse_import_hundredths(bytes.substr(0, std::min<std::size_t>(size, 64)));
        hundredths && *hundredths < 0) {
      std::abort();
    }
  }
  return 0;
}
