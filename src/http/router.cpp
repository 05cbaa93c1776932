#include "http/router.hpp"

#include <sodium.h>

#include "http/problem.hpp"
#include "http/session_cookie.hpp"

namespace samordna::http {

std::string_view to_string(Permission p) {
  switch (p) {
    case Permission::public_access: return "public";
    case Permission::authenticated: return "authenticated";
    case Permission::admin: return "admin";
  }
  return "admin";
}

bool is_unsafe_method(const std::string& method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

bool match_pattern(const std::string& pattern, const std::string& path, std::map<std::string, std::string>& params) {
  std::size_t p = 0;
  std::size_t q = 0;
  params.clear();
  while (p < pattern.size() && q <= path.size()) {
    if (pattern[p] == '{') {
      std::size_t close = pattern.find('}', p);
      std::size_t end = path.find('/', q);
      if (end == std::string::npos) end = path.size();
      if (end == q) return false;
      params[pattern.substr(p + 1, close - p - 1)] = path.substr(q, end - q);
      p = close + 1;
      q = end;
    } else {
      if (q >= path.size() || pattern[p] != path[q]) return false;
      ++p;
      ++q;
    }
  }
  return p == pattern.size() && q == path.size();
}

Response Router::dispatch(const Request& request) {
  std::map<std::string, std::string> params;
  std::string allow;
  for (const auto& route : routes_) {
    if (!match_pattern(route.pattern, request.path, params)) continue;
    if (route.method != request.method) {
      allow += (allow.empty() ? "" : ", ") + route.method;
      continue;
    }
    Context context{request, params, std::nullopt};
    return run(route, context);
  }
  if (!allow.empty()) {
    Response r = problem(405, "method_not_allowed");
    r.headers.emplace_back("Allow", allow);
    return r;
  }
  return problem(404, "not_found");
}

Response Router::run(const Route& route, Context& context) {
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
    if (route.permission == Permission::admin) {
      const auto& roles = context.auth->user.roles;
      if (std::find(roles.begin(), roles.end(), "admin") == roles.end()) return problem(403, "forbidden");
    }
  }
  return route.handler(context);
}

}  // namespace samordna::http
