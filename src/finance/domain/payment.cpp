#include "finance/domain/payment.hpp"

#include "membership/domain/membership.hpp"

namespace samordna::core {

std::string_view to_string(PaymentStatus status) {
  switch (status) {
    case PaymentStatus::due: return "due";
    case PaymentStatus::invoiced: return "invoiced";
    case PaymentStatus::paid: return "paid";
  }
  return "due";
}

std::optional<PaymentStatus> parse_payment_status(std::string_view text) {
  for (auto s : {PaymentStatus::due, PaymentStatus::invoiced, PaymentStatus::paid}) {
    if (to_string(s) == text) return s;
  }
  return std::nullopt;
}

Result<void> validate_payment(const Payment& p, CivilDate today) {
  FieldErrors errors;
  if (p.status == PaymentStatus::due) {
    if (p.invoiced_on) errors.add("invoicedOn", "not_allowed");
    if (p.paid_on) errors.add("paidOn", "not_allowed");
  }
  if (p.status != PaymentStatus::due && !p.invoiced_on) errors.add("invoicedOn", "required");
  if (p.status == PaymentStatus::invoiced && p.paid_on) errors.add("paidOn", "not_allowed");
  if (p.status == PaymentStatus::paid) {
    if (!p.paid_on) {
      errors.add("paidOn", "required");
    } else if (p.invoiced_on && *p.paid_on < *p.invoiced_on) {
      errors.add("paidOn", "before_invoiced");
    } else if (today < *p.paid_on) {
      errors.add("paidOn", "future");  // a payment is recorded once it has arrived
    }
  }
  return errors.result();
}

}  // namespace samordna::core
