#pragma once
#include "finance/domain/payment.hpp"
#include "finance/ports.hpp"
#include "platform/database/database.hpp"

namespace samordna::storage {

// Budgets with their key inputs, contribution payments and equity years.
class BudgetStore final : public core::BudgetRepository {
 public:
  explicit BudgetStore(Database& db) : db_(db) {}
  std::vector<core::StoredBudget> list_budgets(std::int64_t association_id) override;
  std::optional<core::StoredBudget> find_budget(std::int64_t association_id, int year) override;
  bool save_budget(const core::StoredBudget& budget, std::int64_t expected_version) override;
  std::map<std::int64_t, core::Payment> payments(std::int64_t association_id, int year) override;
  bool save_payment(std::int64_t association_id, int year, std::int64_t member_id, const core::Payment& payment,
                    std::int64_t expected_version) override;
  std::vector<core::EquityEntry> equity_entries(std::int64_t association_id) override;
  bool save_equity(std::int64_t association_id, const core::EquityEntry& entry, std::int64_t expected_version) override;

 private:
  std::vector<core::StoredBudget> budgets_where(const std::string& condition, const std::vector<Value>& params);
  Database& db_;
};

}  // namespace samordna::storage
