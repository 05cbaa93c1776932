#include "finance/storage/budget_store.hpp"

namespace samordna::storage {
namespace {
// Inserts when expected_version is 0 (and no row exists), else updates that version; true when written.
bool upsert(Database& db, bool exists, std::int64_t expected_version, const std::string& insert_sql,
            const std::string& update_sql, const std::vector<Value>& params) {
  if (expected_version == 0) {
    if (exists) return false;
    db.execute(insert_sql, params);
    return true;
  }
  auto with_version = params;
  with_version.emplace_back(expected_version);
  return db.execute(update_sql, with_version) == 1;
}
}  // namespace

std::vector<core::StoredBudget> BudgetStore::budgets_where(const std::string& condition,
                                                           const std::vector<Value>& params) {
  std::vector<core::StoredBudget> out;
  for (const auto& r :
       db_.query("SELECT association_id, year, total_ore, version FROM budget WHERE " + condition + " ORDER BY year",
                 params)) {
    out.push_back({as_int(r[0]), int(as_int(r[1])), core::Money::ore(as_int(r[2])), {}, as_int(r[3])});
  }
  auto inputs = db_.query(
      "SELECT k.year, k.member_id, k.sickness_rate, k.percent_bp, k.amount_ore FROM budget_key_input k "
      "JOIN budget USING (association_id, year) WHERE " +
          condition + " ORDER BY k.member_id",
      params);
  for (auto& b : out) {
    for (const auto& r : inputs) {
      if (as_int(r[0]) != b.year) continue;
      auto amount = as_optional_int(r[4]);
      b.key_inputs.push_back({as_int(r[1]), as_optional_int(r[2]), as_optional_int(r[3]),
                              amount ? std::optional(core::Money::ore(*amount)) : std::nullopt});
    }
  }
  return out;
}

std::vector<core::StoredBudget> BudgetStore::list_budgets(std::int64_t association_id) {
  return budgets_where("association_id = $1", {association_id});
}

std::optional<core::StoredBudget> BudgetStore::find_budget(std::int64_t association_id, int year) {
  auto found = budgets_where("association_id = $1 AND year = $2", {association_id, std::int64_t(year)});
  if (found.empty()) return std::nullopt;
  return found.front();
}

bool BudgetStore::save_budget(const core::StoredBudget& b, std::int64_t expected_version) {
  bool saved = false;
  const std::int64_t year = b.year;
  db_.transaction([&] {
    saved = upsert(db_, find_budget(b.association_id, b.year).has_value(), expected_version,
                   "INSERT INTO budget (association_id, year, total_ore) VALUES ($1, $2, $3)",
                   "UPDATE budget SET total_ore = $3, version = version + 1 WHERE association_id = $1 AND year = $2 "
                   "AND version = $4",
                   {b.association_id, year, b.total.in_ore()});
    if (!saved) return;
    db_.execute("DELETE FROM budget_key_input WHERE association_id = $1 AND year = $2", {b.association_id, year});
    for (const auto& k : b.key_inputs) {
      db_.execute(
          "INSERT INTO budget_key_input (association_id, year, member_id, sickness_rate, percent_bp, amount_ore) "
          "VALUES ($1, $2, $3, $4, $5, $6)",
          {b.association_id, year, k.member_id, optional_int(k.sickness_rate), optional_int(k.percent_bp),
           k.amount ? Value(k.amount->in_ore()) : Value(nullptr)});
    }
  });
  return saved;
}

std::map<std::int64_t, core::Payment> BudgetStore::payments(std::int64_t association_id, int year) {
  std::map<std::int64_t, core::Payment> out;
  for (const auto& r : db_.query("SELECT member_id, status, invoiced_on, paid_on, version, due_on, paid_ore "
                                 "FROM contribution_payment WHERE association_id = $1 AND year = $2",
                                 {association_id, std::int64_t(year)})) {
    out[as_int(r[0])] = {core::parse_payment_status(as_text(r[1])).value_or(core::PaymentStatus::due),
                         as_optional_date(r[2]),
                         as_optional_date(r[3]),
                         as_int(r[4]),
                         as_optional_date(r[5]),
                         core::Money::ore(as_int(r[6]))};
  }
  return out;
}

bool BudgetStore::save_payment(std::int64_t association_id, int year, std::int64_t member_id, const core::Payment& p,
                               std::int64_t expected_version) {
  bool saved = false;
  db_.transaction([&] {
    saved = upsert(db_, payments(association_id, year).count(member_id) > 0, expected_version,
                   "INSERT INTO contribution_payment (association_id, year, member_id, status, invoiced_on, paid_on, "
                   "due_on, paid_ore) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                   "UPDATE contribution_payment SET status = $4, invoiced_on = $5, paid_on = $6, due_on = $7, "
                   "paid_ore = $8, version = version + 1 "
                   "WHERE association_id = $1 AND year = $2 AND member_id = $3 AND version = $9",
                   {association_id, std::int64_t(year), member_id, std::string(core::to_string(p.status)),
                    optional_date(p.invoiced_on), optional_date(p.paid_on), optional_date(p.due_on), p.paid.in_ore()});
  });
  return saved;
}

std::vector<core::EquityEntry> BudgetStore::equity_entries(std::int64_t association_id) {
  std::vector<core::EquityEntry> out;
  for (const auto& r : db_.query("SELECT year, opening_ore, received_ore, costs_ore, version FROM equity_year "
                                 "WHERE association_id = $1 ORDER BY year",
                                 {association_id})) {
    auto opening = as_optional_int(r[1]);
    out.push_back({int(as_int(r[0])), opening ? std::optional(core::Money::ore(*opening)) : std::nullopt,
                   core::Money::ore(as_int(r[2])), core::Money::ore(as_int(r[3])), as_int(r[4])});
  }
  return out;
}

bool BudgetStore::save_equity(std::int64_t association_id, const core::EquityEntry& e, std::int64_t expected_version) {
  bool saved = false;
  db_.transaction([&] {
    auto exists = db_.query("SELECT 1 FROM equity_year WHERE association_id = $1 AND year = $2",
                            {association_id, std::int64_t(e.year)});
    saved = upsert(db_, !exists.empty(), expected_version,
                   "INSERT INTO equity_year (association_id, year, opening_ore, received_ore, costs_ore) "
                   "VALUES ($1, $2, $3, $4, $5)",
                   "UPDATE equity_year SET opening_ore = $3, received_ore = $4, costs_ore = $5, version = version + 1 "
                   "WHERE association_id = $1 AND year = $2 AND version = $6",
                   {association_id, std::int64_t(e.year), e.opening ? Value(e.opening->in_ore()) : Value(nullptr),
                    e.received.in_ore(), e.costs.in_ore()});
  });
  return saved;
}

}  // namespace samordna::storage
