#pragma once
// One row of a förbund's spreadsheet read as a past or ongoing participation, with what is wrong with it named
// by row and field. The personnummer is held only while the import runs: it is pseudonymised on the way in.
#include <optional>
#include <string>
#include <vector>

#include "history_import/domain/import_columns.hpp"
#include "kernel/civil_date.hpp"
#include "kernel/personnummer.hpp"
#include "participants/domain/participation.hpp"

namespace samordna::core {

struct ImportProblem {
  int row = 0;        // as the spreadsheet numbers it; 0: the file or the request as a whole
  std::string field;  // an import field (personnummer, startedOn, …), "row", "file" or a request field
  std::string code;
};

struct ImportedParticipation {
  int row = 0;
  std::optional<Personnummer> personnummer;
  std::string name;
  std::string insats;  // as written: a name or an id
  std::string kommun;  // as written: a code or a name; empty when not given
  CivilDate started_on;
  std::optional<CivilDate> ended_on;
  std::optional<ExitReason> exit_reason;
  bool consent = false;  // written consent to follow-up
};

// The cell of a field's column, without surrounding space; "" when the field has no column or the row no cell.
std::string import_cell(const std::vector<std::string>& cells, const ColumnIndex& columns, ImportField field);

// Problems (field: code): personnummer: required and Personnummer's codes without their prefix (format, date,
// checksum, future); insats required; startedOn required|invalid|future; endedOn invalid|future|before_start;
// exitReason required (ended without one)|invalid|not_allowed (not ended); consent invalid; name required
// (consent given: the person is registered by name).
std::optional<ImportedParticipation> read_participation_row(int row, const std::vector<std::string>& cells,
                                                            const ColumnIndex& columns, CivilDate today,
                                                            std::vector<ImportProblem>& problems);

}  // namespace samordna::core
