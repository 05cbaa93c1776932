// POST …/participation-imports?dryRun=true|false: a spreadsheet (CSV or XLSX, the body as it is) checked row by
// row, or imported all or nothing; the column mapping and the consent form come in the query (mapping.<field>=
// <header>, consentFormReference). GET …/participation-imports/mapping: the förbund's saved mapping.
#include <algorithm>

#include "access/http/handler_support.hpp"
#include "history_import/http/routes.hpp"
#include "history_import/http/sheet_source.hpp"
#include "platform/http/json_body.hpp"

namespace samordna::http {
namespace {

nlohmann::json mapping_json(const core::ColumnMapping& mapping) {
  auto out = nlohmann::json::object();
  for (const auto& [field, header] : mapping.headers) out[std::string(core::to_string(field))] = header;
  return out;
}

nlohmann::json report_json(const core::ImportReport& r, bool dry_run) {
  auto problems = nlohmann::json::array();
  for (const auto& p : r.problems) {
    nlohmann::json column = nullptr;
    if (auto field = core::parse_import_field(p.field)) {
      if (auto at = r.mapping.headers.find(*field); at != r.mapping.headers.end()) column = at->second;
    }
    problems.push_back({{"row", p.row}, {"field", p.field}, {"column", column}, {"code", p.code}});
  }
  return {{"dryRun", dry_run},
          {"imported", r.imported},
          {"header", r.header},
          {"mapping", mapping_json(r.mapping)},
          {"rows", r.rows},
          {"toImport", r.to_import},
          {"withConsent", r.with_consent},
          {"alreadyImported", r.already_imported},
          {"problemCount", r.problem_count},
          {"problems", problems}};
}

}  // namespace

bool is_import_upload(std::string_view method, std::string_view path) {
  constexpr std::string_view prefix = "/api/v1/associations/";
  constexpr std::string_view suffix = "/participation-imports";
  if (method != "POST" || path.size() <= prefix.size() + suffix.size() || path.substr(0, prefix.size()) != prefix ||
      path.substr(path.size() - suffix.size()) != suffix) {
    return false;
  }
  const auto id = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
  return id.size() <= 18 && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void register_history_import_routes(Router& router, HistoryImportRoutes& deps) {
  router.add({"GET", "/api/v1/associations/{id}/participation-imports/mapping", Permission::manage_participants,
              [&deps](Context& c) {
                auto saved = deps.imports.saved_mapping(*path_id(c, "id"));
                auto fields = nlohmann::json::array();
                for (auto f : core::all_import_fields()) {
                  fields.push_back({{"name", core::to_string(f)}, {"required", core::import_field_required(f)}});
                }
                return json_response(
                    {{"mapping", saved ? mapping_json(*saved) : nlohmann::json(nullptr)}, {"fields", fields}});
              }});
  Route upload{"POST", "/api/v1/associations/{id}/participation-imports", Permission::manage_participants,
               [&deps](Context& c) {
                 const auto association = *path_id(c, "id");
                 core::FieldErrors errors;
                 core::ImportRequest request;
                 bool dry_run = true;
                 for (const auto& [key, value] : c.request.query) {
                   if (key == "dryRun") {
                     if (value != "true" && value != "false") errors.add("dryRun", "invalid");
                     dry_run = value != "false";
                   } else if (key == "consentFormReference") {
                     request.consent_form_reference = value;
                   } else if (key.rfind("mapping.", 0) == 0) {
                     auto field = core::parse_import_field(std::string_view(key).substr(8));
                     if (!field) {
                       errors.add(key, "unknown");
                       continue;
                     }
                     if (!request.mapping) request.mapping.emplace();
                     if (!value.empty()) request.mapping->headers[*field] = value;
                   }
                 }
                 if (c.request.body.empty()) errors.add("file", "empty");
         if (!errors.empty()) return problem(errors.error());
                 const SheetSource file(c.request.body);
                 const auto scope = personal_scope_of(c, deps.scope, association);
                 auto report = dry_run ? deps.imports.check(c.actor(), scope, association, file, request)
                                       : deps.imports.run(c.actor(), scope, association, file, request);
                 if (!report) return problem(report.error());
                 if (!dry_run && !report->imported && report->problem_count > 0) {
                   nlohmann::json body{{"type", "about:blank"},
                                       {"title", "Unprocessable Content"},
                                       {"status", 422},
                                       {"code", "import_refused"},
                                       {"report", report_json(*report, false)}};
                   return Response{422, "application/problem+json", body.dump(), {}};
                 }
                 return json_response(report_json(*report, dry_run));
               }};
  upload.file_body = true;
  router.add(std::move(upload));
}

}  // namespace samordna::http
