#pragma once
// Errors as RFC 9457 application/problem+json with a stable machine `code`. The one place where domain
// error kinds become HTTP status codes.
#include <string>

#include <nlohmann/json.hpp>

#include "kernel/error.hpp"
#include "platform/http/message.hpp"

namespace samordna::http {

int status_for(core::ErrorKind kind);
Response problem(int status, const std::string& code);
Response problem(const core::Error& error);
// A 409 version_conflict carries the record as it is now, so the client can show it and retry.
Response problem(const core::Error& error, const nlohmann::json& current);

}  // namespace samordna::http
