#include "history_import/domain/imported_participation.hpp"

#include "history_import/domain/import_values.hpp"

namespace samordna::core {
std::string import_cell(const std::vector<std::string>& cells, const ColumnIndex& columns, ImportField field) {
  const auto at = columns.find(field);
  if (at == columns.end() || at->second >= cells.size()) return "";
  const auto& text = cells[at->second];
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::optional<ImportedParticipation> read_participation_row(int row, const std::vector<std::string>& cells,
                                                            const ColumnIndex& columns, CivilDate today,
                                                            std::vector<ImportProblem>& problems) {
  const auto before = problems.size();
  const auto problem = [&](ImportField field, std::string code) {
    problems.push_back({row, std::string(to_string(field)), std::move(code)});
  };
  ImportedParticipation p;
  p.row = row;
  const auto pnr_text = import_cell(cells, columns, ImportField::personnummer);
  if (pnr_text.empty()) {
    problem(ImportField::personnummer, "required");
  } else if (auto pnr = Personnummer::parse(pnr_text, today)) {
    p.personnummer = *pnr;
  } else {
    auto code = pnr.error().fields.empty() ? std::string("format") : pnr.error().fields[0].code;
    if (code.rfind("personnummer_", 0) == 0) code = code.substr(13);
    problem(ImportField::personnummer, code);
  }
  p.name = import_cell(cells, columns, ImportField::name);
  p.insats = import_cell(cells, columns, ImportField::insats);
  if (p.insats.empty()) problem(ImportField::insats, "required");
  p.kommun = import_cell(cells, columns, ImportField::kommun);

  const auto start_text = import_cell(cells, columns, ImportField::started_on);
  std::optional<CivilDate> started;
  if (start_text.empty()) {
    problem(ImportField::started_on, "required");
  } else if (!(started = parse_import_date(start_text))) {
    problem(ImportField::started_on, "invalid");
  } else if (today < *started) {
    problem(ImportField::started_on, "future");
  } else {
    p.started_on = *started;
  }
  const auto end_text = import_cell(cells, columns, ImportField::ended_on);
  if (!end_text.empty()) {
    if (!(p.ended_on = parse_import_date(end_text))) {
      problem(ImportField::ended_on, "invalid");
    } else if (today < *p.ended_on) {
      problem(ImportField::ended_on, "future");
    } else if (started && *p.ended_on < *started) {
      problem(ImportField::ended_on, "before_start");
    }
  }
  const auto reason_text = import_cell(cells, columns, ImportField::exit_reason);
  if (!reason_text.empty()) {
    if (!(p.exit_reason = parse_import_exit_reason(reason_text))) {
      problem(ImportField::exit_reason, "invalid");
    } else if (end_text.empty()) {
      problem(ImportField::exit_reason, "not_allowed");
    }
  } else if (!end_text.empty()) {
    problem(ImportField::exit_reason, "required");
  }
  if (auto consent = parse_import_yes_no(import_cell(cells, columns, ImportField::consent))) {
    p.consent = *consent;
  } else {
    problem(ImportField::consent, "invalid");
  }
  if (p.consent && p.name.empty()) problem(ImportField::name, "required");
  if (problems.size() != before) return std::nullopt;
  return p;
}

}  // namespace samordna::core
