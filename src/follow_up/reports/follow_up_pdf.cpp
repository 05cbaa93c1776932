#include "follow_up/reports/follow_up_pdf.hpp"

#include "follow_up/reports/figure_table.hpp"
#include "follow_up/reports/labels.hpp"
#include "platform/report/pdf_page.hpp"

namespace samordna::report {
namespace {

std::optional<std::int64_t> shown(const core::Figure& f) {
  if (f.result.suppression && f.result.suppression->total) return std::nullopt;
  return f.result.pivot.total;
}

std::string percent_text(const std::optional<std::int64_t>& p) { return p ? std::to_string(*p) + " %" : ".."; }

// Bars of the row totals (hidden ones drawn as "..").
std::vector<Bar> bars_of(const core::StatisticsResult& r) {
  std::vector<Bar> bars;
  for (std::size_t i = 0; i < r.pivot.rows.size(); ++i) {
    const bool hidden = r.suppression && r.suppression->row_totals[i];
    const auto& v = r.pivot.row_totals[i];
    bars.push_back(
        {key_label(r.pivot.rows[i], r.labels), hidden || !v ? std::nullopt : std::optional<double>(double(*v))});
  }
  return bars;
}

void figure_section(PdfDocument& pdf, const core::Figure& f, bool chart) {
  pdf.heading(measure_label(f.measure) + " – " + dimension_label(f.rows));
  if (f.result.pivot.rows.empty()) {
    pdf.paragraph("Inga uppgifter för året.");
    return;
  }
  if (chart) pdf.bar_chart(measure_label(f.measure) + " per " + dimension_label(f.rows), bars_of(f.result));
  pdf.table(header_of(f), rows_of(f.result, core::is_money(f.measure)));
}

void key_figures(PdfDocument& pdf, const core::FollowUpReport& r) {
  pdf.heading("Året i siffror");
  std::vector<std::vector<std::string>> rows;
  const core::Figure* ended = nullptr;
  for (const auto& f : r.key_figures) {
    rows.push_back({measure_label(f.measure), total_of(f)});
    if (f.measure == core::Measure::ended) ended = &f;
    if (ended != nullptr &&
        (f.measure == core::Measure::in_work_or_studies || f.measure == core::Measure::left_support)) {
      rows.push_back({"  andel av avslutade", percent_text(core::percent_of(shown(f), shown(*ended)))});
    }
  }
  pdf.table({"", "Året"}, rows);
}

void finsam(PdfDocument& pdf, const core::FinsamFigures& f) {
  pdf.heading("Uppföljning Finsam: deltagare i individinriktade insatser");
  const core::Figure individual{core::Measure::active_persons, core::Dimension::insats, core::Dimension::gender,
                                f.individual};
  if (f.individual.pivot.rows.empty()) {
    pdf.paragraph("Inga deltagare under året.");
  } else {
    pdf.bar_chart("Deltagare per insats under året", bars_of(f.individual));
    pdf.table(header_of(individual), rows_of(f.individual));
    pdf.paragraph("Totalt " + total_of(individual) +
                  " personer; den som deltagit i flera insatser räknas i varje insats men en gång i totalen.");
  }
  pdf.heading("Uppföljning Finsam: strukturövergripande insatser (närvaro)");
  const core::Figure structural{core::Measure::attendance, core::Dimension::insats, core::Dimension::gender,
                                f.structural};
  if (f.structural.pivot.rows.empty()) {
    pdf.paragraph("Ingen närvaro registrerad under året.");
  } else {
    pdf.table(header_of(structural), rows_of(f.structural));
  }
  pdf.heading("Medel och eget kapital");
  std::vector<std::vector<std::string>> funds;
  for (const auto& x : f.funds) {
    funds.push_back({party_label(x.kind), core::format_kr(x.budgeted), core::format_kr(x.received)});
  }
  funds.push_back({"Totalt", core::format_kr(f.budgeted), core::format_kr(f.received)});
  pdf.table({"Part", "Medlemsavgift", "Inbetalt"}, funds);
  if (f.equity) {
    const auto& e = *f.equity;
    pdf.table({"Eget kapital", "Belopp"}, {{"Ingående", core::format_kr(e.opening)},
                                           {"Intäkter", core::format_kr(e.received)},
                                           {"Kostnader", core::format_kr(e.costs)},
                                           {"Årets resultat", core::format_kr(e.result)},
                                           {"Utgående", core::format_kr(e.closing)}});
    if (e.flagged) pdf.paragraph("Det egna kapitalet överstiger förbundets gräns i förhållande till årets avgifter.");
  } else {
    pdf.paragraph("Eget kapital är inte registrerat för året.");
  }
}

}  // namespace

std::string follow_up_pdf(const core::FollowUpReport& r) {
  PdfDocument pdf;
  pdf.title("Uppföljning " + std::to_string(r.year));
  pdf.paragraph(r.association_name + ", verksamhetsåret " + std::to_string(r.year) + ". " +
                protection_note(r.finsam.individual.threshold));
  key_figures(pdf, r);
  finsam(pdf, r.finsam);
  for (const auto& f : r.figures)
    figure_section(pdf, f, f.columns == core::Dimension::none && !core::is_money(f.measure));
  return pdf.finish();
}

}  // namespace samordna::report
