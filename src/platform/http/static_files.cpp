#include "platform/http/static_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/http/problem.hpp"

namespace samordna::http {
namespace {
std::string content_type_for(const std::filesystem::path& p) {
  static const std::map<std::string, std::string> kTypes{{".html", "text/html; charset=utf-8"},
                                                         {".js", "text/javascript; charset=utf-8"},
                                                         {".css", "text/css; charset=utf-8"},
                                                         {".svg", "image/svg+xml"},
                                                         {".png", "image/png"},
                                                         {".ico", "image/x-icon"},
                                                         {".json", "application/json"},
                                                         {".woff2", "font/woff2"},
                                                         {".txt", "text/plain; charset=utf-8"},
                                                         {".map", "application/json"}};
  auto it = kTypes.find(p.extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}
}  // namespace

StaticFiles::StaticFiles(const std::string& root) {
  std::error_code ec;
  if (root.empty() || !std::filesystem::is_directory(root, ec)) return;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root, ec)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream body;
    body << in.rdbuf();
    std::string url = "/" + std::filesystem::relative(entry.path(), root).generic_string();
    files_[url] = File{content_type_for(entry.path()), body.str()};
  }
}

Response StaticFiles::serve(const Request& request) const {
  if (request.method != "GET" && request.method != "HEAD") {
    Response r = problem(405, "method_not_allowed");
    r.headers.emplace_back("Allow", "GET, HEAD");
    return r;
  }
  auto it = files_.find(request.path);
  if (it != files_.end() && request.path != "/index.html") {
    bool hashed = request.path.rfind("/assets/", 0) == 0;
    return Response{200,
                    it->second.content_type,
                    it->second.body,
                    {{"Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache"}}};
  }
  if (request.path.rfind("/assets/", 0) == 0) return problem(404, "not_found");
  auto index = files_.find("/index.html");
  if (index == files_.end()) {
    return Response{200,
                    "text/plain; charset=utf-8",
                    "Samordna: the web app is not built (run make build).\n",
                    {{"Cache-Control", "no-cache"}}};
  }
  return Response{200, index->second.content_type, index->second.body, {{"Cache-Control", "no-cache"}}};
}

void add_security_headers(Response& r) {
  r.headers.emplace_back("Content-Security-Policy",
                         "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                         "object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  r.headers.emplace_back("Referrer-Policy", "no-referrer");
  r.headers.emplace_back("X-Frame-Options", "DENY");
}

}  // namespace samordna::http
