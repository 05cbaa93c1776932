#pragma once
// The front door: /api/* to the router, everything else to the web app; security headers on all.
#include <string_view>

#include "access/http/router.hpp"
#include "platform/http/static_files.hpp"

namespace samordna::http {

Response handle_request(Router& router, const StaticFiles& files, const Request& request);

// The requests whose answer is kept in memory and never waits: reading the web app's files, the health check and
// the API description. The server answers them on its I/O threads (ServerOptions::runs_inline).
bool answered_from_memory(std::string_view method, std::string_view path);

}  // namespace samordna::http
