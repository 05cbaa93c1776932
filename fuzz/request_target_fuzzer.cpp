// The request target: percent-decoding, the query string, and matching the path against route patterns. Never
// crashes; a decoded path never grows; a matched parameter is never empty and never holds a '/'.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>

#include "platform/http/message.hpp"
#include "platform/http/route_pattern.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view target(reinterpret_cast<const char*>(data), size);
  const auto q = target.find('?');
  const std::string path = samordna::http::percent_decode(target.substr(0, q));
  if (path.size() > target.substr(0, q).size()) std::abort();
  if (q != std::string_view::npos) (void)samordna::http::parse_query(target.substr(q + 1));
  static const char* patterns[] = {
      "/api/v1/associations/{id}/members",
      "/api/v1/associations/{id}/insatser/{insatsId}/staff",
      "/api/v1/associations/{id}/persons/{personId}",
      "/api/v1/members/{id}/withdrawal",
      "/api/v1/associations/{id}/budgets/{year}/payments/{memberId}",
      "/{a}/{b}/{c}",
  };
  std::map<std::string, std::string> params;
  for (const char* pattern : patterns) {
    if (!samordna::http::match_pattern(pattern, path, params)) continue;
    for (const auto& [name, value] : params) {
      if (value.empty() || value.find('/') != std::string::npos) std::abort();
    }
  }
  return 0;
}
