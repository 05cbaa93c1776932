#pragma once
// Whether a member has paid its contribution for a year: due → invoiced (with a due date, and what has been
// received so far when it is paid in parts) → paid in full, with dates. A year whose contributions have been
// invoiced or paid is closed: its budget changes only when reopened with a reason.
#include <cstdint>
#include <map>
#include <optional>
#include <string_view>

#include "kernel/civil_date.hpp"
#include "kernel/error.hpp"
#include "kernel/money.hpp"

namespace samordna::core {

enum class PaymentStatus { due, invoiced, paid };
std::string_view to_string(PaymentStatus status);
std::optional<PaymentStatus> parse_payment_status(std::string_view text);

struct Payment {
  Payment() = default;
  // NOLINTNEXTLINE(google-explicit-constructor): written {status, invoiced, paid, version} as before parts were
  Payment(PaymentStatus s, std::optional<CivilDate> invoiced, std::optional<CivilDate> paid_day, std::int64_t v,
          std::optional<CivilDate> due = std::nullopt, Money received = Money())
      : status(s), invoiced_on(invoiced), paid_on(paid_day), version(v), due_on(due), paid(received) {}

  PaymentStatus status = PaymentStatus::due;
  std::optional<CivilDate> invoiced_on;
  std::optional<CivilDate> paid_on;  // the day the last amount arrived (of a part, or the whole)
  std::int64_t version = 0;          // 0: never recorded
  std::optional<CivilDate> due_on;   // förfallodag of the invoice
  Money paid;                        // received so far; a paid contribution is paid in full
};

// An invoice falls due this many days after it is sent unless the ekonom says otherwise.
inline constexpr int kPaymentTermDays = 30;

// What the ekonom may leave out: the due date of an invoice (kPaymentTermDays after it was sent) and, for a paid
// contribution, the amount (the whole `amount`).
Payment with_defaults(Payment payment, Money amount);

// Field errors: invoicedOn required (invoiced, paid); dueOn before_invoiced; paidOn required (paid, or a part
// received) | before_invoiced | future; paidOre negative | not_below_amount (a part while invoiced) |
// not_amount (paid); a due payment carries no dates or amount (invoicedOn/dueOn/paidOn/paidOre not_allowed).
Result<void> validate_payment(const Payment& payment, Money amount, CivilDate today);

// Invoiced, not paid in full, and its due date has passed (förfallen).
bool overdue(const Payment& payment, CivilDate today);
// Some of it has arrived, not all.
bool partly_paid(const Payment& payment);
// What is still owed of `amount`.
Money outstanding(const Payment& payment, Money amount);

// Whether the year's budget is closed: a contribution of it has been invoiced or paid.
bool year_closed(const std::map<std::int64_t, Payment>& payments);

}  // namespace samordna::core
