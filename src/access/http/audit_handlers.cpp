// The audit log: a förbund's events for its revisor and administrator (also as CSV for the auditors), and
// the whole installation's for superusers. Exporting is itself an audited event.
#include <cstdio>

#include "access/http/handler_support.hpp"
#include "access/http/routes.hpp"
#include "platform/report/csv_writer.hpp"

namespace samordna::http {
namespace {

constexpr std::int64_t kPageSize = 50;

// "2026-11-22 17:40:10" (UTC) for the CSV, which Excel reads as a date-time.
std::string utc_text(std::int64_t unix_seconds) {
  const auto days = unix_seconds >= 0 ? unix_seconds / 86'400 : (unix_seconds - 86'399) / 86'400;
  const auto seconds = unix_seconds - days * 86'400;
  char clock[16];
  std::snprintf(clock, sizeof clock, " %02d:%02d:%02d", int(seconds / 3600), int(seconds / 60 % 60), int(seconds % 60));
  return core::CivilDate::from_days(int(days)).iso() + clock;
}
constexpr std::int64_t kExportLimit = 100'000;

nlohmann::json event_json(const core::AuditEvent& e) {
  auto fields = nlohmann::json::array();
  for (const auto& f : e.fields) {
    fields.push_back({{"name", f.name}, {"value", f.value ? nlohmann::json(*f.value) : nlohmann::json(nullptr)}});
  }
  return {{"id", e.id},
          {"at", e.at},
          {"userId", e.actor.user_id},
          {"username", e.actor.username},
          {"clientAddress", e.actor.client_address},
          {"associationId", e.association_id ? nlohmann::json(*e.association_id) : nlohmann::json(nullptr)},
          {"action", e.action},
          {"entity", e.entity},
          {"entityId", e.entity_id},
          {"fields", fields}};
}

// The filter from the query string; a förbund's log includes the sign-ins of the users with a role in it.
// Errors: from|to invalid (YYYY-MM-DD), page invalid.
core::Result<core::AuditFilter> filter_of(AccessRoutes& deps, const Context& c,
                                          std::optional<std::int64_t> association_id) {
  core::AuditFilter f;
  f.association_id = association_id;
  if (association_id) {
    for (const auto& u : deps.user_admin.users_in(*association_id)) f.session_usernames.push_back(u.user.username);
  }
  auto q = [&](const char* name) { return query_text(c.request, name); };
  f.action = q("action");
  f.username = q("username");
  f.entity = q("entity");
  f.entity_id = q("entityId");
  core::FieldErrors errors;
  auto day = [&](const char* name, int offset) -> std::optional<std::int64_t> {
    if (q(name).empty()) return std::nullopt;
    auto d = core::CivilDate::parse(q(name));
    if (!d) {
      errors.add(name, "invalid");
      return std::nullopt;
    }
    return std::int64_t(d->days_since_epoch() + offset) * 86'400;
  };
  f.from_at = day("from", 0);
  f.to_at = day("to", 1);
  if (!q("page").empty()) {
    auto page = positive_integer(q("page"));
    if (!page) errors.add("page", "invalid");
    f.offset = (page.value_or(1) - 1) * kPageSize;
  }
  f.limit = kPageSize;
  if (!errors.empty()) return core::unexpected(errors.error());
  return f;
}

Response page_of(AccessRoutes& deps, const core::Result<core::AuditFilter>& filter) {
  if (!filter) return problem(filter.error());
  auto items = nlohmann::json::array();
  for (const auto& e : deps.audit.find(*filter)) items.push_back(event_json(e));
  return json_response({{"items", items},
                        {"total", deps.audit.count(*filter)},
                        {"page", filter->offset / kPageSize + 1},
                        {"pageSize", kPageSize}});
}

}  // namespace

void register_audit_routes(Router& router, AccessRoutes& deps) {
  router.add({"GET", "/api/v1/associations/{id}/audit", Permission::view_audit,
              [&deps](Context& c) { return page_of(deps, filter_of(deps, c, path_id(c, "id"))); }});
  router.add({"GET", "/api/v1/audit", Permission::manage_installation,
              [&deps](Context& c) { return page_of(deps, filter_of(deps, c, std::nullopt)); }});
  router.add({"GET", "/api/v1/associations/{id}/audit.csv", Permission::view_audit, [&deps](Context& c) {
                auto filter = filter_of(deps, c, path_id(c, "id"));
                if (!filter) return problem(filter.error());
                filter->limit = kExportLimit;
                filter->offset = 0;
                auto events = deps.audit.find(*filter);
                deps.audit.record(c.actor(), filter->association_id, "export", "audit", "",
                                  {{"rows", std::to_string(events.size())}});
                std::string out;
                report::CsvWriter csv(out);
                csv.row({"id", "tid (UTC)", "användare", "adress", "händelse", "objekt", "objekt-id", "fält"});
                for (const auto& e : events) {
                  csv.row({std::to_string(e.id), utc_text(e.at), e.actor.username, e.actor.client_address, e.action,
                           e.entity, e.entity_id, core::encode_fields(e.fields)});
                }
                return Response{200,
                                "text/csv; charset=utf-8",
                                std::move(out),
                                {{"Content-Disposition", "attachment; filename=\"granskningslogg.csv\""},
                                 {"Cache-Control", "no-store"}}};
              }});
}

}  // namespace samordna::http
