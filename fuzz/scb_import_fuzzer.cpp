// The SCB reference-data importers (regions, municipalities, population) and the CSV reader under them, on
// any bytes: they never crash, and either give rows or name the problems by line.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <variant>

#include "kernel/csv.hpp"
#include "membership/domain/refdata.hpp"

namespace {
template <class T>
void check(const samordna::core::Parsed<T>& parsed) {
  if (const auto* problems = std::get_if<std::vector<samordna::core::RowProblem>>(&parsed)) {
    if (problems->empty()) std::abort();  // a failure says why
    for (const auto& p : *problems) {
      if (p.code.empty() || p.line < 0) std::abort();
    }
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  int error_line = 0;
  (void)samordna::core::parse_csv(text, &error_line);
  check(samordna::core::parse_regions(text));
  check(samordna::core::parse_municipalities(text));
  check(samordna::core::parse_population(text));
  return 0;
}
