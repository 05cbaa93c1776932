#include "privacy/reports/participation_csv.hpp"

#include <map>

#include "platform/report/csv_writer.hpp"

namespace samordna::report {
namespace {

std::string date(const std::optional<core::CivilDate>& d) { return d ? d->iso() : ""; }

// "sjukpenning,a_kassa" → "Sjukpenning/rehabiliteringspenning, A-kassa"
std::string support_labels(const std::string& list) {
  std::string out;
  std::size_t start = 0;
  while (start <= list.size()) {
    const auto comma = std::min(list.find(',', start), list.size());
    if (!out.empty()) out += ", ";
    out += recorded_label(list.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

void status(std::vector<std::string>& line, const std::optional<core::RecordedStatus>& s) {
  if (!s) {
    line.insert(line.end(), 5, "");
    return;
  }
  line.push_back(support_labels(s->support));
  line.push_back(s->months_on_support ? std::to_string(*s->months_on_support) : "");
  line.push_back(recorded_label(s->education));
  line.push_back(recorded_label(s->occupation));
  line.push_back(std::to_string(s->extent_percent));
}

}  // namespace

std::string recorded_label(const std::string& key) {
  static const std::map<std::string, std::string> labels{{"forsorjningsstod", "Försörjningsstöd"},
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
  return it == labels.end() ? key : it->second;
}

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
  CsvWriter csv(out, false);
  for (const auto& r : records) {
    std::vector<std::string> line{std::to_string(r.id),
                                  r.insats,
                                  r.person_id ? "P" + std::to_string(*r.person_id) : "anonym",
                                  recorded_label(r.gender),
                                  r.birth_year ? std::to_string(*r.birth_year) : "",
                                  r.kommun,
                                  r.referrer,
                                  r.target_group,
                                  date(r.referred_on),
                                  r.started_on.iso(),
                                  date(r.ended_on),
                                  r.exit_reason.empty() ? "" : recorded_label(r.exit_reason)};
    status(line, r.at_start);
    status(line, r.at_end);
    csv.row(line);
  }
  return out;
}

}  // namespace samordna::report
