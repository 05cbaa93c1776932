#include "privacy/reports/participation_csv.hpp"

#include <map>

#include "platform/report/csv_writer.hpp"

namespace samordna::report {
namespace {

std::string date(const std::optional<core::CivilDate>& d) { return d ? d->iso() : ""; }

// The label, or the key itself when it has none (a view into the table or into the key).
std::string_view label_of(std::string_view key) {
  static const std::map<std::string, std::string, std::less<>> labels{
      {"forsorjningsstod", "Försörjningsstöd"},
      {"sjukpenning", "Sjukpenning/rehabiliteringspenning"},
      {"aktivitetsersattning", "Aktivitetsersättning"},
      {"sjukersattning", "Sjukersättning"},
      {"a_kassa", "A-kassa"},
      {"aktivitetsstod", "Aktivitetsstöd"},
      {"etableringsersattning", "Etableringsersättning"},
      {"none", "Ingen"},
      {"pre_upper_secondary", "Förgymnasial"},
      {"upper_secondary", "Gymnasial"},
      {"post_secondary", "Eftergymnasial"},
      {"unknown", "Okänd"},
      {"work", "Arbete"},
      {"studies", "Studier"},
      {"job_seeking", "Aktivt arbetssökande"},
      {"other", "Annat"},
      {"completed", "Genomförd"},
      {"other_insats", "Annan insats"},
      {"moved", "Flyttat"},
      {"illness", "Sjukdom"},
      {"declined", "Avböjt"},
      {"no_contact", "Ingen kontakt"},
      {"registered_by_mistake", "Felregistrerad"},
      {"woman", "Kvinna"},
      {"man", "Man"}};
  auto it = labels.find(key);
  return it == labels.end() ? key : std::string_view(it->second);
}

// "sjukpenning,a_kassa" → "Sjukpenning/rehabiliteringspenning, A-kassa"
std::string support_labels(const std::string& list) {
  std::string out;
  std::size_t start = 0;
  while (start <= list.size()) {
    const auto comma = std::min(list.find(',', start), list.size());
    if (!out.empty()) out += ", ";
    out += label_of(std::string_view(list).substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

void status(CsvWriter& csv, const std::optional<core::RecordedStatus>& s) {
  if (!s) {
    for (int i = 0; i < 5; ++i) csv.field("");
    return;
  }
  csv.field(support_labels(s->support));
  csv.field(s->months_on_support ? std::to_string(*s->months_on_support) : "");
  csv.field(label_of(s->education));
  csv.field(label_of(s->occupation));
  csv.field(std::to_string(s->extent_percent));
}

}  // namespace

std::string recorded_label(const std::string& key) { return std::string(label_of(key)); }

std::string participation_csv_header() {
  std::string out;
  CsvWriter csv(out);
  std::vector<std::string> header{"Deltagande",  "Insats",     "Deltagare",         "Kön",
                                  "Födelseår",   "Kommun",     "Remitterande part", "Målgrupp",
                                  "Remissdatum", "Startdatum", "Slutdatum",         "Avslutsorsak"};
  for (const char* phase : {"start", "slut"}) {
    for (const char* what :
         {"Försörjning", "Månader med försörjning", "Utbildning", "Sysselsättning", "Omfattning (%)"}) {
      header.push_back(std::string(what) + " vid " + phase);
    }
  }
  csv.row(header);
  return out;
}

std::string participation_csv_rows(const std::vector<core::ParticipationRecord>& records) {
  std::string out;
  out.reserve(records.size() * 200);
  CsvWriter csv(out, false);
  for (const auto& r : records) {
    csv.field(std::to_string(r.id));
    csv.field(r.insats);
    csv.field(r.person_id ? "P" + std::to_string(*r.person_id) : "anonym");
    csv.field(label_of(r.gender));
    csv.field(r.birth_year ? std::to_string(*r.birth_year) : "");
    csv.field(r.kommun);
    csv.field(r.referrer);
    csv.field(r.target_group);
    csv.field(date(r.referred_on));
    csv.field(r.started_on.iso());
    csv.field(date(r.ended_on));
    csv.field(r.exit_reason.empty() ? "" : label_of(r.exit_reason));
    status(csv, r.at_start);
    status(csv, r.at_end);
    csv.end_row();
  }
  return out;
}

}  // namespace samordna::report
