#include "finance/http/money_json.hpp"

#include "platform/http/json/json_values.hpp"

namespace samordna::http {
namespace {
using nlohmann::json;

}  // namespace

json payment_json(const core::Payment& p) {
  return {{"status", core::to_string(p.status)}, {"invoicedOn", date_or_null(p.invoiced_on)},
          {"dueOn", date_or_null(p.due_on)},     {"paidOre", p.paid.in_ore()},
          {"paidOn", date_or_null(p.paid_on)},   {"version", p.version}};
}

json overdue_invoice_json(const core::OverdueInvoice& i) {
  return {{"year", i.year},
          {"memberId", i.member_id},
          {"name", i.name},
          {"amountOre", i.amount.in_ore()},
          {"paidOre", i.payment.paid.in_ore()},
          {"outstandingOre", core::outstanding(i.payment, i.amount).in_ore()},
          {"invoicedOn", date_or_null(i.payment.invoiced_on)},
          {"dueOn", date_or_null(i.payment.due_on)},
          {"daysOverdue", i.days_overdue}};
}

json budget_summary_json(const core::BudgetView& v) {
  const auto& s = v.calculation.shares;
  return {{"year", v.budget.year},
          {"totalOre", v.budget.total.in_ore()},
          {"stateOre", s.state.in_ore()},
          {"regionsOre", s.regions.in_ore()},
          {"kommunerOre", s.kommuner.in_ore()},
          {"version", v.budget.version}};
}

json budget_json(const core::BudgetView& v) {
  json inputs = json::array();
  for (const auto& k : v.budget.key_inputs) {
    inputs.push_back({{"memberId", k.member_id},
                      {"sicknessRate", or_null(k.sickness_rate)},
                      {"percentBp", or_null(k.percent_bp)},
                      {"amountOre", k.amount ? json(k.amount->in_ore()) : json(nullptr)}});
  }
  json contributions = json::array();
  for (const auto& c : v.calculation.contributions) {
    auto payment = v.payments.find(c.member_id);
    contributions.push_back(
        {{"memberId", c.member_id},
         {"name", c.name},
         {"partyKind", core::to_string(c.kind)},
         {"party", core::to_string(c.party)},
         {"amountOre", c.amount.in_ore()},
         {"basis",
          {{"partyTotalOre", c.basis.party_total.in_ore()},
           {"weight", c.basis.weight},
           {"weightSum", c.basis.weight_sum},
           {"population", or_null(c.basis.population)},
           {"sicknessRate", or_null(c.basis.sickness_rate)},
           {"percentBp", or_null(c.basis.percent_bp)}}},
         // A paid contribution reads as paid in full, also when recorded before parts were (paid_ore 0).
         {"payment", payment_json(core::with_defaults(payment == v.payments.end() ? core::Payment{} : payment->second,
                                                      c.amount))}});
  }
  json out = budget_summary_json(v);
  out["charterId"] = v.charter.id;
  out["splitKey"] = {{"kind", core::to_string(v.charter.split_key.kind)},
                     {"referenceYear", or_null(v.charter.split_key.reference_year)}};
  out["shares"] = {{"stateOre", v.calculation.shares.state.in_ore()},
                   {"regionsOre", v.calculation.shares.regions.in_ore()},
                   {"kommunerOre", v.calculation.shares.kommuner.in_ore()}};
  out["keyInputs"] = inputs;
  out["contributions"] = contributions;
  out["closed"] = core::year_closed(v.payments);
  return out;
}

json equity_year_json(const core::EquityYear& y) {
  return {{"year", y.year},
          {"openingOre", y.opening.in_ore()},
          {"receivedOre", y.received.in_ore()},
          {"costsOre", y.costs.in_ore()},
          {"resultOre", y.result.in_ore()},
          {"closingOre", y.closing.in_ore()},
          {"contributionsOre", y.contributions.in_ore()},
          {"equityShareBp", or_null(y.share_bp)},
          {"flagged", y.flagged},
          {"version", y.version}};
}

json equity_json(const std::vector<core::EquityYear>& years, std::int64_t limit_bp) {
  json items = json::array();
  for (const auto& y : years) items.push_back(equity_year_json(y));
  return {{"equityLimitBp", limit_bp}, {"items", items}};
}

json what_if_json(std::int64_t member_id, core::CivilDate notice_on, const core::WhatIfView& view) {
  const auto& w = view.what_if;
  json fees = json::array();
  for (const auto& f : w.fee_years) {
    fees.push_back({{"year", f.year}, {"amountOre", f.amount.in_ore()}, {"estimated", f.estimated}});
  }
  json shares = json::array();
  for (const auto& s : w.shares) {
    shares.push_back({{"memberId", s.member_id},
                      {"name", s.name},
                      {"beforeOre", s.before.in_ore()},
                      {"afterOre", s.after.in_ore()},
                      {"changeOre", (s.after - s.before).in_ore()}});
  }
  return {{"memberId", member_id},
          {"noticeOn", notice_on.iso()},
          {"endsOn", w.ends_on.iso()},
          {"feeYears", fees},
          {"totalOwedOre", w.total_owed.in_ore()},
          {"firstYearWithout", w.first_year_without},
          {"basisYear", view.basis_year},
          {"basisTotalOre", view.basis_total.in_ore()},
          {"shares", shares}};
}

json allocation_json(const std::vector<core::AllocationResult>& results) {
  json items = json::array();
  core::Money total;
  for (const auto& r : results) {
    total = total + r.state;
    items.push_back({{"name", r.name},
                     {"stateOre", r.state.in_ore()},
                     {"regionOre", r.region.in_ore()},
                     {"kommunOre", r.kommun.in_ore()},
                     {"totalOre", r.total.in_ore()},
                     {"capped", r.capped},
                     {"equityFlagged", r.equity_flagged}});
  }
  return {{"items", items}, {"totalStateOre", total.in_ore()}};
}

}  // namespace samordna::http
