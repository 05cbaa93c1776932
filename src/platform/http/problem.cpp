#include "platform/http/problem.hpp"

#include <nlohmann/json.hpp>

namespace samordna::http {
namespace {
std::string title_for(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 503: return "Service Unavailable";
    default: return "Internal Server Error";
  }
}
}  // namespace

int status_for(core::ErrorKind kind) {
  switch (kind) {
    case core::ErrorKind::invalid_input: return 422;
    case core::ErrorKind::not_found: return 404;
    case core::ErrorKind::conflict: return 409;
    case core::ErrorKind::stale: return 409;
    case core::ErrorKind::unauthenticated: return 401;
    case core::ErrorKind::forbidden: return 403;
    case core::ErrorKind::too_many: return 429;
    case core::ErrorKind::internal: return 500;
  }
  return 500;
}

namespace {
Response make(int status, const core::Error& error, const nlohmann::json& current = nullptr) {
  nlohmann::json body{{"type", "about:blank"}, {"title", title_for(status)}, {"status", status}, {"code", error.code}};
  if (!error.fields.empty()) {
    auto& errors = body["errors"] = nlohmann::json::array();
    for (const auto& f : error.fields) errors.push_back({{"field", f.field}, {"code", f.code}});
  }
  if (!current.is_null()) body["current"] = current;
  return Response{status, "application/problem+json", body.dump(), {}};
}
}  // namespace

Response problem(int status, const std::string& code) {
  return make(status, core::Error{core::ErrorKind::internal, code, {}});
}

Response problem(const core::Error& error) { return make(status_for(error.kind), error); }

Response problem(const core::Error& error, const nlohmann::json& current) {
  return make(status_for(error.kind), error, current);
}

}  // namespace samordna::http
