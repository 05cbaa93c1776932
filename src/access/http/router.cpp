#include "access/http/router.hpp"

#include <sodium.h>

#include "access/http/session_cookie.hpp"
#include "platform/http/body_reader.hpp"
#include "platform/http/problem.hpp"

namespace samordna::http {

Scope scope_of(const std::string& pattern) {
  if (pattern.rfind("/api/v1/associations/{id}", 0) == 0) return Scope::association;
  if (pattern.rfind("/api/v1/members/{id}", 0) == 0) return Scope::member;
  return Scope::none;
}

void Router::add(Route route) {
  route.scope = scope_of(route.pattern);
  routes_.push_back(std::move(route));
}

std::optional<std::int64_t> Router::association_of(const Route& route, const Context& context) const {
  if (route.scope == Scope::none) return std::nullopt;
  auto id = positive_integer(context.params.at("id"));
  if (!id || route.scope == Scope::association) return id;
  return member_association_(*id);
}

bool Router::association_exists(std::int64_t id, std::int64_t access_version) {
  if (access_version > 0) {
    std::lock_guard lock(known_mutex_);
    if (known_version_ == access_version && known_.contains(id)) return true;
  }
  // Read after the version: a förbund found now existed at it or later.
  const bool exists = association_exists_(id);
  if (exists && access_version > 0) {
    std::lock_guard lock(known_mutex_);
    if (known_version_ != access_version) {
      known_.clear();
      known_version_ = access_version;
    }
    known_.insert(id);
  }
  return exists;
}

bool is_unsafe_method(const std::string& method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

Response Router::dispatch(const Request& request) {
  std::map<std::string, std::string> params;
  std::string allow;
  for (const auto& route : routes_) {
    if (!match_pattern(route.pattern, request.path, params)) continue;
    if (route.method != request.method) {
      allow += (allow.empty() ? "" : ", ") + route.method;
      continue;
    }
    Context context{request, params, std::nullopt, {}};
    return run(route, context);
  }
  if (!allow.empty()) {
    Response r = problem(405, "method_not_allowed");
    r.headers.emplace_back("Allow", allow);
    return r;
  }
  return problem(404, "not_found");
}

bool declares_json(const Request& request) {
  std::string type = request.header("content-type");
  type = type.substr(0, type.find(';'));
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.pop_back();
  for (auto& ch : type) ch = char(std::tolower(static_cast<unsigned char>(ch)));
  return type == "application/json";
}

// What a spreadsheet upload may be declared as.
bool declares_file(const Request& request) {
  std::string type = request.header("content-type");
  type = type.substr(0, type.find(';'));
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.pop_back();
  for (auto& ch : type) ch = char(std::tolower(static_cast<unsigned char>(ch)));
  return type == "text/csv" || type == "application/octet-stream" ||
         type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

Response Router::run(const Route& route, Context& context) {
  // Before anything else, the login included: a body that is not declared JSON is refused. A file route is
  // never public, so its type is checked once the session and its CSRF token are (below).
  const bool has_body = is_unsafe_method(context.request.method) && !context.request.body.empty();
  if (has_body && !route.file_body && !declares_json(context.request)) return problem(415, "unsupported_media_type");
  if (route.permission != Permission::public_access) {
    auto authenticated = auth_.authenticate(context.request.cookie(kSessionCookie));
    if (!authenticated) return problem(authenticated.error());
    context.auth = std::move(*authenticated);
    if (is_unsafe_method(context.request.method)) {
      const std::string sent = context.request.header("x-csrf-token");
      const std::string& expected = context.auth->session.csrf_token;
      if (sent.size() != expected.size() || sodium_memcmp(sent.data(), expected.data(), sent.size()) != 0) {
        return problem(403, "csrf_invalid");
      }
    }
    // Kept with the session when the auth service keeps principals; otherwise read now.
    context.access =
        core::access_for(context.auth->user,
                         context.auth->assignments ? *context.auth->assignments
                                                   : assignments_.assignments_of_user(context.auth->user.id),
                         clock_.today());
    // The one place where access is decided: outside the caller's förbund a resource does not exist (404).
    switch (context.access.decide(route.permission, association_of(route, context))) {
      case core::Decision::allow: break;
      case core::Decision::forbid: return problem(403, "forbidden");
      case core::Decision::hide: return problem(404, "not_found");
    }
    // A förbund that does not exist has no members, users or insatser to list, and nothing can be added to it.
    if (route.scope == Scope::association) {
      auto id = association_of(route, context);
      if (!id || !association_exists(*id, context.auth->access_version)) return problem(404, "not_found");
    }
  }
  if (has_body && route.file_body && !declares_file(context.request)) return problem(415, "unsupported_media_type");
  return route.handler(context);
}

}  // namespace samordna::http
