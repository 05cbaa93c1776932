#pragma once
// The front door: /api/* to the router, everything else to the web app; security headers on all.
#include "access/http/router.hpp"
#include "platform/http/static_files.hpp"

namespace samordna::http {

Response handle_request(Router& router, const StaticFiles& files, const Request& request);

}  // namespace samordna::http
