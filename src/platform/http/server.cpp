// The only translation unit that includes Boost.Beast.
#include "platform/http/server.hpp"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <list>
#include <mutex>
#include <thread>

#include "platform/http/freed_memory.hpp"
#include "platform/http/log_text.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/request_framing.hpp"

namespace samordna::http {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using asio::awaitable;
using asio::use_awaitable;
using tcp = asio::ip::tcp;

namespace {

// One open connection, as the accept loop sees it: whether it waits for a request (idle) and since when, and
// a way to close it on its own event loop (one thread). `stream` is touched only there, and is null once it ended.
struct OpenConnection {
  asio::any_io_executor executor;
  beast::tcp_stream* stream = nullptr;
  std::atomic<bool> idle{true};             // set and cleared on the connection's loop
  std::atomic<bool> chosen{false};          // picked to be closed (not picked twice)
  std::atomic<std::int64_t> idle_since{0};  // steady clock, ms
};

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

struct ServerState {
  asio::thread_pool workers;
  asio::thread_pool apart;  // requests that wait for a password hash
  const RequestHandler& handler;
  const ServerOptions& options;
  std::size_t max_connections;
  std::atomic<int> in_flight{0};
  std::atomic<bool> stopping{false};
  std::atomic<bool> trimming{false};  // a hand-back of freed memory is queued or running
  std::mutex connections_mutex;
  std::list<std::shared_ptr<OpenConnection>> connections;
  ServerState(int threads, const RequestHandler& h, const ServerOptions& o, std::size_t max)
      : workers(std::size_t(threads)),
        apart(std::size_t(std::max(o.apart_threads, 1))),
        handler(h),
        options(o),
        max_connections(max) {}

  std::size_t open_connections() {
    std::lock_guard lock(connections_mutex);
    return connections.size();
  }
  // Closes the connection that has waited for a request the longest; false when none is idle.
  bool close_oldest_idle() {
    std::shared_ptr<OpenConnection> oldest;
    {
      std::lock_guard lock(connections_mutex);
      for (const auto& c : connections) {
        if (c->idle && !c->chosen && (!oldest || c->idle_since < oldest->idle_since)) oldest = c;
      }
      if (oldest) oldest->chosen = true;
    }
    if (!oldest) return false;
    asio::post(oldest->executor, [oldest] {
      // Still waiting for a request (checked on its loop): its pending read ends with operation_aborted.
      if (oldest->stream && oldest->idle) oldest->stream->close();
    });
    return true;
  }
};

// The soft open-file limit raised to the hard limit; returns the limit in force.
std::size_t raise_open_file_limit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return 1024;
  if (limit.rlim_cur < limit.rlim_max) {
    rlimit raised = limit;
    raised.rlim_cur = limit.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &raised) == 0) limit = raised;
  }
  return limit.rlim_cur == RLIM_INFINITY ? std::size_t{1} << 20 : std::size_t(limit.rlim_cur);
}

// The body is moved out of `in` (an upload may be 32 MiB).
Request to_request(bhttp::request<bhttp::string_body>& in, const std::string& client) {
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
  r.body = std::move(in.body());
  r.client_address = client;
  return r;
}

// The body is moved out of `in`: a large answer (a national view, megabytes) is not held twice.
bhttp::response<bhttp::string_body> to_beast(Response& in, unsigned version, bool keep_alive, bool head) {
  bhttp::response<bhttp::string_body> out{bhttp::int_to_status(unsigned(in.status)), version};
  out.set(bhttp::field::server, "Samordna");
  if (!in.content_type.empty()) out.set(bhttp::field::content_type, in.content_type);
  for (const auto& [name, value] : in.headers) out.insert(name, value);
  out.keep_alive(keep_alive);
  out.body() = std::move(in.body);
  out.prepare_payload();
  if (head) out.body().clear();
  return out;
}

// The handler, with its failures answered: on the worker pool (run_handler), or awaited directly on the
// connection's own (I/O) thread for the requests that `runs_inline` names. A coroutine with by-value parameters
// (not a capturing lambda: the frame owns the request).
awaitable<Response> handle(ServerState& state, Request req) {
  try {
    co_return state.handler(req);
  } catch (const core::Unavailable& e) {
    spdlog::warn("busy: {} {}: {}", req.method, log_text(req.path), log_text(e.what()));
    Response busy = problem(503, e.code());
    busy.headers.emplace_back("Retry-After", "2");
    co_return busy;
  } catch (const std::exception& e) {
    spdlog::error("unhandled error in {} {}: {}", req.method, log_text(req.path), log_text(e.what()));
    co_return problem(500, "internal_error");
  }
}

// The next chunk of a streamed body, made on the worker pool while the connection writes the one before: empty
// at the end, nullopt when making it failed. `ready` is cancelled (on the connection's loop) once it is made.
struct NextChunk {
  explicit NextChunk(const asio::any_io_executor& loop) : ready(loop, asio::steady_timer::time_point::max()) {}
  asio::steady_timer ready;
  std::optional<std::string> chunk;
  bool made = false;
};

std::shared_ptr<NextChunk> make_next_chunk(ServerState& state, const asio::any_io_executor& loop,
                                           const std::function<std::string()>& produce) {
  auto next = std::make_shared<NextChunk>(loop);
  asio::post(state.workers, [next, produce, loop] {
    std::optional<std::string> chunk;
    try {
      chunk = produce();
    } catch (const std::exception& e) {
      spdlog::error("streamed response cut short: {}", e.what());
    }
    asio::post(loop, [next, chunk = std::move(chunk)]() mutable {
      next->chunk = std::move(chunk);
      next->made = true;
      next->ready.cancel();
    });
  });
  return next;
}

awaitable<std::optional<std::string>> take(std::shared_ptr<NextChunk> next) {
  if (!next->made) {  // checked on the loop that sets it: the wait starts before the cancel can run
    beast::error_code ignored;
    co_await next->ready.async_wait(asio::redirect_error(use_awaitable, ignored));
  }
  co_return std::move(next->chunk);
}

// Sends a streamed response: the header, then each chunk as it is made, then the last chunk. The producer
// runs on the worker pool, one chunk ahead of the socket: at most two chunks are held at a time. Returns the
// bytes sent.
awaitable<std::size_t> write_streamed(ServerState& state, beast::tcp_stream& stream, const Response& in,
                                      unsigned version, bool keep_alive, beast::error_code& ec) {
  bhttp::response<bhttp::empty_body> head{bhttp::int_to_status(unsigned(in.status)), version};
  head.set(bhttp::field::server, "Samordna");
  if (!in.content_type.empty()) head.set(bhttp::field::content_type, in.content_type);
  for (const auto& [name, value] : in.headers) head.insert(name, value);
  head.keep_alive(keep_alive);
  head.chunked(true);
  const auto loop = co_await asio::this_coro::executor;
  auto next = make_next_chunk(state, loop, in.stream);
  bhttp::response_serializer<bhttp::empty_body> serializer{head};
  co_await bhttp::async_write_header(stream, serializer, asio::redirect_error(use_awaitable, ec));
  std::size_t sent = 0;
  while (!ec) {
    auto chunk = co_await take(next);
    if (!chunk) {
      ec = asio::error::operation_aborted;  // cut short: close without the last chunk
      co_return sent;
    }
    if (chunk->empty()) break;
    next = make_next_chunk(state, loop, in.stream);
    sent += chunk->size();
    stream.expires_after(state.options.read_timeout);
    co_await asio::async_write(stream, bhttp::make_chunk(asio::buffer(*chunk)),
                               asio::redirect_error(use_awaitable, ec));
  }
  if (!ec) co_await asio::async_write(stream, bhttp::make_chunk_last(), asio::redirect_error(use_awaitable, ec));
  co_return sent;
}

// After a heavy request (a national view, a large export, an import) the memory its handler freed is handed back
// to the system: the allocator keeps it for reuse otherwise (420 MiB after four national views, against 25 MiB
// for a fresh server). On the worker pool, one at a time; a light request costs nothing.
void trim_after_heavy(ServerState& state, std::size_t bytes, std::chrono::microseconds took) {
  if (bytes < (std::size_t{4} << 20) && took < std::chrono::milliseconds(200)) return;
  if (state.trimming.exchange(true)) return;
  asio::post(state.workers, [&state] {
    return_freed_memory();
    state.trimming = false;
  });
}

// Runs the handler on the worker pool, or on the pool apart; use_awaitable resumes the caller on its own (I/O)
// executor.
awaitable<Response> run_handler(ServerState& state, Request request, bool apart) {
  co_return co_await asio::co_spawn(apart ? state.apart.get_executor() : state.workers.get_executor(),
                                    handle(state, std::move(request)), use_awaitable);
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

awaitable<void> connection(ServerState& state, beast::tcp_stream stream, std::shared_ptr<OpenConnection> entry) {
  entry->stream = &stream;  // on this connection's loop, as every later use
  struct Unregister {
    ServerState& state;
    std::shared_ptr<OpenConnection> entry;
    ~Unregister() {
      entry->stream = nullptr;
      std::lock_guard lock(state.connections_mutex);
      state.connections.remove(entry);
    }
  } unregister{state, entry};
  beast::error_code ec;
  std::string client;
  auto endpoint = stream.socket().remote_endpoint(ec);
  if (!ec) client = endpoint.address().to_string();
  beast::flat_buffer buffer;
  for (;;) {
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(state.options.header_limit);
    // A declared length is checked against the limit as the header ends, before the path is known: allow the
    // larger upload limit there, and hold every other path to the body limit once its header is read.
    parser.body_limit(state.options.allows_upload ? std::max(state.options.body_limit, state.options.upload_body_limit)
                                                  : state.options.body_limit);
    stream.expires_after(state.options.read_timeout);
    entry->idle_since = now_ms();
    entry->chosen = false;
    entry->idle = true;
    co_await bhttp::async_read_header(stream, buffer, parser, asio::redirect_error(use_awaitable, ec));
    entry->idle = false;
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
        const auto target = std::string_view(fields.target().data(), fields.target().size());
        const auto method = std::string_view(fields.method_string().data(), fields.method_string().size());
        const bool upload = state.options.allows_upload &&
                            state.options.allows_upload(method, target.substr(0, target.find('?'))) &&
                            fields.count(bhttp::field::cookie) > 0 && fields.count("x-csrf-token") > 0;
        if (!upload) parser.body_limit(state.options.body_limit);
        const auto declared = parser.content_length();
        if (declared && *declared > state.options.body_limit && !upload) {
          ec = bhttp::error::body_limit;
        } else {
          co_await bhttp::async_read(stream, buffer, parser, asio::redirect_error(use_awaitable, ec));
        }
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
    std::string_view path = "-";  // the raw target without its query (in the parser's buffer, read this round)
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
      path = target.substr(0, target.find('?'));
      const bool apart = state.options.runs_apart && state.options.runs_apart(request.method, request.path);
      const bool here = !apart && state.options.runs_inline && state.options.runs_inline(request.method, request.path);
      ++state.in_flight;
      if (here) {  // not `here ? co_await … : co_await …`: GCC 12 miscompiles co_await in a conditional
        response = co_await handle(state, std::move(request));
      } else {
        response = co_await run_handler(state, std::move(request), apart);
      }
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
    // Access log: no query string, no body, no cookies (no personal data). Its text is made only when logged.
    if (spdlog::should_log(spdlog::level::info)) {
      spdlog::info("access {} {} {} {} {}B {}us", log_text(address), method, log_text(path), response.status, bytes,
                   micros.count());
    }
    const int status = response.status;
    response = Response{};  // its body freed before the memory is handed back
    trim_after_heavy(state, bytes, micros);
    if (ec || !keep_alive) {
      if (!ec && status == 413) co_await linger(stream);
      break;
    }
  }
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
}

// A descriptor held in reserve: given back when accept runs out, so that the server can still log, and open
// what it must, while it makes room.
struct ReserveDescriptor {
  int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  ~ReserveDescriptor() { release(); }
  void release() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
  void take() {
    if (fd < 0) fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  }
};

awaitable<void> accept_loop(ServerState& state, tcp::acceptor& acceptor,
                            const std::vector<std::unique_ptr<asio::io_context>>& contexts) {
  std::size_t next = 0;
  asio::steady_timer backoff(co_await asio::this_coro::executor);
  ReserveDescriptor reserve;
  std::int64_t last_warning = 0;
  auto warn = [&](const std::string& text) {  // at most every 10 s: a flood must not flood the log too
    if (now_ms() - last_warning < 10'000) return;
    last_warning = now_ms();
    spdlog::warn("{}", text);
  };
  for (;;) {
    beast::error_code ec;
    tcp::socket socket = co_await acceptor.async_accept(contexts[next++ % contexts.size()]->get_executor(),
                                                        asio::redirect_error(use_awaitable, ec));
    if (ec) {
      if (!acceptor.is_open()) co_return;
      if (ec == asio::error::no_descriptors || ec.value() == ENFILE || ec == asio::error::no_buffer_space ||
          ec == asio::error::no_memory) {
        // Out of file descriptors: make room (the longest idle connections go) and wait a little instead of
        // spinning on accept.
        reserve.release();
        int closed = 0;
        while (closed < 16 && state.close_oldest_idle()) ++closed;
        warn("accept: " + ec.message() + " with " + std::to_string(state.open_connections()) + " connections open; " +
             "closed the " + std::to_string(closed) + " longest idle, backing off");
        backoff.expires_after(std::chrono::milliseconds(20));
        co_await backoff.async_wait(asio::redirect_error(use_awaitable, ec));
        reserve.take();
      }
      continue;
    }
    if (state.open_connections() >= state.max_connections) {
      if (!state.close_oldest_idle()) {
        warn("connection cap " + std::to_string(state.max_connections) + " reached and none idle: refusing one");
        beast::error_code ignored;
        socket.close(ignored);
        continue;
      }
      warn("connection cap " + std::to_string(state.max_connections) + " reached: closing the longest idle ones");
    }
    // Answers go out as soon as they are written: without TCP_NODELAY, Nagle's algorithm held the last small
    // segment of an answer on a kept-alive connection until the client's delayed ACK (an export took 68 ms
    // there against 22 ms on a new connection).
    beast::error_code nodelay_error;
    socket.set_option(tcp::no_delay(true), nodelay_error);
    auto entry = std::make_shared<OpenConnection>();
    entry->executor = socket.get_executor();
    entry->idle_since = now_ms();
    {
      std::lock_guard lock(state.connections_mutex);
      state.connections.push_back(entry);
    }
    auto executor = socket.get_executor();
    asio::co_spawn(executor, connection(state, beast::tcp_stream(std::move(socket)), entry), asio::detached);
  }
}

awaitable<void> drain_then_stop(ServerState& state, const std::vector<std::unique_ptr<asio::io_context>>& contexts) {
  auto deadline = std::chrono::steady_clock::now() + state.options.shutdown_grace;
  asio::steady_timer timer(co_await asio::this_coro::executor);
  while (state.in_flight > 0 && std::chrono::steady_clock::now() < deadline) {
    timer.expires_after(std::chrono::milliseconds(20));
    co_await timer.async_wait(use_awaitable);
  }
  for (const auto& context : contexts) context->stop();
}

}  // namespace

void serve(const ServerOptions& options, const RequestHandler& handler,
           const std::function<void(unsigned short)>& on_listening) {
  // Connections never take the last descriptors: the database, its journal, the key file, static files and
  // logging need some, and running out of them fails far more than a refused connection.
  const std::size_t open_files = raise_open_file_limit();
  const std::size_t allowed = open_files > 80 ? open_files - 64 : 16;
  std::size_t max_connections = options.max_connections > 0 ? options.max_connections : allowed;
  if (max_connections > allowed) {
    spdlog::warn("max_connections {} is more than the open-file limit {} allows: using {}", max_connections, open_files,
                 allowed);
    max_connections = allowed;
  }
  spdlog::info("open-file limit {}, at most {} connections", open_files, max_connections);
  // The state outlives the io_context: a connection still open when the grace ran out (a long streamed answer)
  // is a coroutine frame the io_context destroys, and its end unregisters it from the state.
  ServerState state(options.worker_threads, handler, options, max_connections);
  // One event loop per network thread, each with its own connections: no lock shared between the threads, and
  // a connection's steps need no strand (one thread runs them all). New connections are dealt in turn.
  std::vector<std::unique_ptr<asio::io_context>> contexts;
  for (int i = 0; i < std::max(options.io_threads, 1); ++i) contexts.push_back(std::make_unique<asio::io_context>(1));
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> kept_running;
  for (const auto& context : contexts) kept_running.push_back(asio::make_work_guard(*context));
  asio::io_context& ioc = *contexts.front();
  tcp::endpoint endpoint(asio::ip::make_address(options.address), options.port);
  // The acceptor, its loop and the signal that closes it share one strand: with two I/O threads the signal's
  // handler otherwise closed the acceptor on one thread while the loop started the next accept on the other.
  auto accepting = asio::make_strand(ioc);
  tcp::acceptor acceptor(accepting);
  acceptor.open(endpoint.protocol());
  acceptor.set_option(asio::socket_base::reuse_address(true));
  acceptor.bind(endpoint);
  acceptor.listen(asio::socket_base::max_listen_connections);
  on_listening(acceptor.local_endpoint().port());

  asio::signal_set signals(accepting, SIGINT, SIGTERM);
  signals.async_wait([&](const beast::error_code& ec, int signal) {
    if (ec) return;
    spdlog::info("signal {} received: stopping", signal);
    state.stopping = true;
    beast::error_code ignored;
    acceptor.close(ignored);
    asio::co_spawn(ioc, drain_then_stop(state, contexts), asio::detached);
  });
  asio::co_spawn(accepting, accept_loop(state, acceptor, contexts), asio::detached);

  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < contexts.size(); ++i) threads.emplace_back([&context = *contexts[i]] { context.run(); });
  ioc.run();
  for (auto& t : threads) t.join();
  state.workers.join();
  state.apart.join();
  spdlog::info("stopped");
}

}  // namespace samordna::http
