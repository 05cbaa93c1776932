#pragma once
// What every import of a sheet does before its rows mean anything: read the header, settle the column mapping
// (the caller's, else the saved one when the file has its columns, else a guess), refuse a file without
// headers or with too many rows, and list the problems found, the file's own always and the rows' up to a
// bound, in row order.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "history_import/domain/imported_participation.hpp"
#include "history_import/ports.hpp"
#include "kernel/civil_date.hpp"

namespace samordna::core {

struct ImportReport {
  std::vector<std::string> header;
  ColumnMapping mapping;  // the one used
  int rows = 0;           // data rows read
  int to_import = 0;      // new participations or insatser (imported, when `imported`)
  int with_consent = 0;   // participations: of those, registered persons
  int budget_years = 0;   // insatser: the budget years the new insatser bring
  int already_imported = 0;
  int problem_count = 0;
  std::vector<ImportProblem> problems;  // the first kMaxListedProblems, in row order
  bool imported = false;
};

constexpr std::size_t kMaxListedProblems = 500;
// Rows of one file at most (file too_many_rows: split it); what the import remembers per row stays bounded.
constexpr int kMaxImportRows = 250'000;

// Adds what was found to the report (the rows' first problems, the file's always) and empties `found`.
void note_problems(ImportReport& report, std::vector<ImportProblem>& found);

using SheetRowExamination = std::function<void(int row, const std::vector<std::string>& cells,
                                               const ColumnIndex& columns, std::vector<ImportProblem>& problems)>;

// Reads the sheet into `report` (header, mapping, rows, problems), calling `examine` for each data row. The
// mapping is saved when the caller chose it and the file has its columns. A file that cannot be read is an
// error (field "file"); everything else is in the report.
Result<void> read_sheet(ImportKind kind, std::int64_t association_id, const RowSource& rows,
                        const std::optional<ColumnMapping>& requested, ImportRepository& imports, CivilDate today,
                        int max_rows, ImportReport& report, const SheetRowExamination& examine);

}  // namespace samordna::core
