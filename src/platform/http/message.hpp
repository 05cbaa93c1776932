#pragma once
// Framework-free request and response types: handlers never see Beast.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace samordna::http {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // without the query string
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  std::string client_address;

  [[nodiscard]] std::string header(const std::string& lower_name) const {
    auto it = headers.find(lower_name);
    return it == headers.end() ? std::string() : it->second;
  }
  [[nodiscard]] std::string cookie(const std::string& name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // A large body sent in chunks as it is made (chunked transfer encoding) instead of `body`: called on a
  // worker thread for each next chunk until it returns an empty string. An exception ends the response
  // without its last chunk, so the client sees it was cut short.
  std::function<std::string()> stream = nullptr;
};

// Splits "a=1&b=x%20y" into decoded pairs; decodes %XX and '+'.
std::map<std::string, std::string> parse_query(std::string_view query);
std::string percent_decode(std::string_view s);

}  // namespace samordna::http
