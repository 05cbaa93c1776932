#include "privacy/domain/processing_record.hpp"

namespace samordna::core {

ProcessingRecord processing_record(const Association& association, const Member& controller,
                                   const std::vector<Insats>& insatser,
                                   const std::vector<ProcessingAgreement>& agreements) {
  ProcessingRecord r;
  r.controller = controller;
  r.processor = association.name;
  r.processor_org_number = association.org_number;
  r.purposes = {
      "Samordnad rehabilitering enligt lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser: "
      "remisser, kö, deltagande och gemensam planering i partens insatser.",
      "Uppföljning av insatsernas resultat (med deltagarens skriftliga samtycke) och pseudonymiserad statistik "
      "till förbundets styrelse, medlemmar och Uppföljning Finsam.",
  };
  r.subject_categories = {"Deltagare och personer som remitterats till partens insatser, 16–64 år."};
  r.data_categories = {
      "Personnummer och namn (förseglade, krypterade; visas bara vid en loggad åtgärd).",
      "Kön, födelseår och hemkommun.",
      "Remissens skäl (förseglat), datum, kö och beslut.",
      "Deltagande: start, avslut, avslutsorsak, närvaro, samtycken och sysselsättning vid start och avslut.",
      "Gemensam plan: behov, mål och aktiviteter (förseglade).",
      "Uppgifterna kan röra hälsa (artikel 9): de behandlas enligt artikel 9.2 h och lagens sekretess.",
  };
  r.recipients = {
      "Personal i partens insatser med rollen deltagaransvarig, bekräftad av partens dataskyddsansvarige.",
      "Remittenten ser status för sina egna remisser.",
      "Förbundets styrelse, medlemmar och Uppföljning Finsam: bara skyddad statistik (tröskel " +
          std::to_string(association.disclosure_threshold) + " och cellnyckelmetoden), aldrig personuppgifter.",
  };
  r.transfers = "Ingen överföring till land utanför EU/EES.";
  r.retention = "Identitet, plan och fritexter tas bort för gott " + std::to_string(association.retention_years) +
                " år efter det senaste deltagandet, eller direkt när samtycket återkallas eller uppgifterna "
                "raderas. Pseudonymiserade antal finns kvar för statistiken.";
  r.security_measures = {
      "Personnummer och namn förseglade med en nyckel utanför databasen; personnummer aldrig i klartext, i "
      "adresser eller i loggar.",
      "Behörighet per roll och insats; personuppgiftsroller gäller först när partens dataskyddsansvarige "
      "bekräftat dem; administratörer och superanvändare ser aldrig personuppgifter.",
      "Varje läsning av personuppgifter loggas i en hashkedjad granskningslogg.",
  };
  for (const auto& i : insatser) {
    if (i.lead_member_id == controller.id) r.insatser.push_back(i);
  }
  for (const auto& a : agreements) {
    if (a.member_id == controller.id) r.agreements.push_back(a);
  }
  return r;
}

}  // namespace samordna::core
