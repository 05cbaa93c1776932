// FinanceService in memory, with Insjöriket's members and 2018 population (DOMAIN.md, seed 000): budgets give
// contributions by the 50/25/25 rule, payments and equity are versioned and audited, and the withdrawal
// what-if follows the charter's notice rule. Refusals write nothing.
#include "finance/finance_service.hpp"

#include <gtest/gtest.h>

#include "audit/testing/memory_audit.hpp"
#include "finance/testing/memory_budgets.hpp"
#include "kernel/testing/fakes.hpp"
#include "kernel/testing/results.hpp"
#include "membership/testing/memory_membership.hpp"

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

class FinanceServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    associations.associations = {Association{1, "Insjöriket", "222000-1234", "Alingsås", d("2006-07-01")}};
    add(1, "Försäkringskassan", PartyKind::fk, "");
    add(2, "Arbetsförmedlingen", PartyKind::af, "");
    add(3, "Västra Götalandsregionen", PartyKind::region, "14");
    add(4, "Mölndals stad", PartyKind::kommun, "1481");
    add(5, "Partille kommun", PartyKind::kommun, "1402");
    add(6, "Härryda kommun", PartyKind::kommun, "1401");
    add(7, "Lerums kommun", PartyKind::kommun, "1441");
    add(8, "Alingsås kommun", PartyKind::kommun, "1489");
    associations.population[2018] = {
        {"1481", 43409}, {"1402", 23516}, {"1401", 22752}, {"1441", 24774}, {"1489", 23781}};
    for (const auto& [code, _] : associations.population[2018]) associations.regions[code] = "14";
    Charter c;
    c.id = 1;
    c.association_id = 1;
    c.effective_from = d("2006-07-01");
    c.notice = {3, NoticeCounting::calendar_years};
    c.split_key = {SplitKeyKind::population, 2018};
    charters.charters = {c};
  }
  void add(std::int64_t id, const char* name, PartyKind kind, const char* code) {
    Member m;
    m.id = id;
    m.association_id = 1;
    m.name = name;
    m.kind = kind;
    m.area_code = code;
    m.joined_on = d("2006-07-01");
    associations.members.push_back(m);
  }
  StoredBudget budget(int year, Money total) { return StoredBudget{1, year, total, {}, 0}; }
  static Money amount_of(const BudgetView& view, std::int64_t member_id) {
    for (const auto& c : view.calculation.contributions) {
      if (c.member_id == member_id) return c.amount;
    }
    return Money::ore(-1);
  }
  testing::MemoryAssociations associations;
  testing::MemoryCharters charters;
  testing::MemoryBudgets budgets;
  testing::DirectTransactions transactions;
  testing::MemoryAudit events;
  AuditTrail audit{events, testing::fake_digest, [] { return std::int64_t{1'000}; }};
  testing::FakeClock clock;  // 2026-11-22
  FinanceService service{associations, charters, budgets, transactions, audit, clock};
  Actor actor{1, "ekonom", "127.0.0.1"};
};

TEST_F(FinanceServiceTest, ABudgetGivesEachMembersContributionAndIsAudited) {
  auto saved = service.save_budget(actor, budget(2020, Money::kronor(14'976'000)), 0);
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->budget.version, 1);
  EXPECT_EQ(saved->calculation.shares.state, Money::kronor(7'488'000));
  EXPECT_EQ(amount_of(*saved, 1), Money::kronor(7'488'000));  // FK pays the state half
  EXPECT_EQ(amount_of(*saved, 3), Money::kronor(3'744'000));
  EXPECT_EQ(amount_of(*saved, 8), Money::ore(64'410'602));  // Alingsås: 374 400 000 öre × 23 781 / 138 232
  Money sum;
  for (const auto& c : saved->calculation.contributions) sum = sum + c.amount;
  EXPECT_EQ(sum, Money::kronor(14'976'000));  // the shares add up to the öre
  ASSERT_EQ(events.events.size(), 1U);
  EXPECT_EQ(events.events[0].entity, "budget");
  EXPECT_EQ(events.events[0].action, "create");
}

TEST_F(FinanceServiceTest, BudgetRefusalsWriteNothing) {
  EXPECT_EQ(testing::code_of(service.save_budget(actor, budget(2020, Money::ore(-1)), 0)), "validation_failed");
  EXPECT_EQ(testing::field_of(service.save_budget(actor, budget(1800, Money::kronor(1)), 0)), "year");
  auto elsewhere = budget(2020, Money::kronor(1));
  elsewhere.association_id = 2;
  EXPECT_EQ(testing::code_of(service.save_budget(actor, elsewhere, 0)), "not_found");
  charters.charters.clear();
  EXPECT_EQ(testing::field_of(service.save_budget(actor, budget(2020, Money::kronor(1)), 0)), "charter");
  EXPECT_TRUE(budgets.budgets.empty());
  EXPECT_TRUE(events.events.empty());
}

TEST_F(FinanceServiceTest, AStaleBudgetVersionIsAConflict) {
  ASSERT_TRUE(service.save_budget(actor, budget(2021, Money::kronor(15'000'000)), 0));
  ASSERT_TRUE(service.save_budget(actor, budget(2021, Money::kronor(15'200'000)), 1));
  auto stale = service.save_budget(actor, budget(2021, Money::kronor(16'000'000)), 1);
  ASSERT_FALSE(stale);
  EXPECT_EQ(testing::code_of(stale), "version_conflict");
  EXPECT_EQ(service.budget(1, 2021)->budget.total, Money::kronor(15'200'000));
  EXPECT_EQ(service.budgets(1)->size(), 1U);
  EXPECT_EQ(testing::code_of(service.budgets(9)), "not_found");
}

TEST_F(FinanceServiceTest, AChangeIsAuditedWithWhatItWasBefore) {
  ASSERT_TRUE(service.save_budget(actor, budget(2021, Money::kronor(15'000'000)), 0));
  ASSERT_TRUE(service.save_budget(actor, budget(2021, Money::kronor(15'200'000)), 1));
  ASSERT_EQ(events.events.size(), 2U);
  EXPECT_EQ(encode_fields(events.events[0].fields), "totalOre=1500000000\nkeyInputs=0");
  EXPECT_EQ(encode_fields(events.events[1].fields), "totalOre.before=1500000000\ntotalOre=1520000000\nkeyInputs=0");

  ASSERT_TRUE(service.save_payment(actor, 1, 2021, 8, {PaymentStatus::invoiced, d("2021-01-15"), std::nullopt, 0}, 0));
  ASSERT_TRUE(service.save_payment(actor, 1, 2021, 8, {PaymentStatus::paid, d("2021-01-15"), d("2021-02-10"), 0}, 1));
  const auto paid = encode_fields(events.events[3].fields);
  EXPECT_EQ(paid.substr(0, paid.find("\npaidOre.before")),
            "status.before=invoiced\nstatus=paid\ninvoicedOn=2021-01-15\ndueOn=2021-02-14");  // due 30 days after
  EXPECT_NE(paid.find("\npaidOre.before=0\npaidOre="), std::string::npos) << paid;            // paid in full
  EXPECT_NE(paid.find("\npaidOn.before=\npaidOn=2021-02-10"), std::string::npos) << paid;
}

TEST_F(FinanceServiceTest, AClosedYearChangesOnlyWhenReopenedWithAReason) {
  ASSERT_TRUE(service.save_budget(actor, budget(2022, Money::kronor(15'000'000)), 0));
  // Open until a contribution is invoiced.
  ASSERT_TRUE(service.save_budget(actor, budget(2022, Money::kronor(15'100'000)), 1));
  ASSERT_TRUE(service.save_payment(actor, 1, 2022, 8, {PaymentStatus::invoiced, d("2022-01-15"), std::nullopt, 0}, 0));
  const auto events_before = events.events.size();
  auto refused = service.save_budget(actor, budget(2022, Money::kronor(16'000'000)), 2);
  EXPECT_EQ(testing::code_of(refused), "year_closed");
  EXPECT_EQ(testing::field_of(service.save_budget(actor, budget(2022, Money::kronor(16'000'000)), 2, "  ")),
            "reopenReason");
  EXPECT_EQ(service.budget(1, 2022)->budget.total, Money::kronor(15'100'000));
  EXPECT_EQ(events.events.size(), events_before);
  // The preview shows the new contributions and saves nothing.
  auto preview = service.preview_budget(budget(2022, Money::kronor(16'000'000)));
  ASSERT_TRUE(preview);
  EXPECT_GT(preview->calculation.contributions.at(0).amount,
            service.budget(1, 2022)->calculation.contributions.at(0).amount);
  EXPECT_EQ(service.budget(1, 2022)->budget.total, Money::kronor(15'100'000));

  auto reopened = service.save_budget(actor, budget(2022, Money::kronor(16'000'000)), 2,
                                      "Fullmäktige beslöt 2022-03-01 om tillskott");
  ASSERT_TRUE(reopened) << testing::code_of(reopened);
  EXPECT_EQ(reopened->budget.total, Money::kronor(16'000'000));
  EXPECT_EQ(encode_fields(events.events.back().fields),
            "totalOre.before=1510000000\ntotalOre=1600000000\nkeyInputs=0\nreopenReason=Fullmäktige beslöt 2022-03-01 "
            "om tillskott");
  // A stale version is still a conflict when reopening.
  EXPECT_EQ(testing::code_of(service.save_budget(actor, budget(2022, Money::kronor(1)), 2, "igen")),
            "version_conflict");
}

TEST_F(FinanceServiceTest, APartialPaymentIsBelowTheContributionAndAnInvoiceFallsDue) {
  ASSERT_TRUE(service.save_budget(actor, budget(2022, Money::kronor(15'000'000)), 0));
  const auto amount = service.budget(1, 2022)->calculation.contributions.at(0).amount;
  const auto member = service.budget(1, 2022)->calculation.contributions.at(0).member_id;
  Payment part{PaymentStatus::invoiced, d("2022-01-15"), d("2022-02-01"), 0};
  part.paid = Money::ore(amount.in_ore() / 2);
  auto saved = service.save_payment(actor, 1, 2022, member, part, 0);
  ASSERT_TRUE(saved) << testing::code_of(saved);
  EXPECT_EQ(saved->due_on, d("2022-02-14"));
  EXPECT_EQ(saved->paid, part.paid);
  part.paid = amount;
  EXPECT_EQ(testing::field_of(service.save_payment(actor, 1, 2022, member, part, 1)), "paidOre");
  // Due 2022-02-14 and half paid: overdue today (2026-11-22), with the half still owed.
  auto overdue = service.overdue_invoices(1);
  ASSERT_TRUE(overdue);
  ASSERT_EQ(overdue->size(), 1U);
  EXPECT_EQ((*overdue)[0].year, 2022);
  EXPECT_EQ((*overdue)[0].member_id, member);
  EXPECT_EQ(outstanding((*overdue)[0].payment, (*overdue)[0].amount), amount - Money::ore(amount.in_ore() / 2));
  EXPECT_EQ((*overdue)[0].days_overdue, d("2026-11-22").days_since_epoch() - d("2022-02-14").days_since_epoch());

  Payment paid{PaymentStatus::paid, d("2022-01-15"), d("2022-03-01"), 0};
  auto full = service.save_payment(actor, 1, 2022, member, paid, 1);
  ASSERT_TRUE(full);
  EXPECT_EQ(full->paid, amount);
  EXPECT_TRUE(service.overdue_invoices(1)->empty());
  EXPECT_EQ(testing::code_of(service.overdue_invoices(9)), "not_found");
}

TEST_F(FinanceServiceTest, PaymentsAreRecordedForPayingMembersOnly) {
  ASSERT_TRUE(service.save_budget(actor, budget(2022, Money::kronor(15'000'000)), 0));
  Payment invoiced{PaymentStatus::invoiced, d("2022-01-15"), std::nullopt, 0};
  auto saved = service.save_payment(actor, 1, 2022, 8, invoiced, 0);
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->version, 1);
  Payment paid{PaymentStatus::paid, d("2022-01-15"), d("2022-02-10"), 0};
  EXPECT_EQ(testing::code_of(service.save_payment(actor, 1, 2022, 8, paid, 0)), "version_conflict");
  ASSERT_TRUE(service.save_payment(actor, 1, 2022, 8, paid, 1));

  EXPECT_EQ(testing::code_of(service.save_payment(actor, 1, 2022, 42, invoiced, 0)), "not_found");  // no member
  EXPECT_EQ(testing::code_of(service.save_payment(actor, 1, 2023, 8, invoiced, 0)), "not_found");   // no budget
  Payment undated{PaymentStatus::paid, std::nullopt, std::nullopt, 0};
  EXPECT_EQ(testing::code_of(service.save_payment(actor, 1, 2022, 7, undated, 0)), "validation_failed");
  EXPECT_EQ(budgets.payments(1, 2022).size(), 1U);
  EXPECT_EQ(events.events.size(), 3U);  // the budget and two payment changes
}

TEST_F(FinanceServiceTest, EquityCarriesTheClosingForwardAndFlagsAboveTheLimit) {
  ASSERT_TRUE(service.save_budget(actor, budget(2022, Money::kronor(10'000'000)), 0));
  ASSERT_TRUE(service.save_budget(actor, budget(2023, Money::kronor(10'000'000)), 0));
  EquityEntry first{2022, Money::kronor(1'000'000), Money::kronor(10'000'000), Money::kronor(9'500'000), 1};
  ASSERT_TRUE(service.save_equity(actor, 1, first, 0));
  EquityEntry second{2023, Money::kronor(5), Money::kronor(10'000'000), Money::kronor(9'000'000), 1};
  auto years = service.save_equity(actor, 1, second, 0);
  ASSERT_TRUE(years);
  ASSERT_EQ(years->size(), 2U);
  EXPECT_EQ((*years)[0].closing, Money::kronor(1'500'000));
  EXPECT_FALSE((*years)[0].flagged);                         // 15 % of the year's contributions
  EXPECT_EQ((*years)[1].opening, Money::kronor(1'500'000));  // a later year's own opening is ignored
  EXPECT_EQ((*years)[1].closing, Money::kronor(2'500'000));
  EXPECT_TRUE((*years)[1].flagged);  // 25 % is above the 20 % limit
  EXPECT_EQ(testing::code_of(service.save_equity(actor, 1, first, 0)), "version_conflict");
  EXPECT_EQ(testing::code_of(service.equity(5)), "not_found");
}

TEST_F(FinanceServiceTest, WithdrawalWhatIfFollowsTheNoticeRule) {
  EXPECT_EQ(testing::field_of(service.withdrawal_what_if(8, d("2020-06-15"))), "budget");
  ASSERT_TRUE(service.save_budget(actor, budget(2020, Money::kronor(14'976'000)), 0));
  auto what_if = service.withdrawal_what_if(8, d("2020-06-15"));
  ASSERT_TRUE(what_if);
  EXPECT_EQ(what_if->what_if.ends_on, d("2023-12-31"));  // three calendar years after the year of notice
  EXPECT_EQ(what_if->what_if.first_year_without, 2024);
  EXPECT_EQ(what_if->basis_year, 2020);
  EXPECT_EQ(testing::field_code_of(service.withdrawal_what_if(1, d("2020-06-15"))), "cannot_give_notice");
  EXPECT_EQ(testing::code_of(service.withdrawal_what_if(99, d("2020-06-15"))), "not_found");
}

}  // namespace
}  // namespace samordna::core
