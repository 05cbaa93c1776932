#include <spdlog/spdlog.h>

#include <iostream>

#include "app/system_clock.hpp"
#include "cli/commands.hpp"
#include "http/api.hpp"
#include "http/front.hpp"
#include "http/server.hpp"
#include "security/sodium_secrets.hpp"
#include "storage/association_store.hpp"
#include "storage/budget_store.hpp"
#include "storage/charter_store.hpp"
#include "storage/migrations.hpp"
#include "storage/sqlite_database.hpp"
#include "storage/user_store.hpp"

namespace samordna::cli {

int run_serve(const Config& config) {
  auto [host, port] = split_listen(config.listen);
  storage::SqliteDatabase db(config.db);
  for (const auto& m : storage::migrate(db)) spdlog::info("applied migration {}", m.name);

  storage::UserStore users(db);
  storage::AssociationStore associations(db);
  storage::CharterStore charters(db);
  storage::BudgetStore budgets(db);
  core::MembershipService membership(associations, charters);
  core::FinanceService finance(associations, charters, budgets);
  security::Argon2PasswordHasher hasher;
  security::SodiumSecrets secrets;
  app::SystemClock clock;
  core::AuthService auth(users, users, hasher, secrets, clock);
  bool loopback = host == "127.0.0.1" || host == "::1" || host == "localhost";
  http::ApiDeps deps{auth,
                     associations,
                     charters,
                     membership,
                     finance,
                     clock,
                     config.secure_cookies.value_or(!loopback),
                     SAMORDNA_VERSION};
  http::Router router(auth);
  http::register_routes(router, deps);
  http::StaticFiles files(config.web_root);
  if (files.size() == 0) spdlog::warn("no web app found at '{}': serving the API only", config.web_root);

  http::ServerOptions options;
  options.address = host == "localhost" ? "127.0.0.1" : host;
  options.port = port;
  options.worker_threads = config.worker_threads;
  http::serve(
      options, [&](const http::Request& request) { return http::handle_request(router, files, request); },
      [&](unsigned short bound) {
        std::string url = "http://" + (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":" +
                          std::to_string(bound) + "/";
        spdlog::info("Samordna {} listening on {}", SAMORDNA_VERSION, url);
        std::cout << "Samordna is serving on " << url << std::endl;
      });
  return 0;
}

}  // namespace samordna::cli
