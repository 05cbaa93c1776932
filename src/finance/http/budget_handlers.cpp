// Budgets and contributions per year, with each member's payment status.
#include "access/http/handler_support.hpp"
#include "finance/http/money_json.hpp"
#include "finance/http/routes.hpp"

namespace samordna::http {
namespace {

std::vector<core::KeyInput> read_key_inputs(BodyReader& in) {
  std::vector<core::KeyInput> out;
  const auto* list = in.find("keyInputs");
  if (!list) return out;
  if (!list->is_array()) {
    in.errors().add("keyInputs", "invalid");
    return out;
  }
  for (const auto& item : *list) {
    core::FieldErrors errors;
    BodyReader k(item, errors);
    auto member = k.integer("memberId");
    if (!member) {
      in.errors().add("keyInputs", "invalid");
      continue;
    }
    const std::string prefix = "keyInputs." + std::to_string(*member) + ".";
    BodyReader named(item, in.errors(), prefix);
    out.push_back({*member, named.integer("sicknessRate", false), named.integer("percentBp", false),
                   named.money("amountOre", false)});
  }
  return out;
}

// The budget a PUT or a preview sends: its total and the key's inputs (errors into the reader's list).
core::StoredBudget read_budget(BodyReader& in, std::int64_t association_id, int year) {
  auto total = in.money("totalOre");
  auto inputs = read_key_inputs(in);
  return {association_id, year, total.value_or(core::Money()), inputs, 0};
}

nlohmann::json matrix_json(const std::vector<core::BudgetView>& views) {
  std::map<std::int64_t, nlohmann::json> rows;
  std::vector<std::int64_t> order;
  for (const auto& v : views) {
    for (const auto& c : v.calculation.contributions) {
      if (!rows.count(c.member_id)) {
        order.push_back(c.member_id);
        rows[c.member_id] = {{"memberId", c.member_id},
                             {"name", c.name},
                             {"partyKind", core::to_string(c.kind)},
                             {"amounts", nlohmann::json::object()}};
      }
      rows[c.member_id]["amounts"][std::to_string(v.budget.year)] = c.amount.in_ore();
    }
  }
  auto out = nlohmann::json::array();
  for (auto id : order) out.push_back(rows[id]);
  return out;
}

}  // namespace

void register_budget_routes(Router& router, FinanceRoutes& deps) {
  router.add({"GET", "/api/v1/associations/{id}/budgets", Permission::view_money, [&deps](Context& c) {
                auto id = path_id(c, "id");
                if (!id) return problem(404, "not_found");
                return reply(deps.finance.budgets(*id), [](const std::vector<core::BudgetView>& views) {
                  auto items = nlohmann::json::array();
                  for (const auto& v : views) items.push_back(budget_summary_json(v));
                  return nlohmann::json{{"items", items}, {"members", matrix_json(views)}};
                });
              }});
  router.add({"GET", "/api/v1/associations/{id}/budgets/{year}", Permission::view_money, [&deps](Context& c) {
                auto id = path_id(c, "id");
                auto year = path_id(c, "year");
                if (!id || !year || *year > 9999) return problem(404, "not_found");
                return reply(deps.finance.budget(*id, int(*year)), budget_json);
              }});
  router.add({"PUT", "/api/v1/associations/{id}/budgets/{year}", Permission::manage_money, [&deps](Context& c) {
                auto at = existing_year(c, deps);
                if (!at) return problem(404, "not_found");
                const auto [id, year] = *at;
                RequestBody body(c.request);
                auto& in = body.in();
                auto budget = read_budget(in, id, year);
                auto version = in.integer("version");
                std::optional<std::string> reopen_reason;
                if (in.find("reopenReason")) reopen_reason = in.text("reopenReason", false);
                if (auto refused = body.refusal()) return *refused;
                auto saved = deps.finance.save_budget(c.actor(), budget, *version, reopen_reason);
                return reply_or_current(saved, budget_json, [&] {
                  auto current = deps.finance.budget(id, year);
                  return current ? budget_json(*current) : nlohmann::json(nullptr);
                });
              }});
  router.add(
      {"POST", "/api/v1/associations/{id}/budgets/{year}/preview", Permission::manage_money, [&deps](Context& c) {
         auto at = existing_year(c, deps);
         if (!at) return problem(404, "not_found");
         const auto [id, year] = *at;
         RequestBody body(c.request);
         auto& in = body.in();
         auto budget = read_budget(in, id, year);
         if (auto refused = body.refusal()) return *refused;
         return reply(deps.finance.preview_budget(budget), budget_json);
       }});
  router.add({"GET", "/api/v1/associations/{id}/invoices/overdue", Permission::view_money, [&deps](Context& c) {
                return reply(deps.finance.overdue_invoices(*path_id(c, "id")),
                             [](const std::vector<core::OverdueInvoice>& list) {
                               auto items = nlohmann::json::array();
                               for (const auto& i : list) items.push_back(overdue_invoice_json(i));
                               return nlohmann::json{{"items", items}};
                             });
              }});
  router.add({"PUT", "/api/v1/associations/{id}/budgets/{year}/payments/{memberId}", Permission::manage_money,
              [&deps](Context& c) {
                auto id = path_id(c, "id");
                auto year = path_id(c, "year");
                auto member = path_id(c, "memberId");
                if (!id || !year || !member || *year > 9999) return problem(404, "not_found");
                RequestBody body(c.request);
                auto& in = body.in();
                auto status = core::parse_payment_status(in.text("status"));
                if (!status && in.find("status")) in.errors().add("status", "invalid");
                core::Payment p{status.value_or(core::PaymentStatus::due), in.date("invoicedOn", false),
                                in.date("paidOn", false), 0};
                p.due_on = in.date("dueOn", false);
                p.paid = in.money("paidOre", false).value_or(core::Money());
                auto version = in.integer("version");
                if (auto refused = body.refusal()) return *refused;
                auto saved = deps.finance.save_payment(c.actor(), *id, int(*year), *member, p, *version);
                return reply_or_current(saved, payment_json, [&] {
                  return payment_json(deps.finance.budget(*id, int(*year))->payments[*member]);
                });
              }});
}

}  // namespace samordna::http
