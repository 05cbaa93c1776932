#pragma once
#include "access/domain/role.hpp"
#include "access/domain/throttle.hpp"
#include "access/ports.hpp"
#include "kernel/transactions.hpp"
#include "platform/database/database.hpp"

namespace samordna::storage {

// Role assignments, failed-login records, and the Transactions port over the database.
class AccessStore final : public core::RoleAssignmentRepository,
                          public core::LoginAttemptRepository,
                          public core::Transactions {
 public:
  explicit AccessStore(Database& db) : db_(db) {}
  std::vector<core::RoleAssignment> assignments_of_user(std::int64_t user_id) override;
  std::vector<core::RoleAssignment> assignments_in(std::int64_t association_id) override;
  std::int64_t add_assignment(const core::RoleAssignment& assignment) override;
  std::vector<core::RoleAssignment> assignments_in_all() override;
  void remove_assignment(std::int64_t id) override;
  bool confirm_assignment(std::int64_t id, std::int64_t confirmed_by, std::int64_t at) override;
  bool confirm_for_party(std::int64_t id, std::int64_t member_id, std::int64_t confirmed_by, std::int64_t at) override;

  bool reserve(const std::vector<core::AttemptLimit>& limits, std::int64_t since, std::int64_t at) override;
  void clear_failures(const std::string& key) override;

  void run(const std::function<void()>& work) override { db_.transaction(work); }

 private:
  std::vector<core::RoleAssignment> assignments_where(const std::string& column, std::int64_t id);
  Database& db_;
};

}  // namespace samordna::storage
