// The only translation unit that includes Boost.Beast.
#include "http/server.hpp"

#include <spdlog/spdlog.h>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <thread>

#include "http/log_text.hpp"
#include "http/problem.hpp"
#include "http/request_framing.hpp"

namespace samordna::http {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using asio::awaitable;
using asio::use_awaitable;
using tcp = asio::ip::tcp;

namespace {

struct ServerState {
  asio::thread_pool workers;
  const RequestHandler& handler;
  const ServerOptions& options;
  std::atomic<int> in_flight{0};
  std::atomic<bool> stopping{false};
  ServerState(int threads, const RequestHandler& h, const ServerOptions& o)
      : workers(std::size_t(threads)), handler(h), options(o) {}
};

Request to_request(const bhttp::request<bhttp::string_body>& in, const std::string& client) {
  Request r;
  r.method = std::string(in.method_string());
  std::string_view target(in.target().data(), in.target().size());
  auto q = target.find('?');
  r.path = percent_decode(target.substr(0, q));
  if (q != std::string_view::npos) r.query = parse_query(target.substr(q + 1));
  for (const auto& field : in) {
    std::string name(field.name_string());
    for (auto& ch : name) ch = char(std::tolower(static_cast<unsigned char>(ch)));
    r.headers[name] = std::string(field.value());
  }
  r.body = in.body();
  r.client_address = client;
  return r;
}

bhttp::response<bhttp::string_body> to_beast(const Response& in, unsigned version, bool keep_alive, bool head) {
  bhttp::response<bhttp::string_body> out{bhttp::int_to_status(unsigned(in.status)), version};
  out.set(bhttp::field::server, "Samordna");
  if (!in.content_type.empty()) out.set(bhttp::field::content_type, in.content_type);
  for (const auto& [name, value] : in.headers) out.insert(name, value);
  out.keep_alive(keep_alive);
  out.body() = in.body;
  out.prepare_payload();
  if (head) out.body().clear();
  return out;
}

// A coroutine with by-value parameters (not a capturing lambda: the frame owns the request).
awaitable<Response> handle_on_worker(ServerState& state, Request req) {
  try {
    co_return state.handler(req);
  } catch (const core::Unavailable& e) {
    spdlog::warn("busy: {} {}: {}", req.method, log_text(req.path), log_text(e.what()));
    Response busy = problem(503, "database_busy");
    busy.headers.emplace_back("Retry-After", "2");
    co_return busy;
  } catch (const std::exception& e) {
    spdlog::error("unhandled error in {} {}: {}", req.method, log_text(req.path), log_text(e.what()));
    co_return problem(500, "internal_error");
  }
}

// The next chunk of a streamed body, made on the worker pool; empty at the end, nullopt when it failed.
awaitable<std::optional<std::string>> next_chunk_on_worker(std::function<std::string()> next) {
  try {
    co_return next();
  } catch (const std::exception& e) {
    spdlog::error("streamed response cut short: {}", e.what());
    co_return std::nullopt;
  }
}

// Sends a streamed response: the header, then each chunk as it is made, then the last chunk. The producer
// runs on the worker pool; only one chunk is held at a time. Returns the bytes sent.
awaitable<std::size_t> write_streamed(ServerState& state, beast::tcp_stream& stream, const Response& in,
                                      unsigned version, bool keep_alive, beast::error_code& ec) {
  bhttp::response<bhttp::empty_body> head{bhttp::int_to_status(unsigned(in.status)), version};
  head.set(bhttp::field::server, "Samordna");
  if (!in.content_type.empty()) head.set(bhttp::field::content_type, in.content_type);
  for (const auto& [name, value] : in.headers) head.insert(name, value);
  head.keep_alive(keep_alive);
  head.chunked(true);
  bhttp::response_serializer<bhttp::empty_body> serializer{head};
  co_await bhttp::async_write_header(stream, serializer, asio::redirect_error(use_awaitable, ec));
  std::size_t sent = 0;
  while (!ec) {
    auto chunk = co_await asio::co_spawn(state.workers, next_chunk_on_worker(in.stream), use_awaitable);
    if (!chunk) {
      ec = asio::error::operation_aborted;  // cut short: close without the last chunk
      co_return sent;
    }
    if (chunk->empty()) break;
    sent += chunk->size();
    stream.expires_after(state.options.read_timeout);
    co_await asio::async_write(stream, bhttp::make_chunk(asio::buffer(*chunk)),
                               asio::redirect_error(use_awaitable, ec));
  }
  if (!ec) co_await asio::async_write(stream, bhttp::make_chunk_last(), asio::redirect_error(use_awaitable, ec));
  co_return sent;
}

// Runs the handler on the worker pool; use_awaitable resumes the caller on its own (I/O) executor.
awaitable<Response> run_handler(ServerState& state, Request request) {
  co_return co_await asio::co_spawn(state.workers, handle_on_worker(state, std::move(request)), use_awaitable);
}

// After refusing a body, read and discard what the client still sends (bounded in bytes and time), so it
// sees the 413 instead of a connection reset.
awaitable<void> linger(beast::tcp_stream& stream) {
  beast::error_code ec;
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  std::array<char, std::size_t{16} * 1024> sink{};
  std::size_t total = 0;
  stream.expires_after(std::chrono::seconds(2));
  while (!ec && total < std::size_t{16} * 1024 * 1024) {
    total += co_await stream.async_read_some(asio::buffer(sink), asio::redirect_error(use_awaitable, ec));
  }
}

awaitable<void> connection(ServerState& state, beast::tcp_stream stream) {
  beast::error_code ec;
  std::string client;
  auto endpoint = stream.socket().remote_endpoint(ec);
  if (!ec) client = endpoint.address().to_string();
  beast::flat_buffer buffer;
  for (;;) {
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(state.options.header_limit);
    parser.body_limit(state.options.body_limit);
    stream.expires_after(state.options.read_timeout);
    co_await bhttp::async_read_header(stream, buffer, parser, asio::redirect_error(use_awaitable, ec));
    bool framing_refused = false;
    if (!ec) {
      const auto& fields = parser.get();
      auto te = fields.find(bhttp::field::transfer_encoding);
      std::optional<std::string_view> transfer_encoding;
      if (te != fields.end()) transfer_encoding = std::string_view(te->value().data(), te->value().size());
      if (fields.count(bhttp::field::transfer_encoding) > 1 ||
          !framing_acceptable(transfer_encoding, fields.count(bhttp::field::content_length) > 0)) {
        framing_refused = true;
      } else {
        co_await bhttp::async_read(stream, buffer, parser, asio::redirect_error(use_awaitable, ec));
      }
    }
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::operation_aborted) {
      break;
    }
    auto started = std::chrono::steady_clock::now();
    Response response;
    bool keep_alive = false;
    unsigned version = 11;
    bool head = false;
    std::string method = "-";
    std::string address = client;
    std::string path = "-";
    if (ec == bhttp::error::body_limit || ec == bhttp::error::header_limit) {
      response = problem(413, "payload_too_large");
    } else if (framing_refused) {
      response = problem(400, "malformed_request");  // and close: what follows cannot be framed safely
    } else if (ec) {
      if (ec == asio::error::eof || ec == asio::error::connection_reset) break;
      response = problem(400, "malformed_request");
    } else {
      auto& req = parser.get();
      version = req.version();
      head = req.method() == bhttp::verb::head;
      keep_alive = req.keep_alive() && !state.stopping;
      Request request = to_request(req, client);
      request.client_address = client_address(client, request.header("x-forwarded-for"), request.header("forwarded"),
                                              state.options.trusted_proxies);
      method = request.method;
      address = request.client_address;
      // The raw target without its query, escaped: decoded paths could forge log lines (%0a) or write NUL.
      std::string_view target(req.target().data(), req.target().size());
      path = log_text(target.substr(0, target.find('?')));
      ++state.in_flight;
      response = co_await run_handler(state, std::move(request));
      --state.in_flight;
    }
    std::size_t bytes = response.body.size();
    stream.expires_after(state.options.read_timeout);
    if (response.stream && !head) {
      ++state.in_flight;
      bytes = co_await write_streamed(state, stream, response, version, keep_alive, ec);
      --state.in_flight;
    } else {
      auto out = to_beast(response, version, keep_alive, head);
      co_await bhttp::async_write(stream, out, asio::redirect_error(use_awaitable, ec));
    }
    auto micros = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
    // Access log: no query string, no body, no cookies (no personal data).
    spdlog::info("access {} {} {} {} {}B {}us", log_text(address), method, path, response.status, bytes,
                 micros.count());
    if (ec || !keep_alive) {
      if (!ec && response.status == 413) co_await linger(stream);
      break;
    }
  }
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
}

awaitable<void> accept_loop(ServerState& state, tcp::acceptor& acceptor, asio::io_context& ioc) {
  for (;;) {
    beast::error_code ec;
    tcp::socket socket =
        co_await acceptor.async_accept(asio::make_strand(ioc), asio::redirect_error(use_awaitable, ec));
    if (ec) {
      if (!acceptor.is_open()) co_return;
      continue;
    }
    auto executor = socket.get_executor();
    asio::co_spawn(executor, connection(state, beast::tcp_stream(std::move(socket))), asio::detached);
  }
}

awaitable<void> drain_then_stop(ServerState& state, asio::io_context& ioc) {
  auto deadline = std::chrono::steady_clock::now() + state.options.shutdown_grace;
  asio::steady_timer timer(co_await asio::this_coro::executor);
  while (state.in_flight > 0 && std::chrono::steady_clock::now() < deadline) {
    timer.expires_after(std::chrono::milliseconds(20));
    co_await timer.async_wait(use_awaitable);
  }
  ioc.stop();
}

}  // namespace

void serve(const ServerOptions& options, const RequestHandler& handler,
           const std::function<void(unsigned short)>& on_listening) {
  asio::io_context ioc(options.io_threads);
  ServerState state(options.worker_threads, handler, options);
  tcp::endpoint endpoint(asio::ip::make_address(options.address), options.port);
  tcp::acceptor acceptor(ioc);
  acceptor.open(endpoint.protocol());
  acceptor.set_option(asio::socket_base::reuse_address(true));
  acceptor.bind(endpoint);
  acceptor.listen(asio::socket_base::max_listen_connections);
  on_listening(acceptor.local_endpoint().port());

  asio::signal_set signals(ioc, SIGINT, SIGTERM);
  signals.async_wait([&](const beast::error_code& ec, int signal) {
    if (ec) return;
    spdlog::info("signal {} received: stopping", signal);
    state.stopping = true;
    beast::error_code ignored;
    acceptor.close(ignored);
    asio::co_spawn(ioc, drain_then_stop(state, ioc), asio::detached);
  });
  asio::co_spawn(ioc, accept_loop(state, acceptor, ioc), asio::detached);

  std::vector<std::thread> threads;
  for (int i = 1; i < options.io_threads; ++i) threads.emplace_back([&ioc] { ioc.run(); });
  ioc.run();
  for (auto& t : threads) t.join();
  state.workers.join();
  spdlog::info("stopped");
}

}  // namespace samordna::http
