#include "finance/domain/payment.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

const Money kAmount = Money::kronor(644'000);

// The first refusal of a payment as the service sees it: with its defaults filled in.
std::string first_error(const Payment& p, const char* today = "2026-11-22") {
  auto r = validate_payment(with_defaults(p, kAmount), kAmount, d(today));
  return r ? "" : r.error().fields.at(0).field + " " + r.error().fields.at(0).code;
}

Payment part(const char* invoiced, Money received, std::optional<CivilDate> on, const char* due = nullptr) {
  Payment p{PaymentStatus::invoiced, d(invoiced), on, 0};
  if (due) p.due_on = d(due);
  p.paid = received;
  return p;
}

TEST(Payment, StatusesRoundTrip) {
  for (auto s : {PaymentStatus::due, PaymentStatus::invoiced, PaymentStatus::paid}) {
    EXPECT_EQ(parse_payment_status(to_string(s)), s);
  }
  EXPECT_FALSE(parse_payment_status("overdue"));
}

TEST(Payment, DatesFollowTheStatus) {
  EXPECT_EQ(first_error({PaymentStatus::due, {}, {}, 0}), "");
  EXPECT_EQ(first_error({PaymentStatus::invoiced, d("2020-01-15"), {}, 0}), "");
  EXPECT_EQ(first_error({PaymentStatus::paid, d("2020-01-15"), d("2020-02-14"), 0}), "");
  EXPECT_EQ(first_error({PaymentStatus::invoiced, {}, {}, 0}), "invoicedOn required");
  EXPECT_EQ(first_error({PaymentStatus::paid, d("2020-01-15"), {}, 0}), "paidOn required");
  EXPECT_EQ(first_error({PaymentStatus::paid, d("2020-01-15"), d("2020-01-14"), 0}), "paidOn before_invoiced");
  EXPECT_EQ(first_error({PaymentStatus::due, d("2020-01-15"), {}, 0}), "invoicedOn not_allowed");
  EXPECT_EQ(first_error({PaymentStatus::invoiced, d("2020-01-15"), d("2020-01-16"), 0}), "paidOn not_allowed");
}

// A payment is recorded when the money has arrived, never ahead; an invoice may be dated ahead.
TEST(Payment, IsNotPaidInTheFuture) {
  EXPECT_EQ(first_error({PaymentStatus::paid, d("2026-11-01"), d("2026-11-22"), 0}), "");
  EXPECT_EQ(first_error({PaymentStatus::paid, d("2026-11-01"), d("2026-11-23"), 0}), "paidOn future");
  EXPECT_EQ(first_error({PaymentStatus::invoiced, d("2026-12-01"), {}, 0}), "");
  EXPECT_EQ(first_error(part("2026-11-01", Money::kronor(1), d("2026-11-23"))), "paidOn future");
}

TEST(Payment, AnInvoiceFallsDueThirtyDaysAfterUnlessToldAndNeverBeforeItWasSent) {
  auto p = with_defaults({PaymentStatus::invoiced, d("2026-01-15"), {}, 0}, kAmount);
  EXPECT_EQ(p.due_on, d("2026-02-14"));
  EXPECT_EQ(with_defaults(part("2026-01-15", Money(), {}, "2026-03-31"), kAmount).due_on, d("2026-03-31"));
  EXPECT_EQ(first_error(part("2026-01-15", Money(), {}, "2026-01-14")), "dueOn before_invoiced");
  EXPECT_FALSE(with_defaults({PaymentStatus::due, {}, {}, 0}, kAmount).due_on);
  EXPECT_EQ(first_error(part("2026-01-15", Money(), {}, "2026-01-15")), "");  // due the day it is sent
}

TEST(Payment, PartsAreBelowTheContributionAndAllOfItIsPaid) {
  EXPECT_EQ(first_error(part("2026-01-15", Money::kronor(300'000), d("2026-02-01"))), "");
  EXPECT_EQ(first_error(part("2026-01-15", Money::kronor(300'000), {})), "paidOn required");
  EXPECT_EQ(first_error(part("2026-01-15", kAmount, d("2026-02-01"))), "paidOre not_below_amount");
  EXPECT_EQ(first_error(part("2026-01-15", Money::ore(-1), d("2026-02-01"))), "paidOre negative");
  Payment paid{PaymentStatus::paid, d("2026-01-15"), d("2026-02-10"), 0};
  EXPECT_EQ(with_defaults(paid, kAmount).paid, kAmount);  // paid: in full
  paid.paid = Money::kronor(600'000);
  EXPECT_EQ(first_error(paid), "paidOre not_amount");
  Payment due{PaymentStatus::due, {}, {}, 0};
  due.paid = Money::kronor(1);
  EXPECT_EQ(first_error(due), "paidOre not_allowed");
}

TEST(Payment, OverdueIsAnUnpaidInvoicePastItsDueDate) {
  auto invoice = with_defaults({PaymentStatus::invoiced, d("2026-01-15"), {}, 0}, kAmount);  // due 2026-02-14
  EXPECT_FALSE(overdue(invoice, d("2026-02-14")));
  EXPECT_TRUE(overdue(invoice, d("2026-02-15")));
  auto half = with_defaults(part("2026-01-15", Money::kronor(322'000), d("2026-02-01")), kAmount);
  EXPECT_TRUE(overdue(half, d("2026-03-01")));  // a part paid is still overdue
  EXPECT_TRUE(partly_paid(half));
  EXPECT_EQ(outstanding(half, kAmount), Money::kronor(322'000));
  auto paid = with_defaults({PaymentStatus::paid, d("2026-01-15"), d("2026-03-01"), 0}, kAmount);
  EXPECT_FALSE(overdue(paid, d("2026-03-02")));
  EXPECT_FALSE(partly_paid(paid));
  EXPECT_EQ(outstanding(paid, kAmount), Money());
  EXPECT_FALSE(overdue({PaymentStatus::due, {}, {}, 0}, d("2030-01-01")));
}

TEST(Payment, AYearIsClosedOnceAContributionIsInvoicedOrPaid) {
  EXPECT_FALSE(year_closed({}));
  EXPECT_FALSE(year_closed({{8, {PaymentStatus::due, {}, {}, 1}}}));
  EXPECT_TRUE(
      year_closed({{8, {PaymentStatus::due, {}, {}, 1}}, {9, {PaymentStatus::invoiced, d("2026-01-15"), {}, 1}}}));
  EXPECT_TRUE(year_closed({{8, {PaymentStatus::paid, d("2026-01-15"), d("2026-02-01"), 1}}}));
}

}  // namespace
}  // namespace samordna::core
