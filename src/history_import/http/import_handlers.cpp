// POST …/participation-imports?dryRun=true|false: a spreadsheet (CSV or XLSX, the body as it is) checked row by
// row, or imported all or nothing; the column mapping and the consent form come in the query (mapping.<field>=
// <header>, consentFormReference). GET …/participation-imports/mapping: the förbund's saved mapping. The same
// two for a sheet of insatser with their budget years under …/insats-imports, and for the förbund's own budgets
// of past years under …/budget-imports. With Accept: application/x-ndjson
// an upload's answer streams the rows read while it works (import_stream.hpp).
#include <algorithm>

#include "access/http/handler_support.hpp"
#include "history_import/http/routes.hpp"
#include "history_import/http/sheet_source.hpp"
#include "platform/http/json/json_body.hpp"

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
          {"budgetYears", r.budget_years},
          {"alreadyImported", r.already_imported},
          {"problemCount", r.problem_count},
          {"problems", problems}};
}

nlohmann::json mapping_answer(core::ImportKind kind, const std::optional<core::ColumnMapping>& saved) {
  auto fields = nlohmann::json::array();
  for (auto f : core::all_import_fields(kind)) {
    fields.push_back({{"name", core::to_string(f)}, {"required", core::import_field_required(kind, f)}});
  }
  return {{"mapping", saved ? mapping_json(*saved) : nlohmann::json(nullptr)}, {"fields", fields}};
}

// The query of an upload: dryRun, the mapping (fields of the kind only) and, for participations, the consent
// form; anything else is left alone.
struct UploadQuery {
  bool dry_run = true;
  core::ImportRequest request;
};

core::Result<UploadQuery> read_upload_query(const Context& c, core::ImportKind kind) {
  core::FieldErrors errors;
  UploadQuery out;
  const auto& fields = core::all_import_fields(kind);
  for (const auto& [key, value] : c.request.query) {
    if (key == "dryRun") {
      if (value != "true" && value != "false") errors.add("dryRun", "invalid");
      out.dry_run = value != "false";
    } else if (key == "consentFormReference" && kind == core::ImportKind::participations) {
      out.request.consent_form_reference = value;
    } else if (key.rfind("mapping.", 0) == 0) {
      auto field = core::parse_import_field(std::string_view(key).substr(8));
      if (!field || std::find(fields.begin(), fields.end(), *field) == fields.end()) {
        errors.add(key, "unknown");
        continue;
      }
      if (!out.request.mapping) out.request.mapping.emplace();
      if (!value.empty()) out.request.mapping->headers[*field] = value;
    }
  }
  if (c.request.body.empty()) errors.add("file", "empty");
  if (!errors.empty()) return core::unexpected(errors.error());
  return out;
}

Response report_answer(const core::Result<core::ImportReport>& report, bool dry_run) {
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
}

}  // namespace

bool is_import_upload(std::string_view method, std::string_view path) {
  constexpr std::string_view prefix = "/api/v1/associations/";
  if (method != "POST" || path.substr(0, prefix.size()) != prefix) return false;
  std::string_view suffix;
  for (std::string_view kind : {"/participation-imports", "/insats-imports", "/budget-imports"}) {
    if (path.size() > prefix.size() + kind.size() && path.substr(path.size() - kind.size()) == kind) suffix = kind;
  }
  if (suffix.empty()) return false;
  const auto id = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
  return id.size() <= 18 && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void register_history_import_routes(Router& router, HistoryImportRoutes& deps) {
  router.add({"GET", "/api/v1/associations/{id}/participation-imports/mapping", Permission::manage_participants,
              [&deps](Context& c) {
                return json_response(
                    mapping_answer(core::ImportKind::participations, deps.imports.saved_mapping(*path_id(c, "id"))));
              }});
  Route participations{
      "POST", "/api/v1/associations/{id}/participation-imports", Permission::manage_participants, [&deps](Context& c) {
        const auto association = *path_id(c, "id");
        auto query = read_upload_query(c, core::ImportKind::participations);
        if (!query) return problem(query.error());
        auto& imports = deps.imports;
        auto work = [&imports, actor = c.actor(), scope = personal_scope_of(c, deps.scope, association), association,
                     query = *query](const core::RowSource& file) {
          return report_answer(query.dry_run ? imports.check(actor, scope, association, file, query.request)
                                             : imports.run(actor, scope, association, file, query.request),
                               query.dry_run);
        };
        if (wants_import_progress(c.request)) return deps.runner->start(c.request.body, work);
        return work(SheetSource(c.request.body));
      }};
  participations.file_body = true;
  router.add(std::move(participations));

  router.add(
      {"GET", "/api/v1/associations/{id}/insats-imports/mapping", Permission::manage_insatser, [&deps](Context& c) {
         return json_response(
             mapping_answer(core::ImportKind::insatser, deps.insatser.saved_mapping(*path_id(c, "id"))));
       }});
  Route insatser{"POST", "/api/v1/associations/{id}/insats-imports", Permission::manage_insatser, [&deps](Context& c) {
                   const auto association = *path_id(c, "id");
                   auto query = read_upload_query(c, core::ImportKind::insatser);
                   if (!query) return problem(query.error());
                   auto& imports = deps.insatser;
                   auto work = [&imports, actor = c.actor(), staffed = only_staffed(c, association), association,
                                query = *query](const core::RowSource& file) {
                     return report_answer(query.dry_run
                                              ? imports.check(association, file, query.request.mapping)
                                              : imports.run(actor, association, file, query.request.mapping, staffed),
                                          query.dry_run);
                   };
                   if (wants_import_progress(c.request)) return deps.runner->start(c.request.body, work);
                   return work(SheetSource(c.request.body));
                 }};
  insatser.file_body = true;
  router.add(std::move(insatser));

  router.add({"GET", "/api/v1/associations/{id}/budget-imports/mapping", Permission::manage_money, [&deps](Context& c) {
                return json_response(
                    mapping_answer(core::ImportKind::budgets, deps.budgets.saved_mapping(*path_id(c, "id"))));
              }});
  Route budgets{"POST", "/api/v1/associations/{id}/budget-imports", Permission::manage_money, [&deps](Context& c) {
                  const auto association = *path_id(c, "id");
                  auto query = read_upload_query(c, core::ImportKind::budgets);
                  if (!query) return problem(query.error());
                  auto& imports = deps.budgets;
                  auto work = [&imports, actor = c.actor(), association, query = *query](const core::RowSource& file) {
                    return report_answer(query.dry_run ? imports.check(association, file, query.request.mapping)
                                                       : imports.run(actor, association, file, query.request.mapping),
                                         query.dry_run);
                  };
                  if (wants_import_progress(c.request)) return deps.runner->start(c.request.body, work);
                  return work(SheetSource(c.request.body));
                }};
  budgets.file_body = true;
  router.add(std::move(budgets));
}

}  // namespace samordna::http
