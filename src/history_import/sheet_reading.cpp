#include "history_import/sheet_reading.hpp"

#include "history_import/domain/import_values.hpp"
#include "kernel/personnummer.hpp"

namespace samordna::core {

void note_problems(ImportReport& report, std::vector<ImportProblem>& found) {
  report.problem_count += int(found.size());
  for (auto& p : found) {
    // The first problems of the rows, and always those of the file as a whole (there are few).
    if (report.problems.size() < kMaxListedProblems || p.row == 0) report.problems.push_back(std::move(p));
  }
  found.clear();
}

Result<void> read_sheet(ImportKind kind, std::int64_t association_id, const RowSource& rows,
                        const std::optional<ColumnMapping>& requested, ImportRepository& imports, CivilDate today,
                        int max_rows, ImportReport& report, const SheetRowExamination& examine) {
  std::optional<ColumnIndex> columns;
  bool header_seen = false;
  std::vector<ImportProblem> problems;
  auto read = rows.read([&](int row, const std::vector<std::string>& cells) {
    if (!header_seen) {
      header_seen = true;
      // A first row of data (a file without headers) would offer personnummer as column names, to be sent back
      // and saved as the mapping: it is refused, and none of it is echoed.
      for (const auto& cell : cells) {
        if (Personnummer::parse(cell, today) || parse_import_date(cell)) {
          problems.push_back({0, "file", "no_header"});
          note_problems(report, problems);
          return false;
        }
      }
      report.header = cells;
      if (requested) {
        report.mapping = *requested;
      } else if (auto saved = imports.mapping(association_id, kind); saved && resolve_mapping(kind, *saved, cells)) {
        report.mapping = *saved;  // next year's file from the same sheet
      } else {
        report.mapping = guess_mapping(kind, cells);
      }
      auto resolved = resolve_mapping(kind, report.mapping, cells);
      if (!resolved) {
        for (const auto& f : resolved.error().fields) problems.push_back({0, f.field, f.code});
        note_problems(report, problems);
        return false;
      }
      columns = *resolved;
      return true;
    }
    if (++report.rows > max_rows) {
      problems.push_back({0, "file", "too_many_rows"});
      note_problems(report, problems);
      return false;
    }
    examine(row, cells, *columns, problems);
    note_problems(report, problems);
    return true;
  });
  if (!read) return unexpected(read.error());
  if (!header_seen) {
    problems.push_back({0, "file", "empty"});
  } else if (columns && report.rows == 0) {
    problems.push_back({0, "file", "no_rows"});
  }
  note_problems(report, problems);
  if (columns && requested) imports.save_mapping(association_id, kind, report.mapping);
  return {};
}

}  // namespace samordna::core
