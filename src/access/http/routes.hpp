#pragma once
// The access context's routes: sessions, users and roles, invitations and the audit log.
// Handlers receive this context's services (and the few lookups they answer 404 or 409 with), never the whole
// installation; app/api/api.cpp registers every context's routes.
#include <string_view>

#include "access/auth_service.hpp"
#include "access/http/router.hpp"
#include "access/invitation_service.hpp"
#include "access/ports.hpp"
#include "access/user_admin_service.hpp"
#include "audit/audit_trail.hpp"
#include "kernel/clock.hpp"

namespace samordna::http {

struct AccessRoutes {
  core::AuthService& auth;
  core::UserAdminService& user_admin;
  core::InvitationService& invitations;
  core::StaffingLookup& staffing;  // passed to UserAdminService::pending_for
  core::AuditTrail& audit;
  const core::Clock& clock;
  bool secure_cookies = true;
};

// The requests that hash a password (a login, a password change, an invitation accepted): the server runs them
// apart from the workers, so that a burst of logins does not hold up the rest.
bool hashes_password(std::string_view method, std::string_view path);

void register_session_routes(Router& router, AccessRoutes& deps);
void register_user_routes(Router& router, AccessRoutes& deps);
void register_invitation_routes(Router& router, AccessRoutes& deps);
void register_audit_routes(Router& router, AccessRoutes& deps);

}  // namespace samordna::http
