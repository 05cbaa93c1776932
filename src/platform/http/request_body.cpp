#include "platform/http/request_body.hpp"

#include "platform/http/json/json_body.hpp"
#include "platform/http/problem.hpp"

namespace samordna::http {

RequestBody::RequestBody(const Request& request)
    : parsed_(json_object_body(request)),
      object_(parsed_ ? std::move(*parsed_) : nlohmann::json::object()),
      reader_(object_, errors_) {}

std::optional<Response> RequestBody::refusal() const {
  if (!parsed_) return problem(400, parsed_.error().code);
  if (!errors_.empty()) return problem(errors_.error());
  return std::nullopt;
}

}  // namespace samordna::http
