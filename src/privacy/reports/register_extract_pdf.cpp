#include "privacy/reports/register_extract_pdf.hpp"

#include <ctime>

#include "platform/report/pdf_page.hpp"

namespace samordna::report {
namespace {

std::string date_or_dash(const std::optional<core::CivilDate>& d) { return d ? d->iso() : "–"; }

std::string view_label(const core::AuditEvent& e) {
  for (const auto& f : e.fields) {
    if (f.name == "view" && f.value) return e.action + " (" + *f.value + ")";
  }
  return e.action;
}

}  // namespace

std::string swedish_time(std::int64_t unix) {
  // Sweden: CET, CEST from the last Sunday of March to the last Sunday of October (01:00 UTC).
  auto utc = [](std::int64_t t) {
    std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    gmtime_r(&tt, &tm);
    return tm;
  };
  const std::tm now = utc(unix);
  auto last_sunday = [&](int month) {  // 0-based month, the day of the month of its last Sunday
    std::tm t{};
    t.tm_year = now.tm_year;
    t.tm_mon = month + 1;
    t.tm_mday = 0;  // the last day of `month`
    const std::time_t last = timegm(&t);
    std::tm d{};
    gmtime_r(&last, &d);
    return d.tm_mday - d.tm_wday;
  };
  auto utc_at = [&](int month, int day) {
    std::tm t{};
    t.tm_year = now.tm_year;
    t.tm_mon = month;
    t.tm_mday = day;
    t.tm_hour = 1;
    return std::int64_t(timegm(&t));
  };
  const bool summer = unix >= utc_at(2, last_sunday(2)) && unix < utc_at(9, last_sunday(9));
  const std::tm local = utc(unix + (summer ? 7200 : 3600));
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &local);
  return buf;
}

std::string register_extract_pdf(const core::RegisterExtract& x) {
  PdfDocument pdf;
  pdf.title("Registerutdrag");
  std::string controllers;
  for (const auto& m : x.controllers) controllers += (controllers.empty() ? "" : ", ") + m.name;
  pdf.paragraph("Utdrag enligt artikel 15 i dataskyddsförordningen, gjort " + swedish_time(x.made_at) + ". " +
                "Personuppgiftsansvarig: " + controllers + ". Uppgifterna behandlas i " + x.association_name +
                " för partens insatser. Utdraget visar allt som finns lagrat om dig i de insatserna, och vilka som "
                "har läst eller ändrat uppgifterna.");
  pdf.heading("Om dig");
  std::vector<std::vector<std::string>> about;
  if (x.identity) {
    about.push_back({"Personnummer", x.identity->personnummer.substr(0, 8) + "-" + x.identity->personnummer.substr(8)});
    about.push_back({"Namn", x.identity->name});
  } else {
    about.push_back({"Identitet", "Inte längre lagrad"});
  }
  about.push_back({"Kön", x.person.gender == core::Gender::woman ? "Kvinna" : "Man"});
  about.push_back({"Födelseår", std::to_string(x.person.birth_year)});
  about.push_back({"Hemkommun (kod)", x.person.kommun_code});
  about.push_back({"Begränsad behandling", x.person.restricted ? "Ja" : "Nej"});
  pdf.table({"Uppgift", "Värde"}, about);
  auto insats = [&](std::int64_t id) {
    auto it = x.insats_names.find(id);
    return it == x.insats_names.end() ? std::to_string(id) : it->second;
  };
  if (!x.referrals.empty()) {
    pdf.heading("Remisser");
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : x.referrals) {
      rows.push_back({insats(r.insats_id), r.referred_on.iso(), std::string(core::to_string(r.state)),
                      date_or_dash(r.decided_on)});
    }
    pdf.table({"Insats", "Remitterad", "Status", "Beslut"}, rows);
  }
  if (!x.participations.empty()) {
    pdf.heading("Deltaganden");
    std::vector<std::vector<std::string>> rows;
    for (const auto& p : x.participations) {
      std::string consents;
      if (auto it = x.consents.find(p.id); it != x.consents.end()) {
        for (const auto& c : it->second) {
          consents += (consents.empty() ? "" : "; ") + std::string("samtycke ") + c.given_on.iso() +
                      (c.withdrawn_on ? " (återkallat " + c.withdrawn_on->iso() + ")" : "");
        }
      }
      rows.push_back({insats(p.insats_id), p.started_on.iso(), date_or_dash(p.ended_on),
                      p.exit_reason ? std::string(core::to_string(*p.exit_reason)) : "–",
                      consents.empty() ? "–" : consents});
    }
    pdf.table({"Insats", "Start", "Slut", "Avslutsorsak", "Samtycken"}, rows);
    std::vector<std::vector<std::string>> corrections;
    for (const auto& p : x.participations) {
      if (auto it = x.corrections.find(p.id); it != x.corrections.end()) {
        for (const auto& c : it->second) {
          corrections.push_back({insats(p.insats_id), c.corrected_on.iso(), c.reason.empty() ? "–" : c.reason});
        }
      }
    }
    if (!corrections.empty()) {
      pdf.heading("Rättelser av deltaganden");
      pdf.table({"Insats", "Rättat", "Skäl"}, corrections);
    }
  }
  if (x.plan) {
    pdf.heading("Gemensam plan");
    pdf.paragraph("Behov: " + x.plan->needs);
    pdf.paragraph("Egna mål: " + x.plan->own_goals);
    pdf.paragraph("Professionella mål: " + x.plan->professional_goals);
    std::vector<std::vector<std::string>> rows;
    for (const auto& a : x.plan->actions)
      rows.push_back({a.description, date_or_dash(a.due_on), date_or_dash(a.done_on)});
    if (!rows.empty()) pdf.table({"Aktivitet", "Senast", "Klar"}, rows);
  }
  pdf.heading("Vilka som har läst eller ändrat uppgifterna");
  std::vector<std::vector<std::string>> log;
  for (const auto& e : x.access_log) log.push_back({swedish_time(e.at), e.actor.username, view_label(e)});
  if (log.empty()) {
    pdf.paragraph("Ingen har läst uppgifterna.");
  } else {
    pdf.table({"Tid", "Användare", "Vad"}, log);
  }
  return pdf.finish();
}

}  // namespace samordna::report
