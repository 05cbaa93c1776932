#pragma once
// Errors as RFC 9457 application/problem+json with a stable machine `code`. The one place where domain
// error kinds become HTTP status codes.
#include <string>

#include "core/error.hpp"
#include "http/message.hpp"

namespace samordna::http {

int status_for(core::ErrorKind kind);
Response problem(int status, const std::string& code);
Response problem(const core::Error& error);

}  // namespace samordna::http
