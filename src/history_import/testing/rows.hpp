#pragma once
// A spreadsheet in memory for the import service tests: each line's cells separated by ';', the header first.
#include <string>
#include <utility>
#include <vector>

#include "history_import/ports.hpp"

namespace samordna::core::testing {

class Rows final : public RowSource {
 public:
  explicit Rows(std::vector<std::string> lines) : lines_(std::move(lines)) {}
  Result<void> read(const ImportRowVisitor& visit) const override {
    int number = 0;
    for (const auto& line : lines_) {
      std::vector<std::string> cells;
      std::size_t start = 0;
      for (;;) {
        auto at = line.find(';', start);
        cells.push_back(line.substr(start, at == std::string::npos ? std::string::npos : at - start));
        if (at == std::string::npos) break;
        start = at + 1;
      }
      if (!visit(++number, cells)) break;
    }
    return {};
  }

 private:
  std::vector<std::string> lines_;
};

}  // namespace samordna::core::testing
