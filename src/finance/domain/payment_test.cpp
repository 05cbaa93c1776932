#include "finance/domain/payment.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

std::string first_error(const Payment& p, const char* today = "2026-11-22") {
  auto r = validate_payment(p, d(today));
  return r ? "" : r.error().fields.at(0).field + " " + r.error().fields.at(0).code;
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
}

}  // namespace
}  // namespace samordna::core
