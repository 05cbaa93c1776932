/**
 * The payment form's checks (mirroring the server: invoice date for invoiced/paid, a due date not before the
 * invoice, a part received below the contribution and with its date, paid not before invoiced), and how a
 * payment reads in the year's table (förfallen, delvis betald).
 */
import type { Payment, PaymentInput, PaymentStatus } from '../../../api/moneyTypes';
import type { FieldError } from '../../../api/types';
import { oreToInput, parseKronor } from '../../../forms/parse';
import { Checker, optionalText } from '../../../forms/validate';

export const PAYMENT_STATUSES: PaymentStatus[] = ['due', 'invoiced', 'paid'];

export interface PaymentText {
  status: PaymentStatus;
  invoicedOn: string;
  dueOn: string;
  /** Received so far while invoiced, kronor as typed ("" for nothing). */
  paid: string;
  paidOn: string;
}

export function checkPayment(text: PaymentText, amountOre: number, version: number): { errors: FieldError[]; body: PaymentInput } {
  const { status } = text;
  const c = new Checker();
  c.date('invoicedOn', text.invoicedOn, status !== 'due');
  if (status !== 'due') c.date('dueOn', text.dueOn, false);
  let paidOre = 0;
  if (status === 'invoiced' && text.paid.trim() !== '') {
    paidOre = c.parsed('paidOre', parseKronor(text.paid)) ?? 0;
    if (paidOre >= amountOre && amountOre > 0) c.add('paidOre', 'not_below_amount');
  }
  c.date('paidOn', text.paidOn, status === 'paid' || paidOre > 0);
  const invoiced = optionalText(text.invoicedOn);
  const due = optionalText(text.dueOn);
  const paid = optionalText(text.paidOn);
  if (c.errors.length === 0 && invoiced && due && due < invoiced) c.add('dueOn', 'before_invoiced');
  if (c.errors.length === 0 && invoiced && paid && paid < invoiced) c.add('paidOn', 'before_invoiced');
  const keepsPaidOn = status === 'paid' || paidOre > 0;
  return {
    errors: c.errors,
    body: {
      status,
      invoicedOn: status === 'due' ? null : invoiced,
      dueOn: status === 'due' ? null : due,
      paidOre: status === 'invoiced' ? paidOre : status === 'paid' ? amountOre : 0,
      paidOn: keepsPaidOn ? paid : null,
      version,
    },
  };
}

/** The form's text for a stored payment. */
export function paymentText(p: Payment): PaymentText {
  return {
    status: p.status,
    invoicedOn: p.invoicedOn ?? '',
    dueOn: p.dueOn ?? '',
    paid: p.status === 'invoiced' && p.paidOre > 0 ? oreToInput(p.paidOre) : '',
    paidOn: p.paidOn ?? '',
  };
}

/** Invoiced, not paid in full, and its due date before `today` (YYYY-MM-DD). */
export function isOverdue(p: Payment, today: string): boolean {
  return p.status === 'invoiced' && p.dueOn !== null && p.dueOn < today;
}

/** Some of it has arrived, not all. */
export function isPartlyPaid(p: Payment): boolean {
  return p.status === 'invoiced' && p.paidOre > 0;
}
