#pragma once
// Test helper: the real route table over a real, empty installation in a temporary SQLite file.
#include <filesystem>
#include <memory>

#include "app/api/api.hpp"
#include "app/installation.hpp"
#include "app/system_clock.hpp"
#include "platform/database/migrations.hpp"
#include "platform/database/sqlite_database.hpp"
#include "platform/security/keyring.hpp"
#include "platform/security/sodium_secrets.hpp"

namespace samordna::http::testing {

struct RouteTable {
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("samordna-routes-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  std::unique_ptr<storage::SqliteDatabase> db;
  app::SystemClock clock;
  std::unique_ptr<app::Installation> inst;
  std::unique_ptr<ApiDeps> deps;
  std::unique_ptr<Router> router_ptr;
  Router& router;

  RouteTable() : router(make()) { register_routes(router, *deps); }
  ~RouteTable() {
    router_ptr.reset();
    deps.reset();
    inst.reset();
    db.reset();
    std::filesystem::remove_all(dir);
  }
  RouteTable(const RouteTable&) = delete;
  RouteTable& operator=(const RouteTable&) = delete;

 private:
  Router& make() {
    security::init_sodium();
    std::filesystem::create_directories(dir);
    db = std::make_unique<storage::SqliteDatabase>((dir / "routes.db").string());
    storage::migrate(*db);
    inst = std::make_unique<app::Installation>(*db, security::load_or_create_keyring((dir / "keys").string()), clock);
    deps = std::make_unique<ApiDeps>(api_deps(*inst, clock, false, "test"));
    router_ptr = std::make_unique<Router>(
        inst->auth, inst->access, clock, [this](std::int64_t id) { return inst->member_association(id); },
        [this](std::int64_t id) { return inst->associations.find_association(id).has_value(); });
    return *router_ptr;
  }
};

}  // namespace samordna::http::testing
