#pragma once
// The API's route table: which handler serves which path, and what permission each needs.
#include <string>

#include "core/access_ports.hpp"
#include "core/auth.hpp"
#include "core/finance_service.hpp"
#include "core/membership_service.hpp"
#include "core/ports.hpp"
#include "core/user_admin_service.hpp"
#include "http/router.hpp"

namespace samordna::http {

struct ApiDeps {
  core::AuthService& auth;
  core::AssociationRepository& associations;
  core::CharterRepository& charters;
  core::MembershipService& membership;
  core::FinanceService& finance;
  core::UserAdminService& user_admin;
  core::RoleAssignmentRepository& assignments;
  core::AuditTrail& audit;
  core::AuditRepository& audit_events;
  const core::Clock& clock;
  bool secure_cookies = true;
  std::string version;
};

void register_routes(Router& router, ApiDeps& deps);
// The OpenAPI 3 document describing every route (compiled in from openapi.json).
std::string_view openapi_document();

}  // namespace samordna::http
