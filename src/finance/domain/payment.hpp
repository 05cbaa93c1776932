#pragma once
// Whether a member has paid its contribution for a year: due → invoiced → paid, with dates.
#include <cstdint>
#include <optional>
#include <string_view>

#include "kernel/civil_date.hpp"
#include "kernel/error.hpp"

namespace samordna::core {

enum class PaymentStatus { due, invoiced, paid };
std::string_view to_string(PaymentStatus status);
std::optional<PaymentStatus> parse_payment_status(std::string_view text);

struct Payment {
  PaymentStatus status = PaymentStatus::due;
  std::optional<CivilDate> invoiced_on;
  std::optional<CivilDate> paid_on;
  std::int64_t version = 0;  // 0: never recorded
};

// Field errors: invoicedOn required (invoiced, paid); paidOn required (paid) | before_invoiced; a due
// payment carries no dates (invoicedOn/paidOn not_allowed).
Result<void> validate_payment(const Payment& payment, CivilDate today);

}  // namespace samordna::core
