#pragma once
// The HTTP/1.1 server (Boost.Beast, C++20 coroutines). Handlers run on a worker pool, not on the I/O threads
// (except those named as never waiting), so slow work (SQL) does not stall other connections; requests that wait
// for a password hash (Argon2, 70–80 ms) run on a pool of their own, so a burst of logins never holds the workers
// that serve the rest.
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "platform/http/client_address.hpp"
#include "platform/http/message.hpp"

namespace samordna::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;
  std::size_t body_limit = std::size_t{1024} * 1024;
  // Requests that `allows_upload` accepts by method and path (a spreadsheet to import), and that carry a session
  // cookie and a CSRF token (checked by the router once read), may carry up to `upload_body_limit`.
  std::function<bool(std::string_view method, std::string_view path)> allows_upload;
  std::size_t upload_body_limit = std::size_t{32} * 1024 * 1024;
  std::uint32_t header_limit = 16 * 1024;
  std::chrono::seconds read_timeout{30};
  std::chrono::seconds shutdown_grace{10};
  int io_threads = 1;
  int worker_threads = 4;
  // Requests that `runs_apart` names by method and path (those that hash a password) run on `apart_threads`
  // threads of their own instead of the workers.
  std::function<bool(std::string_view method, std::string_view path)> runs_apart;
  int apart_threads = 4;
  // Requests that `runs_inline` names by method and path are answered on the I/O thread that read them, without
  // the two thread switches to a worker and back: only those whose handler never waits (answers kept in memory,
  // such as the web app's files and the health check). They are answered even while every worker is busy.
  std::function<bool(std::string_view method, std::string_view path)> runs_inline;
  // Open connections at most; 0: from the open-file limit (raised to its hard limit at start), less a reserve
  // for the database, logs and files. At the cap, the connection idle the longest is closed for a new one.
  std::size_t max_connections = 0;
  TrustedProxies trusted_proxies;  // peers believed about the client's address (X-Forwarded-For, Forwarded)
};

using RequestHandler = std::function<Response(const Request&)>;

// Serves until SIGINT or SIGTERM, then stops accepting, lets requests in flight finish (up to the grace
// period) and returns. `on_listening` is called with the bound port once the socket listens.
void serve(const ServerOptions& options, const RequestHandler& handler,
           const std::function<void(unsigned short)>& on_listening);

}  // namespace samordna::http
