// The participant-level export (CSV) for staff with personal data, within their scope: streamed a page at
// a time, so a national-scale export never sits in memory; it holds one of the two export slots until its
// last chunk, and is logged as an export of personal data before the first row leaves. Pages are read ahead
// (ParticipationCsvPages).
#include "access/http/handler_support.hpp"
#include "access/http/scope.hpp"
#include "platform/http/export_slots.hpp"
#include "privacy/http/routes.hpp"
#include "privacy/reports/participation_csv.hpp"
#include "privacy/reports/participation_csv_pages.hpp"

namespace samordna::http {

void register_participation_export_routes(Router& router, PrivacyRoutes& deps) {
  router.add({"GET", "/api/v1/associations/{id}/participations.csv", Permission::view_personal, [&deps](Context& c) {
                core::FieldErrors errors;
                auto period = query_period(c.request, errors);
                if (!period) return problem(errors.error());
                const auto association = *path_id(c, "id");
                auto slot = acquire_export_slot();
                if (!slot) return exports_busy();
                auto started = deps.exports.start(c.actor(), association, period->from, period->to,
                                                  personal_scope_of(c, deps.scope, association));
                if (!started) return problem(started.error());
                auto pages = std::make_shared<report::ParticipationCsvPages>(*started);
                auto header = std::make_shared<bool>(true);
                Response r{200,
                           "text/csv; charset=utf-8",
                           {},
                           {{"Content-Disposition", "attachment; filename=\"deltaganden.csv\""},
                            {"Cache-Control", "no-store"}},
                           {}};
                // The producer owns the slot, the pager and whether the header went out.
                r.stream = [pages, header, slot]() -> std::string {
                  if (*header) {
                    *header = false;
                    return report::participation_csv_header();
                  }
                  return pages->next_chunk();
                };
                return r;
              }});
}

}  // namespace samordna::http
