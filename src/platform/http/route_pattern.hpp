#pragma once
// Matching a request path against a route pattern such as /api/v1/associations/{id}/members.
#include <map>
#include <string>

namespace samordna::http {

// Whether `path` fits `pattern`; the {name} segments go into `params` (never empty, never with a '/').
bool match_pattern(const std::string& pattern, const std::string& path, std::map<std::string, std::string>& params);

}  // namespace samordna::http
