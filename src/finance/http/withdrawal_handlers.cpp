// The withdrawal what-if: what a member's leaving on a given notice day costs and returns.
#include "access/http/handler_support.hpp"
#include "finance/http/money_json.hpp"
#include "finance/http/routes.hpp"

namespace samordna::http {

void register_withdrawal_routes(Router& router, FinanceRoutes& deps) {
  router.add({"GET", "/api/v1/members/{id}/withdrawal", Permission::view_money, [&deps](Context& c) {
                auto id = path_id(c, "id");
                if (!id || !deps.membership.member(*id)) return problem(404, "not_found");
                auto it = c.request.query.find("noticeOn");
                if (it == c.request.query.end() || it->second.empty()) {
                  return problem(core::Error::invalid("noticeOn", "required"));
                }
                auto notice_on = core::CivilDate::parse(it->second);
                if (!notice_on) return problem(core::Error::invalid("noticeOn", "invalid"));
                auto what_if = deps.finance.withdrawal_what_if(*id, *notice_on);
                if (!what_if) {
                  auto error = what_if.error();  // the notice's day is this request's noticeOn
                  for (auto& f : error.fields) {
                    if (f.field == "givenOn") f.field = "noticeOn";
                  }
                  return problem(error);
                }
                return json_response(what_if_json(*id, *notice_on, *what_if));
              }});
}

}  // namespace samordna::http
