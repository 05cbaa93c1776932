#include "app/api/front.hpp"

namespace samordna::http {

Response handle_request(Router& router, const StaticFiles& files, const Request& request) {
  bool api = request.path == "/api" || request.path.rfind("/api/", 0) == 0;
  Response response = api ? router.dispatch(request) : files.serve(request);
  add_security_headers(response);
  return response;
}

}  // namespace samordna::http
