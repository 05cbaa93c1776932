#pragma once
// The API tests' HTTP client: httplib's, and when SAMORDNA_API_RECORD names a file, each exchange is appended to it
// as one JSON line (method, path with query, request body, status, content type, answer). `make test` then checks
// every recorded answer, and every request the server accepted, against openapi.json's schemas
// (web/scripts/check-api-answers.mjs), so the document cannot drift from what the server really says.
#include <httplib.h>

#include <string>

namespace samordna::apitest {

class RecordingClient {
 public:
  RecordingClient(const std::string& host, int port);

  httplib::Result Get(const std::string& path);
  httplib::Result Get(const std::string& path, const httplib::Headers& headers);
  httplib::Result Post(const std::string& path, const std::string& body, const std::string& content_type);
  httplib::Result Post(const std::string& path, const httplib::Headers& headers, const std::string& body,
                       const std::string& content_type);
  httplib::Result Put(const std::string& path, const std::string& body, const std::string& content_type);
  httplib::Result Put(const std::string& path, const httplib::Headers& headers, const std::string& body,
                      const std::string& content_type);
  httplib::Result Delete(const std::string& path);
  httplib::Result Delete(const std::string& path, const httplib::Headers& headers);
  httplib::Result Delete(const std::string& path, const httplib::Headers& headers, const std::string& body,
                         const std::string& content_type);

  void set_connection_timeout(time_t seconds, time_t microseconds = 0);
  void set_read_timeout(time_t seconds, time_t microseconds = 0);
  void set_write_timeout(time_t seconds, time_t microseconds = 0);
  void set_decompress(bool on);  // false: bodies as sent, compressed or not

 private:
  httplib::Result record(const char* method, const std::string& path, const std::string& request_body,
                         httplib::Result result);
  httplib::Client client_;
};

}  // namespace samordna::apitest
