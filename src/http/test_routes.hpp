#pragma once
// Test helper: the real route table, built over ports that are never called.
#include <memory>

#include "http/api.hpp"

namespace samordna::http::testing {

struct NullPorts : core::UserRepository,
                   core::SessionRepository,
                   core::AssociationRepository,
                   core::PasswordHasher,
                   core::Secrets,
                   core::Clock {
  std::optional<core::User> find_user_by_username(const std::string&) override { return std::nullopt; }
  std::optional<core::User> find_user(std::int64_t) override { return std::nullopt; }
  std::vector<core::User> list_users() override { return {}; }
  std::int64_t add_user(const core::User&) override { return 0; }
  void set_password_hash(std::int64_t, const std::string&) override {}
  void set_disabled(std::int64_t, bool) override {}
  void add_session(const core::Session&) override {}
  std::optional<core::Session> find_session(const std::string&) override { return std::nullopt; }
  void touch_session(const std::string&, std::int64_t) override {}
  void remove_session(const std::string&) override {}
  void remove_sessions_of(std::int64_t) override {}
  std::vector<core::Association> list_associations() override { return {}; }
  std::optional<core::Association> find_association(std::int64_t) override { return std::nullopt; }
  std::vector<core::Member> list_members(std::int64_t) override { return {}; }
  [[nodiscard]] std::string hash(const std::string&) const override { return "x"; }
  [[nodiscard]] bool verify(const std::string&, const std::string&) const override { return false; }
  std::string random_token() override { return "t"; }
  [[nodiscard]] std::string digest(const std::string& t) const override { return t; }
  [[nodiscard]] std::int64_t now_unix() const override { return 0; }
  [[nodiscard]] core::CivilDate today() const override { return {}; }
};

struct RouteTable {
  NullPorts ports;
  core::AuthService auth{ports, ports, ports, ports, ports};
  ApiDeps deps{auth, ports, ports, false, "test"};
  Router router{auth};
  RouteTable() { register_routes(router, deps); }
};

}  // namespace samordna::http::testing
