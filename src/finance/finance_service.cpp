#include "finance/finance_service.hpp"

#include <algorithm>

#include "audit/domain/field_changes.hpp"
#include "membership/membership_service.hpp"

namespace samordna::core {
namespace {

std::vector<AuditField> budget_fields(const StoredBudget& b) {
  return {{"totalOre", std::to_string(b.total.in_ore())}, {"keyInputs", std::to_string(b.key_inputs.size())}};
}

std::vector<AuditField> payment_fields(const Payment& p) {
  return {{"status", std::string(to_string(p.status))},
          {"invoicedOn", p.invoiced_on ? p.invoiced_on->iso() : ""},
          {"dueOn", p.due_on ? p.due_on->iso() : ""},
          {"paidOre", std::to_string(p.paid.in_ore())},
          {"paidOn", p.paid_on ? p.paid_on->iso() : ""}};
}

std::vector<AuditField> equity_fields(const EquityEntry& e) {
  return {{"openingOre", e.opening ? std::to_string(e.opening->in_ore()) : ""},
          {"receivedOre", std::to_string(e.received.in_ore())},
          {"costsOre", std::to_string(e.costs.in_ore())}};
}

}  // namespace

Result<BudgetInput> FinanceService::input_for(std::int64_t association_id, int year, Money total,
                                              const std::vector<KeyInput>& key_inputs, Charter& charter) {
  auto charters = charters_.list_charters(association_id);
  const Charter* in_force = charter_for_year(charters, year);
  if (!in_force) return unexpected(Error::invalid("charter", "missing"));
  charter = *in_force;
  BudgetInput in;
  in.year = year;
  in.total = total;
  in.key = charter.split_key;
  in.members = associations_.list_members(association_id);
  in.key_inputs = key_inputs;
  if (charter.split_key.reference_year)
    in.population = associations_.population_16_64(*charter.split_key.reference_year);
  in.kommun_region = associations_.kommun_regions();
  return in;
}

Result<BudgetView> FinanceService::view_of(const StoredBudget& budget) {
  BudgetView view;
  view.budget = budget;
  auto in = input_for(budget.association_id, budget.year, budget.total, budget.key_inputs, view.charter);
  if (!in) return unexpected(in.error());
  auto calc = calculate_contributions(*in);
  if (!calc) return unexpected(calc.error());
  view.calculation = std::move(*calc);
  view.payments = budgets_.payments(budget.association_id, budget.year);
  return view;
}

Result<std::vector<BudgetView>> FinanceService::budgets(std::int64_t association_id) {
  if (!associations_.find_association(association_id)) return unexpected(not_found());
  std::vector<BudgetView> out;
  for (const auto& b : budgets_.list_budgets(association_id)) {
    auto view = view_of(b);
    if (!view) return unexpected(view.error());
    out.push_back(std::move(*view));
  }
  return out;
}

Result<BudgetView> FinanceService::budget(std::int64_t association_id, int year) {
  auto stored = budgets_.find_budget(association_id, year);
  if (!stored) return unexpected(not_found());
  return view_of(*stored);
}

Result<BudgetView> FinanceService::preview_budget(const StoredBudget& budget) {
  if (!associations_.find_association(budget.association_id)) return unexpected(not_found());
  if (budget.year < 1900 || budget.year > 9999) return unexpected(Error::invalid("year", "invalid"));
  return view_of(budget);
}

Result<BudgetView> FinanceService::save_budget(const Actor& actor, const StoredBudget& budget,
                                               std::int64_t expected_version,
                                               const std::optional<std::string>& reopen_reason) {
  auto view = preview_budget(budget);
  if (!view) return unexpected(view.error());
  if (reopen_reason && reopen_reason->find_first_not_of(" \t\n") == std::string::npos) {
    return unexpected(Error::invalid("reopenReason", "required"));
  }
  bool saved = false;
  bool closed = false;
  transactions_.run([&] {
    closed = year_closed(budgets_.payments(budget.association_id, budget.year));
    if (closed && !reopen_reason) return;
    auto before = budgets_.find_budget(budget.association_id, budget.year);
    saved = budgets_.save_budget(budget, expected_version);
    if (saved) {
      auto fields = with_before(before ? budget_fields(*before) : std::vector<AuditField>{}, budget_fields(budget));
      if (closed) fields.push_back({"reopenReason", *reopen_reason});
      audit_.record(actor, budget.association_id, expected_version == 0 ? "create" : "update", "budget",
                    std::to_string(budget.year), fields);
    }
  });
  if (closed && !reopen_reason) return unexpected(Error::of(ErrorKind::conflict, "year_closed"));
  if (!saved) return unexpected(version_conflict());
  return this->budget(budget.association_id, budget.year);
}

Result<Payment> FinanceService::save_payment(const Actor& actor, std::int64_t association_id, int year,
                                             std::int64_t member_id, const Payment& payment,
                                             std::int64_t expected_version) {
  auto view = budget(association_id, year);
  if (!view) return unexpected(view.error());
  const auto& contributions = view->calculation.contributions;
  auto contribution = std::find_if(contributions.begin(), contributions.end(),
                                   [&](const Contribution& c) { return c.member_id == member_id; });
  if (contribution == contributions.end()) return unexpected(not_found());
  const Payment complete = with_defaults(payment, contribution->amount);
  if (auto ok = validate_payment(complete, contribution->amount, clock_.today()); !ok) return unexpected(ok.error());
  bool saved = false;
  transactions_.run([&] {
    auto payments = budgets_.payments(association_id, year);
    auto before = payments.find(member_id);
    saved = budgets_.save_payment(association_id, year, member_id, complete, expected_version);
    if (saved) {
      audit_.record(actor, association_id, "update", "payment", std::to_string(year) + "/" + std::to_string(member_id),
                    with_before(before == payments.end() ? std::vector<AuditField>{} : payment_fields(before->second),
                                payment_fields(complete)));
    }
  });
  if (!saved) return unexpected(version_conflict());
  return budgets_.payments(association_id, year).at(member_id);
}

Result<std::vector<OverdueInvoice>> FinanceService::overdue_invoices(std::int64_t association_id) {
  if (!associations_.find_association(association_id)) return unexpected(not_found());
  const CivilDate today = clock_.today();
  std::vector<OverdueInvoice> out;
  for (const auto& stored_budget : budgets_.list_budgets(association_id)) {
    // Only a year with an overdue invoice is calculated (for its amounts and names): a due date needs no amount.
    const auto payments = budgets_.payments(association_id, stored_budget.year);
    if (std::none_of(payments.begin(), payments.end(),
                     [&](const auto& e) { return overdue(with_defaults(e.second, Money()), today); })) {
      continue;
    }
    auto v = view_of(stored_budget);
    if (!v) return unexpected(v.error());
    for (const auto& c : v->calculation.contributions) {
      auto stored = v->payments.find(c.member_id);
      if (stored == v->payments.end()) continue;
      const Payment p = with_defaults(stored->second, c.amount);
      if (!overdue(p, today)) continue;
      out.push_back(
          {v->budget.year, c.member_id, c.name, c.amount, p, today.days_since_epoch() - p.due_on->days_since_epoch()});
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const OverdueInvoice& a, const OverdueInvoice& b) { return a.days_overdue > b.days_overdue; });
  return out;
}

Result<std::vector<EquityYear>> FinanceService::equity(std::int64_t association_id) {
  auto association = associations_.find_association(association_id);
  if (!association) return unexpected(not_found());
  std::map<int, Money> contributions;
  for (const auto& b : budgets_.list_budgets(association_id)) contributions[b.year] = b.total;
  return equity_ledger(budgets_.equity_entries(association_id), contributions, association->equity_limit_bp);
}

Result<std::vector<EquityYear>> FinanceService::save_equity(const Actor& actor, std::int64_t association_id,
                                                            const EquityEntry& entry, std::int64_t expected_version) {
  if (!associations_.find_association(association_id)) return unexpected(not_found());
  auto entries = budgets_.equity_entries(association_id);
  bool first = std::none_of(entries.begin(), entries.end(), [&](const EquityEntry& e) { return e.year < entry.year; });
  if (auto ok = validate_equity_entry(entry, first); !ok) return unexpected(ok.error());
  EquityEntry saved = entry;
  if (!first) saved.opening.reset();
  bool written = false;
  transactions_.run([&] {
    auto earlier =
        std::find_if(entries.begin(), entries.end(), [&](const EquityEntry& e) { return e.year == entry.year; });
    written = budgets_.save_equity(association_id, saved, expected_version);
    if (written) {
      audit_.record(actor, association_id, expected_version == 0 ? "create" : "update", "equity",
                    std::to_string(entry.year),
                    with_before(earlier == entries.end() ? std::vector<AuditField>{} : equity_fields(*earlier),
                                equity_fields(saved)));
    }
  });
  if (!written) return unexpected(version_conflict());
  return equity(association_id);
}

Result<WhatIfView> FinanceService::withdrawal_what_if(std::int64_t member_id, CivilDate notice_on) {
  auto member = associations_.find_member(member_id);
  if (!member) return unexpected(not_found());
  auto stored = budgets_.list_budgets(member->association_id);
  if (stored.empty()) return unexpected(Error::invalid("budget", "missing"));
  WhatIfInput in;
  in.member = *member;
  in.charters = charters_.list_charters(member->association_id);
  in.notice_on = notice_on;
  for (const auto& b : stored) {
    auto view = view_of(b);
    if (!view) return unexpected(view.error());
    for (const auto& c : view->calculation.contributions) {
      if (c.member_id == member_id) in.budgeted[b.year] = c.amount;
    }
  }
  const auto& latest =
      *std::max_element(stored.begin(), stored.end(), [](const auto& a, const auto& b) { return a.year < b.year; });
  Charter charter;
  auto basis = input_for(latest.association_id, latest.year, latest.total, latest.key_inputs, charter);
  if (!basis) return unexpected(basis.error());
  in.basis = std::move(*basis);
  auto what_if = core::withdrawal_what_if(in);
  if (!what_if) return unexpected(what_if.error());
  return WhatIfView{std::move(*what_if), latest.year, latest.total};
}

std::int64_t FinanceService::area_population(std::int64_t association_id, int year) {
  auto population_year = associations_.population_year_on_or_before(year);
  if (!population_year) return 0;
  auto population = associations_.population_16_64(*population_year);
  std::int64_t sum = 0;
  for (const auto& m : associations_.list_members(association_id)) {
    if (m.kind == PartyKind::kommun && member_in_year(m, year)) sum += population[m.area_code];
  }
  return sum;
}

}  // namespace samordna::core
