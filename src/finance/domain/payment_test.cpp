#include "finance/domain/payment.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

std::string first_error(const Payment& p) {
  auto r = validate_payment(p);
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

}  // namespace
}  // namespace samordna::core
