#include "finance/domain/payment.hpp"

#include <algorithm>

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

Payment with_defaults(Payment p, Money amount) {
  if (p.status != PaymentStatus::due && p.invoiced_on && !p.due_on)
    p.due_on = p.invoiced_on->add_days(kPaymentTermDays);
  if (p.status == PaymentStatus::paid && p.paid == Money()) p.paid = amount;
  return p;
}

namespace {

void check_paid_on(const Payment& p, CivilDate today, FieldErrors& errors) {
  if (!p.paid_on) {
    errors.add("paidOn", "required");
  } else if (p.invoiced_on && *p.paid_on < *p.invoiced_on) {
    errors.add("paidOn", "before_invoiced");
  } else if (today < *p.paid_on) {
    errors.add("paidOn", "future");  // a payment is recorded once it has arrived
  }
}

}  // namespace

Result<void> validate_payment(const Payment& p, Money amount, CivilDate today) {
  FieldErrors errors;
  if (p.status == PaymentStatus::due) {
    if (p.invoiced_on) errors.add("invoicedOn", "not_allowed");
    if (p.due_on) errors.add("dueOn", "not_allowed");
    if (p.paid_on) errors.add("paidOn", "not_allowed");
    if (p.paid != Money()) errors.add("paidOre", "not_allowed");
    return errors.result();
  }
  if (!p.invoiced_on) errors.add("invoicedOn", "required");
  if (p.invoiced_on && p.due_on && *p.due_on < *p.invoiced_on) errors.add("dueOn", "before_invoiced");
  if (p.paid < Money()) {
    errors.add("paidOre", "negative");
  } else if (p.status == PaymentStatus::invoiced) {
    if (p.paid >= amount && amount > Money()) {
      errors.add("paidOre", "not_below_amount");  // all of it: the contribution is paid
    } else if (p.paid > Money()) {
      check_paid_on(p, today, errors);
    } else if (p.paid_on) {
      errors.add("paidOn", "not_allowed");  // nothing received yet
    }
  } else {
    if (p.paid != amount) errors.add("paidOre", "not_amount");
    check_paid_on(p, today, errors);
  }
  return errors.result();
}

bool overdue(const Payment& p, CivilDate today) {
  return p.status == PaymentStatus::invoiced && p.due_on && *p.due_on < today;
}

bool partly_paid(const Payment& p) { return p.status == PaymentStatus::invoiced && p.paid > Money(); }

Money outstanding(const Payment& p, Money amount) {
  if (p.status == PaymentStatus::paid) return Money();
  return amount - p.paid;
}

bool year_closed(const std::map<std::int64_t, Payment>& payments) {
  return std::any_of(payments.begin(), payments.end(),
                     [](const auto& entry) { return entry.second.status != PaymentStatus::due; });
}

}  // namespace samordna::core
