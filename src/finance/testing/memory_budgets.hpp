#pragma once
// The finance port in memory: budgets per förbund and year, payments per member, equity entries; stale
// expected versions change nothing, as in the store (version 0 means "new").
#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "finance/ports.hpp"

namespace samordna::core::testing {

struct MemoryBudgets : BudgetRepository {
  std::map<std::pair<std::int64_t, int>, StoredBudget> budgets;
  std::map<std::pair<std::int64_t, int>, std::map<std::int64_t, Payment>> paid;
  std::map<std::int64_t, std::map<int, EquityEntry>> equity;

  std::vector<StoredBudget> list_budgets(std::int64_t association_id) override {
    std::vector<StoredBudget> out;
    for (const auto& [key, b] : budgets) {
      if (key.first == association_id) out.push_back(b);
    }
    return out;
  }
  std::optional<StoredBudget> find_budget(std::int64_t association_id, int year) override {
    auto it = budgets.find({association_id, year});
    return it == budgets.end() ? std::nullopt : std::optional<StoredBudget>(it->second);
  }
  bool save_budget(const StoredBudget& budget, std::int64_t expected_version) override {
    auto key = std::make_pair(budget.association_id, budget.year);
    auto it = budgets.find(key);
    std::int64_t current = it == budgets.end() ? 0 : it->second.version;
    if (current != expected_version) return false;
    auto stored = budget;
    stored.version = current + 1;
    budgets[key] = stored;
    return true;
  }
  std::map<std::int64_t, Payment> payments(std::int64_t association_id, int year) override {
    return paid[{association_id, year}];
  }
  bool save_payment(std::int64_t association_id, int year, std::int64_t member_id, const Payment& payment,
                    std::int64_t expected_version) override {
    auto& rows = paid[{association_id, year}];
    auto it = rows.find(member_id);
    std::int64_t current = it == rows.end() ? 0 : it->second.version;
    if (current != expected_version) return false;
    auto stored = payment;
    stored.version = current + 1;
    rows[member_id] = stored;
    return true;
  }
  std::vector<EquityEntry> equity_entries(std::int64_t association_id) override {
    std::vector<EquityEntry> out;
    for (const auto& [_, e] : equity[association_id]) out.push_back(e);
    return out;
  }
  bool save_equity(std::int64_t association_id, const EquityEntry& entry, std::int64_t expected_version) override {
    auto& years = equity[association_id];
    auto it = years.find(entry.year);
    std::int64_t current = it == years.end() ? 0 : it->second.version;
    if (current != expected_version) return false;
    auto stored = entry;
    stored.version = current + 1;
    years[entry.year] = stored;
    return true;
  }
};

}  // namespace samordna::core::testing
