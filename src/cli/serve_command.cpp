#include <spdlog/spdlog.h>

#include <iostream>
#include <optional>

#include "app/api/api.hpp"
#include "app/api/front.hpp"
#include "app/fact_keeper_job.hpp"
#include "app/installation.hpp"
#include "app/key_binding.hpp"
#include "app/retention_job.hpp"
#include "app/system_clock.hpp"
#include "cli/commands.hpp"
#include "platform/database/migrations.hpp"
#include "platform/database/postgres_change_listener.hpp"
#include "platform/database/postgres_database.hpp"
#include "platform/database/replica_database.hpp"
#include "platform/database/setting_store.hpp"
#include "platform/http/freed_memory.hpp"
#include "platform/http/server.hpp"

namespace samordna::cli {

int run_serve(const Config& config) {
  auto [host, port] = split_listen(config.listen);
  auto database = open_database(config);
  storage::Database& db = *database;
  spdlog::info("database: {} ({})", storage::redact_password(config.db), db.dialect());
  for (const auto& m : storage::migrate(db)) spdlog::info("applied migration {}", m.name);

  std::unique_ptr<storage::Database> read_db;  // statistics and exports from a hot standby, when one is set
  if (!config.read_db.empty()) {
    storage::PostgresOptions replica(config.read_db);
    replica.pool_size = config.db_pool;
    replica.connect_at_start = false;  // a replica that is down at start is read when it comes up
    read_db = std::make_unique<storage::ReplicaDatabase>(db, std::make_unique<storage::PostgresDatabase>(replica),
                                                         std::chrono::seconds(config.read_db_max_lag),
                                                         [](const std::string& note) { spdlog::warn("{}", note); });
    spdlog::info("read_db: statistics and exports from {}", storage::redact_password(config.read_db));
  }
  // On PostgreSQL the access, members and insatser versions are known without a query while a listener is told of
  // every change (app/watched_versions.hpp); this server's own writes make them unknown until it has read them
  // again.
  std::optional<storage::CounterWatch> watch;
  std::unique_ptr<storage::PostgresChangeListener> listener;
  if (auto* postgres = dynamic_cast<storage::PostgresDatabase*>(&db)) {
    watch.emplace(app::watched_counter_tables());
    postgres->after_writes([&watch] { watch->written(); });
    listener = std::make_unique<storage::PostgresChangeListener>(
        postgres->options(), *watch, [](const std::string& note) { spdlog::warn("{}", note); });
  }
  app::SystemClock clock;
  app::Installation inst(db, app::open_keyring(db, config.key_file), clock,
                         core::ThrottlePolicy{5, 50, 50, config.login_window_seconds}, read_db.get(),
                         std::size_t(config.statistics_cache_mib) << 20U, watch ? &*watch : nullptr);
  // The audit log: a head from before heads were authenticated is authenticated once (if its chain is whole),
  // then a checkpoint notes the log's count and last hash at every start, daily and at shutdown.
  storage::SettingStore settings(db);
  if (!settings.get("audit_head_authenticated")) {
    if (inst.audit.authenticate_legacy_head()) spdlog::info("audit log: head authenticated");
    settings.put("audit_head_authenticated", "1");
  }
  inst.audit.checkpoint("start");
  bool loopback = host == "127.0.0.1" || host == "::1" || host == "localhost";
  auto deps = http::api_deps(inst, clock, config.secure_cookies.value_or(!loopback), SAMORDNA_VERSION);
  http::Router router(
      inst.auth, inst.access, clock, [&inst](std::int64_t member_id) { return inst.member_association(member_id); },
      [&inst](std::int64_t id) { return inst.associations.find_association(id).has_value(); });
  http::register_routes(router, deps);
  auto retention = app::start_retention_job(inst);  // now, then daily; stopped when serving ends
  // Each changed förbund's statistics facts kept in the database, for first pivots and the national view.
  auto keeping = config.statistics_keep_seconds > 0
                     ? app::start_fact_keeper_job(inst, std::chrono::seconds(config.statistics_keep_seconds))
                     : nullptr;
  http::StaticFiles files(config.web_root);
  if (files.size() == 0) spdlog::warn("no web app found at '{}': serving the API only", config.web_root);

  http::ServerOptions options;
  options.address = host == "localhost" ? "127.0.0.1" : host;
  options.port = port;
  options.worker_threads = config.worker_threads;
  options.io_threads = config.io_threads;
  options.allows_upload = http::is_import_upload;
  options.runs_apart = http::hashes_password;
  options.runs_inline = http::answered_from_memory;
  options.max_connections = std::size_t(config.max_connections);
  std::string bad;
  auto trusted = http::parse_trusted_proxies(config.trusted_proxies, bad);
  if (!trusted) throw std::runtime_error("trusted_proxies: not an address or CIDR block: " + bad);
  options.trusted_proxies = *trusted;
  http::serve(
      options, [&](const http::Request& request) { return http::handle_request(router, files, request); },
      [&](unsigned short bound) {
        std::string url = "http://" + (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":" +
                          std::to_string(bound) + "/";
        spdlog::info("Samordna {} listening on {} (memory: {})", SAMORDNA_VERSION, url, http::allocator_in_use());
        std::cout << "Samordna is serving on " << url << std::endl;
      });
  // An import still running on its own thread ends first: its write transaction would hold the database from
  // the last checkpoint (on PostgreSQL the checkpoint then waited, gave up and the server exited with 1).
  deps.history_import.runner->stop();
  retention->stop();  // likewise a retention pass (a first start on an old database writes for a while)
  if (keeping) keeping->stop();
  inst.audit.checkpoint("shutdown");
  return 0;
}

}  // namespace samordna::cli
