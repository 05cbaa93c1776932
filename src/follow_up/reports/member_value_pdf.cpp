#include "follow_up/reports/member_value_pdf.hpp"

#include "follow_up/reports/figure_table.hpp"
#include "follow_up/reports/labels.hpp"
#include "platform/report/pdf_page.hpp"

namespace samordna::report {

std::string member_value_pdf(const core::MemberValue& v, const std::string& association_name) {
  PdfDocument pdf;
  pdf.title("Medlemsnytta – " + v.member.name);
  pdf.paragraph(association_name + ", perioden " + v.from.iso() + " – " + v.to.iso() + ". " +
                protection_note(v.figures.front().result.threshold));
  pdf.heading("Vad kommunen betalat");
  std::vector<std::vector<std::string>> money{{"Kommunens medlemsavgifter", core::format_kr(v.contributions)},
                                              {"Alla kommuners medlemsavgifter", core::format_kr(v.all_contributions)}};
  if (v.cost_per_person) money.push_back({"Kommunens avgift per deltagare", core::format_kr(*v.cost_per_person)});
  if (v.all_cost_per_person) {
    money.push_back({"Förbundets avgift per deltagare (alla kommuner)", core::format_kr(*v.all_cost_per_person)});
  }
  pdf.table({"", "Belopp"}, money);
  for (const auto& f : v.figures) {
    if (f.rows == core::Dimension::none) continue;
    pdf.heading(measure_label(f.measure) + " – " + dimension_label(f.rows));
    if (f.measure == core::Measure::participations) {
      std::vector<Bar> bars;
      const auto& p = f.result.pivot;
      for (std::size_t i = 0; i < p.rows.size(); ++i) {
        const bool hidden = f.result.suppression && f.result.suppression->row_totals[i];
        bars.push_back({key_label(p.rows[i], f.result.labels),
                        hidden || !p.row_totals[i] ? std::nullopt : std::optional<double>(double(*p.row_totals[i]))});
      }
      pdf.bar_chart("Deltaganden per insats (kommunens invånare)", bars);
    }
    pdf.table(header_of(f), rows_of(f.result));
  }
  pdf.heading("Vad det ledde till");
  std::vector<std::vector<std::string>> outcomes;
  for (const auto& f : v.figures) {
    if (f.rows == core::Dimension::none) outcomes.push_back({measure_label(f.measure), total_of(f)});
  }
  pdf.table({"", "Antal"}, outcomes);
  if (v.withdrawal) {
    const auto& w = v.withdrawal->what_if;
    pdf.heading("Om kommunen säger upp medlemskapet i dag");
    pdf.paragraph("Medlemskapet upphör " + w.ends_on.iso() + ". Avgifter återstår till och med " +
                  std::to_string(w.first_year_without - 1) + ", sammanlagt " + core::format_kr(w.total_owed) +
                  " (år utan budget uppskattas med " + std::to_string(v.withdrawal->basis_year) + " års avgift).");
  }
  return pdf.finish();
}

}  // namespace samordna::report
