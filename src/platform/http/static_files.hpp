#pragma once
// The built web app, loaded into memory at start: hashed /assets/* are immutable, everything else that is
// not a file falls back to index.html (no-cache) so the client router can handle it. A file's precompressed
// copies made at build time (`X.br`, `X.gz` beside `X`, web/scripts/compress.mjs) are sent instead of it to
// clients that accept them (Content-Encoding, Vary: Accept-Encoding); they are not URLs of their own.
#include <map>
#include <string>

#include "platform/http/message.hpp"

namespace samordna::http {

class StaticFiles {
 public:
  explicit StaticFiles(const std::string& root);  // an empty or missing root serves a plain notice
  [[nodiscard]] Response serve(const Request& request) const;
  [[nodiscard]] std::size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string content_type;
    std::string body;
    std::string gzip;    // empty when there is no smaller gzip copy
    std::string brotli;  // empty when there is no smaller brotli copy
  };
  [[nodiscard]] static Response send(const File& file, const Request& request, const char* cache_control);
  std::map<std::string, File> files_;  // by URL path
};

// Security headers for every response (CSP and friends from UI.md).
void add_security_headers(Response& response);

}  // namespace samordna::http
