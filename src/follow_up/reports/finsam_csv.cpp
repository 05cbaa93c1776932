#include "follow_up/reports/finsam_csv.hpp"

#include "follow_up/reports/labels.hpp"
#include "follow_up/reports/pivot_csv.hpp"
#include "platform/report/csv_writer.hpp"

namespace samordna::report {
namespace {

core::PivotRequest request_of(core::Measure measure, int year) {
  return {measure,
          core::Dimension::insats,
          core::Dimension::gender,
          *core::CivilDate::from_ymd(year, 1, 1),
          *core::CivilDate::from_ymd(year, 12, 31),
          {}};
}

void table(CsvWriter& csv, const core::StatisticsResult& result, const core::PivotRequest& request) {
  if (result.pivot.rows.empty()) {
    csv.row({"Inga uppgifter för året."});
  } else {
    write_pivot(csv, result, request);
  }
}

}  // namespace

std::string finsam_csv(const core::FinsamFigures& f, const std::string& association_name) {
  std::string out;
  CsvWriter csv(out);
  csv.row({"Uppföljning Finsam", std::to_string(f.year)});
  csv.row({association_name});
  csv.row({});
  csv.row({"Deltagare i individinriktade insatser under året (personer)"});
  table(csv, f.individual, request_of(core::Measure::active_persons, f.year));
  csv.row({});
  csv.row({"Deltagare i strukturövergripande insatser (närvaro)"});
  table(csv, f.structural, request_of(core::Measure::attendance, f.year));
  csv.row({});
  csv.row({"Medel", "Budgeterat (kr)", "Inbetalt (kr)"});
  for (const auto& funds : f.funds) {
    csv.row({party_label(funds.kind), kronor_plain(funds.budgeted.in_ore()), kronor_plain(funds.received.in_ore())});
  }
  csv.row({"Totalt", kronor_plain(f.budgeted.in_ore()), kronor_plain(f.received.in_ore())});
  csv.row({});
  csv.row({"Eget kapital (kr)", "Ingående", "Intäkter", "Kostnader", "Resultat", "Utgående"});
  if (f.equity) {
    const auto& e = *f.equity;
    csv.row({std::to_string(f.year), kronor_plain(e.opening.in_ore()), kronor_plain(e.received.in_ore()),
             kronor_plain(e.costs.in_ore()), kronor_plain(e.result.in_ore()), kronor_plain(e.closing.in_ore())});
  } else {
    csv.row({std::to_string(f.year), "", "", "", "", ""});
  }
  if (f.individual.suppression || f.structural.suppression) {
    csv.row({});
    csv.row({".. = " + protection_note(f.individual.threshold)});
  }
  return out;
}

}  // namespace samordna::report
