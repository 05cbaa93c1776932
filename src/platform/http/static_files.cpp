#include "platform/http/static_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/http/content_coding.hpp"
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
std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream body;
  body << in.rdbuf();
  return body.str();
}

}  // namespace

StaticFiles::StaticFiles(const std::string& root) {
  std::error_code ec;
  if (root.empty() || !std::filesystem::is_directory(root, ec)) return;
  std::map<std::string, std::filesystem::path> compressed;  // "X.br" and "X.gz", attached to X below
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root, ec)) {
    if (!entry.is_regular_file()) continue;
    std::string url = "/" + std::filesystem::relative(entry.path(), root).generic_string();
    auto extension = entry.path().extension();
    if (extension == ".br" || extension == ".gz") {
      compressed[url] = entry.path();
      continue;
    }
    files_[url] = File{content_type_for(entry.path()), read_file(entry.path()), {}, {}};
  }
  for (const auto& [url, path] : compressed) {
    auto original = files_.find(url.substr(0, url.size() - 3));
    if (original == files_.end()) continue;  // a stray archive is not served
    std::string body = read_file(path);
    if (body.empty() || body.size() >= original->second.body.size()) continue;
    (url.ends_with(".br") ? original->second.brotli : original->second.gzip) = std::move(body);
  }
}

Response StaticFiles::send(const File& file, const Request& request, const char* cache_control) {
  Response r{200, file.content_type, {}, {{"Cache-Control", cache_control}}};
  if (file.gzip.empty() && file.brotli.empty()) {
    r.body = file.body;
    return r;
  }
  r.headers.emplace_back("Vary", "Accept-Encoding");
  switch (choose_coding(request.header("accept-encoding"), {!file.gzip.empty(), !file.brotli.empty()})) {
    case ContentCoding::br:
      r.body = file.brotli;
      r.headers.emplace_back("Content-Encoding", "br");
      break;
    case ContentCoding::gzip:
      r.body = file.gzip;
      r.headers.emplace_back("Content-Encoding", "gzip");
      break;
    case ContentCoding::identity: r.body = file.body; break;
  }
  return r;
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
    return send(it->second, request, hashed ? "public, max-age=31536000, immutable" : "no-cache");
  }
  if (request.path.rfind("/assets/", 0) == 0) return problem(404, "not_found");
  auto index = files_.find("/index.html");
  if (index == files_.end()) {
    return Response{200,
                    "text/plain; charset=utf-8",
                    "Samordna: the web app is not built (run make build).\n",
                    {{"Cache-Control", "no-cache"}}};
  }
  return send(index->second, request, "no-cache");
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
