#include "recording_client.hpp"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <mutex>

namespace samordna::apitest {
namespace {

std::mutex record_mutex;

// The body as JSON when it is JSON; otherwise null (CSV, PDF, XLSX and empty answers are checked by type only).
nlohmann::json json_or_null(const std::string& text) {
  auto parsed = nlohmann::json::parse(text, nullptr, false);
  return parsed.is_discarded() ? nlohmann::json() : parsed;
}

}  // namespace

RecordingClient::RecordingClient(const std::string& host, int port) : client_(host, port) {}

httplib::Result RecordingClient::record(const char* method, const std::string& path, const std::string& request_body,
                                        httplib::Result result) {
  const char* file = std::getenv("SAMORDNA_API_RECORD");
  if (file == nullptr || *file == '\0' || !result) return result;
  std::string content_type = result->get_header_value("Content-Type");
  nlohmann::json line = {{"method", method},
                         {"path", path},
                         {"request", json_or_null(request_body)},
                         {"status", result->status},
                         {"contentType", content_type}};
  if (content_type.find("json") != std::string::npos) line["answer"] = json_or_null(result->body);
  std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + '\n';
  // One write with O_APPEND per line: the API test shards run as processes side by side, appending to one file.
  std::lock_guard lock(record_mutex);
  int fd = ::open(file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return result;
  std::size_t written = 0;
  while (written < text.size()) {
    ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  ::close(fd);
  return result;
}

httplib::Result RecordingClient::Get(const std::string& path) { return record("GET", path, "", client_.Get(path)); }
httplib::Result RecordingClient::Get(const std::string& path, const httplib::Headers& headers) {
  return record("GET", path, "", client_.Get(path, headers));
}
httplib::Result RecordingClient::Post(const std::string& path, const std::string& body,
                                      const std::string& content_type) {
  return record("POST", path, body, client_.Post(path, body, content_type));
}
httplib::Result RecordingClient::Post(const std::string& path, const httplib::Headers& headers, const std::string& body,
                                      const std::string& content_type) {
  return record("POST", path, body, client_.Post(path, headers, body, content_type));
}
httplib::Result RecordingClient::Put(const std::string& path, const std::string& body,
                                     const std::string& content_type) {
  return record("PUT", path, body, client_.Put(path, body, content_type));
}
httplib::Result RecordingClient::Put(const std::string& path, const httplib::Headers& headers, const std::string& body,
                                     const std::string& content_type) {
  return record("PUT", path, body, client_.Put(path, headers, body, content_type));
}
httplib::Result RecordingClient::Delete(const std::string& path) {
  return record("DELETE", path, "", client_.Delete(path));
}
httplib::Result RecordingClient::Delete(const std::string& path, const httplib::Headers& headers) {
  return record("DELETE", path, "", client_.Delete(path, headers));
}
httplib::Result RecordingClient::Delete(const std::string& path, const httplib::Headers& headers,
                                        const std::string& body, const std::string& content_type) {
  return record("DELETE", path, body, client_.Delete(path, headers, body, content_type));
}

void RecordingClient::set_connection_timeout(time_t seconds, time_t microseconds) {
  client_.set_connection_timeout(seconds, microseconds);
}
void RecordingClient::set_read_timeout(time_t seconds, time_t microseconds) {
  client_.set_read_timeout(seconds, microseconds);
}
void RecordingClient::set_decompress(bool on) { client_.set_decompress(on); }
void RecordingClient::set_write_timeout(time_t seconds, time_t microseconds) {
  client_.set_write_timeout(seconds, microseconds);
}

}  // namespace samordna::apitest
