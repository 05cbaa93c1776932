#pragma once
// Test helper: the real route table, built over ports that are never called.
#include <memory>

#include "http/api.hpp"

namespace samordna::http::testing {

struct NullPorts : core::UserRepository,
                   core::SessionRepository,
                   core::AssociationRepository,
                   core::CharterRepository,
                   core::BudgetRepository,
                   core::Transactions,
                   core::RoleAssignmentRepository,
                   core::AuditRepository,
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
  std::optional<core::Member> find_member(std::int64_t) override { return std::nullopt; }
  std::optional<std::int64_t> add_association(const core::Association&) override { return std::nullopt; }
  bool update_association(const core::Association&, std::int64_t) override { return false; }
  std::int64_t add_member(const core::Member&) override { return 0; }
  bool save_notice(std::int64_t, const core::Notice&, std::int64_t) override { return false; }
  core::KnownAreas known_areas() override { return {}; }
  std::map<std::string, std::int64_t> population_16_64(int) override { return {}; }
  std::optional<int> population_year_on_or_before(int) override { return std::nullopt; }
  std::map<std::string, std::string> kommun_regions() override { return {}; }
  std::vector<core::Charter> list_charters(std::int64_t) override { return {}; }
  std::int64_t add_charter(const core::Charter&) override { return 0; }
  std::vector<core::StoredBudget> list_budgets(std::int64_t) override { return {}; }
  std::optional<core::StoredBudget> find_budget(std::int64_t, int) override { return std::nullopt; }
  bool save_budget(const core::StoredBudget&, std::int64_t) override { return false; }
  std::map<std::int64_t, core::Payment> payments(std::int64_t, int) override { return {}; }
  bool save_payment(std::int64_t, int, std::int64_t, const core::Payment&, std::int64_t) override { return false; }
  std::vector<core::EquityEntry> equity_entries(std::int64_t) override { return {}; }
  bool save_equity(std::int64_t, const core::EquityEntry&, std::int64_t) override { return false; }
  void run(const std::function<void()>& work) override { work(); }
  std::vector<core::RoleAssignment> assignments_of_user(std::int64_t) override { return {}; }
  std::vector<core::RoleAssignment> assignments_in(std::int64_t) override { return {}; }
  std::int64_t add_assignment(const core::RoleAssignment&) override { return 0; }
  void remove_assignment(std::int64_t) override {}
  core::AuditEvent append(core::AuditEvent e, const core::DigestFn&) override { return e; }
  std::vector<core::AuditEvent> find(const core::AuditFilter&) override { return {}; }
  std::int64_t count(const core::AuditFilter&) override { return 0; }
  std::vector<core::AuditEvent> all_events() override { return {}; }
  std::string head_hash() override { return ""; }
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
  core::AuditTrail audit{ports, [](const std::string& t) { return t; }, [] { return std::int64_t{0}; }};
  core::MembershipService membership{ports, ports, ports, audit};
  core::FinanceService finance{ports, ports, ports, ports, audit};
  core::UserAdminService user_admin{ports, ports, ports, ports, ports, audit};
  ApiDeps deps{auth, ports, ports, membership, finance, user_admin, ports, audit, ports, ports, false, "test"};
  Router router{auth, ports, ports, [](std::int64_t) { return std::optional<std::int64_t>(); }};
  RouteTable() { register_routes(router, deps); }
};

}  // namespace samordna::http::testing
