#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "kernel/error.hpp"
#include "platform/http/message.hpp"

namespace samordna::http {

// Parses a JSON object body. Errors: 400 malformed_json (status via ErrorKind mapping is not used here:
// callers turn the code into a 400 with problem()).
core::Result<nlohmann::json> json_object_body(const Request& request);
Response json_response(const nlohmann::json& body, int status = 200);
// The same answer for JSON already written as text (JsonWriter).
Response written_json_response(std::string body, int status = 200);

}  // namespace samordna::http
