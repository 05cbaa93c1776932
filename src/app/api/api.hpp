#pragma once
// The API's route table: every context's routes, the health check and the OpenAPI document.
#include <string>
#include <string_view>

#include "access/http/router.hpp"
#include "access/http/routes.hpp"
#include "app/installation.hpp"
#include "finance/http/routes.hpp"
#include "follow_up/http/routes.hpp"
#include "history_import/http/routes.hpp"
#include "membership/http/routes.hpp"
#include "participants/http/routes.hpp"
#include "privacy/http/routes.hpp"

namespace samordna::http {

// What each context's handlers receive; built once from the installation and kept while the router serves.
struct ApiDeps {
  AccessRoutes access;
  MembershipRoutes membership;
  FinanceRoutes finance;
  ParticipantRoutes participants;
  PrivacyRoutes privacy;
  FollowUpRoutes follow_up;
  HistoryImportRoutes history_import;
  std::string version;
};

ApiDeps api_deps(app::Installation& inst, const core::Clock& clock, bool secure_cookies, std::string version);
void register_routes(Router& router, ApiDeps& deps);
// The OpenAPI 3 document describing every route (compiled in from openapi.json).
std::string_view openapi_document();

}  // namespace samordna::http
