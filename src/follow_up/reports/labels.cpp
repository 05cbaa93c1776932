#include "follow_up/reports/labels.hpp"

#include <cctype>
#include <cstdlib>

namespace samordna::report {

std::string measure_label(core::Measure m) {
  switch (m) {
    case core::Measure::participations: return "Deltaganden";
    case core::Measure::unique_persons: return "Unika deltagare";
    case core::Measure::active_persons: return "Deltagare under perioden";
    case core::Measure::ended: return "Avslutade deltaganden";
    case core::Measure::in_work_or_studies: return "Arbete eller studier efter";
    case core::Measure::left_support: return "Lämnat offentlig försörjning";
    case core::Measure::in_work_or_studies_share: return "Andel i arbete eller studier efter avslut (%)";
    case core::Measure::left_support_share: return "Andel som lämnat offentlig försörjning (%)";
    case core::Measure::referrals: return "Remisser";
    case core::Measure::returned_referrals: return "Återskickade remisser";
    case core::Measure::attendance: return "Deltagare i öppna aktiviteter";
    case core::Measure::median_wait_days: return "Väntetid, median (dagar)";
    case core::Measure::p90_wait_days: return "Väntetid, 90:e percentilen (dagar)";
    case core::Measure::cost_per_participation: return "Kostnad per deltagande (kr)";
    case core::Measure::cost_per_person: return "Kostnad per deltagare (kr)";
  }
  return "";
}

std::string dimension_label(core::Dimension d) {
  switch (d) {
    case core::Dimension::none: return "";
    case core::Dimension::association: return "Förbund";
    case core::Dimension::insats: return "Insats";
    case core::Dimension::insats_kind: return "Typ av insats";
    case core::Dimension::intensity: return "Omfattning";
    case core::Dimension::gender: return "Kön";
    case core::Dimension::kommun: return "Kommun";
    case core::Dimension::referrer: return "Remitterande part";
    case core::Dimension::target_group: return "Målgrupp";
    case core::Dimension::age_band: return "Ålder";
    case core::Dimension::year: return "År";
    case core::Dimension::quarter: return "Kvartal";
    case core::Dimension::month: return "Månad";
    case core::Dimension::reason: return "Orsak";
  }
  return "";
}

std::string key_label(const std::string& key, const std::map<std::string, std::string>& names) {
  static const std::map<std::string, std::string> kOwn{{"woman", "Kvinnor"},
                                                       {"man", "Män"},
                                                       {"unknown", "Okänd"},
                                                       {"none", "Ingen"},
                                                       {"total", "Totalt"},
                                                       {"individual", "Individinriktad"},
                                                       {"structural", "Strukturövergripande"},
                                                       {"extensive", "Omfattande insatser"},
                                                       {"light", "Lättare insatser"},
                                                       {"65+", "65 år och äldre"},
                                                       // exit reasons and return reasons
                                                       {"completed", "Genomförd"},
                                                       {"work", "Arbete"},
                                                       {"studies", "Studier"},
                                                       {"other_insats", "Annan insats"},
                                                       {"moved", "Flyttat"},
                                                       {"illness", "Sjukdom"},
                                                       {"declined", "Avböjt"},
                                                       {"no_contact", "Ingen kontakt"},
                                                       {"registered_by_mistake", "Felregistrerad"},
                                                       {"too_complex", "För omfattande behov"},
                                                       {"not_eligible", "Uppfyller inte villkoren"},
                                                       {"other", "Annat"}};
  if (auto it = names.find(key); it != names.end()) return it->second;
  if (auto it = kOwn.find(key); it != kOwn.end()) return it->second;
  // An age band "20-24" reads "20–24 år" (an en dash between numbers), as on the page. Months ("2026-01")
  // have four digits before the dash.
  auto digit = [&](std::size_t i) { return std::isdigit(static_cast<unsigned char>(key[i])) != 0; };
  if (key.size() == 5 && key[2] == '-' && digit(0) && digit(1) && digit(3) && digit(4)) {
    return key.substr(0, 2) + "\u2013" + key.substr(3) + " år";
  }
  return key;
}

std::string party_label(core::PartyKind kind) {
  switch (kind) {
    case core::PartyKind::fk: return "Försäkringskassan";
    case core::PartyKind::af: return "Arbetsförmedlingen";
    case core::PartyKind::region: return "Region";
    case core::PartyKind::kommun: return "Kommuner";
  }
  return "";
}

std::string kronor_plain(std::int64_t ore) {
  const bool negative = ore < 0;
  const auto magnitude = std::llabs(ore);
  std::string cents = std::to_string(magnitude % 100);
  if (cents.size() < 2) cents.insert(cents.begin(), '0');
  return (negative ? "-" : "") + std::to_string(magnitude / 100) + "," + cents;
}

std::string protection_note(int threshold) {
  return "Uppgifter som avser färre än " + std::to_string(threshold) +
         " personer, och uppgifter som skulle avslöja dem, visas som \"..\". Övriga tal kan avvika med upp till 2 "
         "(andelar med upp till 5 procentenheter), alltid på samma sätt för samma personer, så att dolda tal inte kan "
         "räknas fram ur flera tabeller; delarna behöver därför inte summera exakt till totalen.";
}

}  // namespace samordna::report
