#include "app/api/front.hpp"

namespace samordna::http {

namespace {

bool is_api(std::string_view path) { return path == "/api" || path.starts_with("/api/"); }

}  // namespace

Response handle_request(Router& router, const StaticFiles& files, const Request& request) {
  Response response = is_api(request.path) ? router.dispatch(request) : files.serve(request);
  add_security_headers(response);
  return response;
}

bool answered_from_memory(std::string_view method, std::string_view path) {
  if (method != "GET" && method != "HEAD") return false;
  return !is_api(path) || path == "/api/v1/health" || path == "/api/v1/openapi.json";
}

}  // namespace samordna::http
