#pragma once
// `samordna refdata import`: reads SCB CSV files, validates every row and imports all or nothing.
#include <string>
#include <vector>

#include "membership/domain/refdata.hpp"
#include "platform/database/database.hpp"

namespace samordna::app {

struct ImportFiles {
  std::string regions;         // path or empty
  std::string municipalities;  // path or empty
  std::string population;      // path or empty
};

struct ImportProblem {
  std::string file;
  core::RowProblem problem;
};

struct ImportReport {
  std::size_t regions = 0;
  std::size_t municipalities = 0;
  std::size_t population = 0;
  std::vector<ImportProblem> problems;  // non-empty means nothing was imported
};

ImportReport import_reference_data(storage::Database& db, const ImportFiles& files);

}  // namespace samordna::app
