#include "platform/http/route_pattern.hpp"

namespace samordna::http {

bool match_pattern(const std::string& pattern, const std::string& path, std::map<std::string, std::string>& params) {
  std::size_t p = 0;
  std::size_t q = 0;
  params.clear();
  while (p < pattern.size() && q <= path.size()) {
    if (pattern[p] == '{') {
      std::size_t close = pattern.find('}', p);
      std::size_t end = path.find('/', q);
      if (end == std::string::npos) end = path.size();
      if (end == q) return false;
      params[pattern.substr(p + 1, close - p - 1)] = path.substr(q, end - q);
      p = close + 1;
      q = end;
    } else {
      if (q >= path.size() || pattern[p] != path[q]) return false;
      ++p;
      ++q;
    }
  }
  return p == pattern.size() && q == path.size();
}

}  // namespace samordna::http
