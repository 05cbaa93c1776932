// The data subject's rights for the controller's side (dataskyddsansvarig): register extract as JSON or PDF,
// rectification, restriction and erasure, found by personnummer in the body; and the record of processing
// (art. 30) per controller, generated from the configuration.
#include "access/http/handler_support.hpp"
#include "participants/http/participant_json.hpp"
#include "privacy/domain/processing_record.hpp"
#include "privacy/http/routes.hpp"
#include "privacy/reports/register_extract_pdf.hpp"

namespace samordna::http {
namespace {
using nlohmann::json;

json extract_json(const core::RegisterExtract& x) {
  json controllers = json::array();
  for (const auto& m : x.controllers) controllers.push_back({{"id", m.id}, {"name", m.name}});
  core::PersonView view;
  view.person = x.person;
  view.name = x.identity ? x.identity->name : "";
  view.participations = x.participations;
  view.consents = x.consents;
  view.corrections = x.corrections;
  view.referrals = x.referrals;
  view.plan = x.plan;
  json person = person_view_json(view);
  person["personnummer"] = x.identity ? json(x.identity->personnummer) : json(nullptr);
  json insatser = json::object();
  for (const auto& [id, name] : x.insats_names) insatser[std::to_string(id)] = name;
  json log = json::array();
  for (const auto& e : x.access_log) {
    std::string view_name;
    for (const auto& f : e.fields) {
      if (f.name == "view" && f.value) view_name = *f.value;
    }
    log.push_back({{"at", e.at}, {"username", e.actor.username}, {"action", e.action}, {"view", view_name}});
  }
  return {{"madeAt", x.made_at}, {"association", x.association_name}, {"controllers", controllers},
          {"person", person},    {"insatsNames", insatser},           {"accessLog", log}};
}

// The förbund of the request and the personnummer in its body.
core::SubjectRequest subject_of(Context& c, BodyReader& in) { return {*path_id(c, "id"), in.text("personnummer")}; }

}  // namespace

void register_data_subject_routes(Router& router, PrivacyRoutes& deps) {
  router.add(
      {"POST", "/api/v1/associations/{id}/data-subject/extract", Permission::data_subject_rights, [&deps](Context& c) {
         RequestBody body(c.request);
         auto& in = body.in();
         const auto subject = subject_of(c, in);
         const auto format = in.text("format", false);
         if (!format.empty() && format != "json" && format != "pdf") in.errors().add("format", "invalid");
         if (auto refused = body.refusal()) return *refused;
         auto extract = deps.data_subjects.extract(c.actor(), subject);
         if (!extract) return problem(extract.error());
         if (format == "pdf") {
           return Response{
               200,
               "application/pdf",
               report::register_extract_pdf(*extract),
               {{"Content-Disposition", "attachment; filename=\"registerutdrag.pdf\""}, {"Cache-Control", "no-store"}}};
         }
         Response r = json_response(extract_json(*extract));
         r.headers.emplace_back("Cache-Control", "no-store");
         return r;
       }});
  router.add({"POST", "/api/v1/associations/{id}/data-subject/rectification", Permission::data_subject_rights,
              [&deps](Context& c) {
                RequestBody body(c.request);
                auto& in = body.in();
                const auto subject = subject_of(c, in);
                core::Rectification change;
                change.reason = in.text("reason");
                if (in.find("name")) change.name = in.text("name");
                if (in.find("kommunCode")) change.kommun_code = in.text("kommunCode");
                if (auto refused = body.refusal()) return *refused;
                auto done = deps.data_subjects.rectify(c.actor(), subject, change);
                if (!done) return problem(done.error());
                return Response{204, "", "", {}};
              }});
  router.add({"POST", "/api/v1/associations/{id}/data-subject/restriction", Permission::data_subject_rights,
              [&deps](Context& c) {
                RequestBody body(c.request);
                auto& in = body.in();
                const auto subject = subject_of(c, in);
                const auto restricted = in.boolean("restricted", true);
                const auto reason = in.text("reason");
                if (auto refused = body.refusal()) return *refused;
                auto done = deps.data_subjects.restrict(c.actor(), subject, *restricted, reason);
                if (!done) return problem(done.error());
                return json_response({{"restricted", *restricted}});
              }});
  router.add(
      {"POST", "/api/v1/associations/{id}/data-subject/erasure", Permission::data_subject_rights, [&deps](Context& c) {
         RequestBody body(c.request);
         auto& in = body.in();
         const auto subject = subject_of(c, in);
         const auto reason = in.text("reason");
         if (auto refused = body.refusal()) return *refused;
         auto done = deps.data_subjects.erase(c.actor(), subject, reason);
         if (!done) return problem(done.error());
         return Response{204, "", "", {}};
       }});
  // The record of processing of one controller (a member leading insatser): not personal data.
  router.add({"GET", "/api/v1/associations/{id}/processing-record", Permission::view_association, [&deps](Context& c) {
                const auto association_id = *path_id(c, "id");
                auto it = c.request.query.find("memberId");
                auto member_id = it == c.request.query.end() ? std::nullopt : positive_integer(it->second);
                if (!member_id) return problem(core::Error::invalid("memberId", "required"));
                auto found = deps.data_subjects.processing_record(association_id, *member_id,
                                                                  deps.agreements.list(association_id));
                if (!found) return problem(found.error());
                const auto& record = *found;
                const auto* member = &record.controller;
                json insatser = json::array();
                for (const auto& i : record.insatser) {
                  insatser.push_back({{"id", i.id},
                                      {"name", i.name},
                                      {"startsOn", i.starts_on.iso()},
                                      {"endsOn", i.ends_on ? json(i.ends_on->iso()) : json(nullptr)}});
                }
                json agreements = json::array();
                for (const auto& a : record.agreements) {
                  agreements.push_back({{"id", a.id},
                                        {"signedOn", a.signed_on.iso()},
                                        {"validFrom", a.valid_from.iso()},
                                        {"validTo", a.valid_to ? json(a.valid_to->iso()) : json(nullptr)},
                                        {"documentReference", a.document_reference}});
                }
                return json_response({{"controller", {{"id", member->id}, {"name", member->name}}},
                                      {"processor", record.processor},
                                      {"processorOrgNumber", record.processor_org_number},
                                      {"purposes", record.purposes},
                                      {"subjectCategories", record.subject_categories},
                                      {"dataCategories", record.data_categories},
                                      {"recipients", record.recipients},
                                      {"transfers", record.transfers},
                                      {"retention", record.retention},
                                      {"securityMeasures", record.security_measures},
                                      {"insatser", insatser},
                                      {"agreements", agreements}});
              }});
}

}  // namespace samordna::http
