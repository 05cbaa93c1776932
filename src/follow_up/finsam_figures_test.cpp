#include "follow_up/finsam_figures.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

Contribution contribution(std::int64_t member, PartyKind kind, std::int64_t kronor) {
  Contribution c;
  c.member_id = member;
  c.kind = kind;
  c.amount = Money::ore(kronor * 100);
  return c;
}

TEST(FinsamFigures, FundsAreBudgetedAndReceivedByKindOfParty) {
  BudgetView view;
  view.calculation.contributions = {contribution(1, PartyKind::fk, 5000), contribution(2, PartyKind::af, 2500),
                                    contribution(3, PartyKind::region, 1250), contribution(4, PartyKind::kommun, 700),
                                    contribution(5, PartyKind::kommun, 550)};
  Payment paid;
  paid.status = PaymentStatus::paid;
  Payment invoiced;
  invoiced.status = PaymentStatus::invoiced;
  view.payments = {{1, paid}, {2, invoiced}, {4, paid}};  // 3 and 5 are due
  auto funds = funds_by_party(view);
  ASSERT_EQ(funds.size(), 4U);
  EXPECT_EQ(funds[0].kind, PartyKind::fk);
  EXPECT_EQ(funds[0].budgeted, Money::ore(500000));
  EXPECT_EQ(funds[0].received, Money::ore(500000));
  EXPECT_EQ(funds[1].received, Money::ore(0));  // invoiced is not received
  EXPECT_EQ(funds[2].budgeted, Money::ore(125000));
  EXPECT_EQ(funds[3].budgeted, Money::ore(125000));  // the kommuner together
  EXPECT_EQ(funds[3].received, Money::ore(70000));
}

TEST(FinsamFigures, NoContributionsGiveZeroForEveryParty) {
  auto funds = funds_by_party(BudgetView{});
  ASSERT_EQ(funds.size(), 4U);
  for (const auto& f : funds) EXPECT_EQ(f.budgeted, Money::ore(0));
}

}  // namespace
}  // namespace samordna::core
