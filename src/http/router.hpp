#pragma once
// The route table. Every route declares the permission it needs; the dispatcher authenticates, checks
// CSRF on unsafe methods and the permission, then calls the handler.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/auth.hpp"
#include "http/message.hpp"

namespace samordna::http {

enum class Permission { public_access, authenticated, admin };
std::string_view to_string(Permission p);

struct Context {
  const Request& request;
  std::map<std::string, std::string> params;  // from {name} segments of the pattern
  std::optional<core::Authenticated> auth;    // set for every non-public route
};

using Handler = std::function<Response(Context&)>;

struct Route {
  std::string method;
  std::string pattern;  // e.g. /api/v1/associations/{id}/members
  Permission permission;
  Handler handler;
};

class Router {
 public:
  explicit Router(core::AuthService& auth) : auth_(auth) {}
  void add(Route route) { routes_.push_back(std::move(route)); }
  [[nodiscard]] const std::vector<Route>& routes() const { return routes_; }
  // Handles /api/ requests: 404 for an unknown path, 405 with Allow for a known path and other method.
  Response dispatch(const Request& request);

 private:
  Response run(const Route& route, Context& context);
  core::AuthService& auth_;
  std::vector<Route> routes_;
};

bool match_pattern(const std::string& pattern, const std::string& path, std::map<std::string, std::string>& params);
bool is_unsafe_method(const std::string& method);

}  // namespace samordna::http
