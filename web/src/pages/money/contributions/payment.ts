/** The payment form's checks (mirroring the server: invoice date for invoiced/paid, paid not before invoiced). */
import type { PaymentInput, PaymentStatus } from '../../../api/moneyTypes';
import type { FieldError } from '../../../api/types';
import { Checker, optionalText } from '../../../forms/validate';

export const PAYMENT_STATUSES: PaymentStatus[] = ['due', 'invoiced', 'paid'];

export function checkPayment(
  status: PaymentStatus,
  invoicedOn: string,
  paidOn: string,
  version: number,
): { errors: FieldError[]; body: PaymentInput } {
  const c = new Checker();
  c.date('invoicedOn', invoicedOn, status !== 'due');
  c.date('paidOn', paidOn, status === 'paid');
  const invoiced = optionalText(invoicedOn);
  const paid = optionalText(paidOn);
  if (c.errors.length === 0 && invoiced && paid && paid < invoiced) c.add('paidOn', 'before_invoiced');
  return {
    errors: c.errors,
    body: { status, invoicedOn: status === 'due' ? null : invoiced, paidOn: status === 'paid' ? paid : null, version },
  };
}
