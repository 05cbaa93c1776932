#pragma once
// Ports of finance: budgets with their contributions, equity and payments.
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "finance/domain/contribution.hpp"
#include "finance/domain/equity.hpp"
#include "finance/domain/payment.hpp"
#include "membership/domain/charter.hpp"

namespace samordna::core {

struct StoredBudget {
  std::int64_t association_id = 0;
  int year = 0;
  Money total;
  std::vector<KeyInput> key_inputs;
  std::int64_t version = 0;
};

class BudgetRepository {
 public:
  virtual ~BudgetRepository() = default;
  virtual std::vector<StoredBudget> list_budgets(std::int64_t association_id) = 0;
  virtual std::optional<StoredBudget> find_budget(std::int64_t association_id, int year) = 0;
  virtual bool save_budget(const StoredBudget& budget, std::int64_t expected_version) = 0;
  virtual std::map<std::int64_t, Payment> payments(std::int64_t association_id, int year) = 0;
  virtual bool save_payment(std::int64_t association_id, int year, std::int64_t member_id, const Payment& payment,
                            std::int64_t expected_version) = 0;
  virtual std::vector<EquityEntry> equity_entries(std::int64_t association_id) = 0;
  virtual bool save_equity(std::int64_t association_id, const EquityEntry& entry, std::int64_t expected_version) = 0;
};

}  // namespace samordna::core
