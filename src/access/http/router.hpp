#pragma once
// The route table. Every route declares the permission it needs; the dispatcher authenticates, checks
// CSRF on unsafe methods and the permission, then calls the handler.
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "access/auth_service.hpp"
#include "access/domain/access.hpp"
#include "access/domain/role.hpp"
#include "access/ports.hpp"
#include "audit/domain/audit.hpp"
#include "kernel/clock.hpp"
#include "platform/http/message.hpp"
#include "platform/http/route_pattern.hpp"

namespace samordna::http {

using core::Permission;

// Which förbund a route concerns, found from its path: /associations/{id}/… or /members/{id}/….
enum class Scope { none, association, member };

struct Context {
  const Request& request;
  std::map<std::string, std::string> params;  // from {name} segments of the pattern
  std::optional<core::Authenticated> auth;    // set for every non-public route
  core::Access access;                        // the caller's roles today (empty for public routes)

  // Who is acting, for the audit log.
  [[nodiscard]] core::Actor actor() const {
    if (!auth) return {0, "", request.client_address};
    return {auth->user.id, auth->user.username, request.client_address};
  }
};

using Handler = std::function<Response(Context&)>;

struct Route {
  std::string method;
  std::string pattern;  // e.g. /api/v1/associations/{id}/members
  Permission permission;
  Handler handler;
  Scope scope = Scope::none;  // set by Router::add from the pattern
  // The body is a file (a spreadsheet: CSV, XLSX or octet-stream), not JSON; the CSRF token is still required.
  bool file_body = false;
};

// The förbund a member belongs to (for routes scoped by member), or nullopt.
using MemberAssociation = std::function<std::optional<std::int64_t>(std::int64_t member_id)>;

// Whether a förbund exists (routes under /associations/{id} answer 404 for one that does not).
using AssociationExists = std::function<bool(std::int64_t association_id)>;

// Whether a request with a body declares it as JSON (application/json, parameters allowed). The API reads
// only JSON bodies; refusing others (415) keeps cross-site forms (text/plain, form encodings) out.
bool declares_json(const Request& request);

class Router {
 public:
  Router(core::AuthService& auth, core::RoleAssignmentRepository& assignments, const core::Clock& clock,
         MemberAssociation member_association, AssociationExists association_exists)
      : auth_(auth),
        assignments_(assignments),
        clock_(clock),
        member_association_(std::move(member_association)),
        association_exists_(std::move(association_exists)) {}
  void add(Route route);
  [[nodiscard]] const std::vector<Route>& routes() const { return routes_; }
  // Handles /api/ requests: 404 for an unknown path, 405 with Allow for a known path and other method.
  Response dispatch(const Request& request);

 private:
  Response run(const Route& route, Context& context);
  // Whether the förbund exists; one known to at the caller's access version (which a förbund added or removed
  // moves) is not asked again.
  bool association_exists(std::int64_t id, std::int64_t access_version);
  std::optional<std::int64_t> association_of(const Route& route, const Context& context) const;
  core::AuthService& auth_;
  core::RoleAssignmentRepository& assignments_;
  const core::Clock& clock_;
  MemberAssociation member_association_;
  AssociationExists association_exists_;
  std::mutex known_mutex_;
  std::int64_t known_version_ = 0;
  std::unordered_set<std::int64_t> known_;  // förbund known to exist at known_version_
  std::vector<Route> routes_;
};

bool is_unsafe_method(const std::string& method);
Scope scope_of(const std::string& pattern);

}  // namespace samordna::http
