#pragma once
// Test helper: the real route table over a real, empty installation in a temporary SQLite file.
#include <filesystem>
#include <memory>

#include "app/installation.hpp"
#include "app/system_clock.hpp"
#include "http/api.hpp"
#include "security/keyring.hpp"
#include "security/sodium_secrets.hpp"
#include "storage/migrations.hpp"
#include "storage/sqlite_database.hpp"

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
    deps = std::make_unique<ApiDeps>(ApiDeps{inst->auth,
                                             inst->associations,
                                             inst->charters,
                                             inst->membership,
                                             inst->finance,
                                             inst->user_admin,
                                             inst->invitation_service,
                                             inst->access,
                                             inst->audit,
                                             inst->audit_events,
                                             inst->insats_service,
                                             inst->referral_service,
                                             inst->participant_service,
                                             inst->insatser,
                                             inst->statistics,
                                             inst->member_value,
                                             inst->finsam,
                                             inst->follow_up,
                                             inst->participation_export,
                                             inst->agreement_service,
                                             inst->data_subjects,
                                             clock,
                                             false,
                                             "test"});
    router_ptr = std::make_unique<Router>(
        inst->auth, inst->access, clock, [this](std::int64_t id) { return inst->member_association(id); },
        [this](std::int64_t id) { return inst->associations.find_association(id).has_value(); });
    return *router_ptr;
  }
};

}  // namespace samordna::http::testing
