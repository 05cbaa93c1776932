#include "platform/http/json/json_body.hpp"

namespace samordna::http {

core::Result<nlohmann::json> json_object_body(const Request& request) {
  auto parsed = nlohmann::json::parse(request.body, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    return core::unexpected(core::Error::of(core::ErrorKind::invalid_input, "malformed_json"));
  }
  return parsed;
}

Response json_response(const nlohmann::json& body, int status) { return written_json_response(body.dump(), status); }

Response written_json_response(std::string body, int status) {
  return Response{status, "application/json", std::move(body), {{"Cache-Control", "no-store"}}};
}

}  // namespace samordna::http
