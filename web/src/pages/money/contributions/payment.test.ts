import { describe, expect, it } from 'vitest';
import type { Payment } from '../../../api/moneyTypes';
import { checkPayment, isOverdue, isPartlyPaid, paymentText, type PaymentText } from './payment';

const AMOUNT = 64_400_000; // 644 000 kr
const text = (t: Partial<PaymentText>): PaymentText => ({ status: 'due', invoicedOn: '', dueOn: '', paid: '', paidOn: '', ...t });

describe('checkPayment', () => {
  it('needs the dates the status implies', () => {
    expect(checkPayment(text({}), AMOUNT, 1)).toEqual({
      errors: [],
      body: { status: 'due', invoicedOn: null, dueOn: null, paidOre: 0, paidOn: null, version: 1 },
    });
    expect(checkPayment(text({ status: 'invoiced' }), AMOUNT, 1).errors).toEqual([{ field: 'invoicedOn', code: 'required' }]);
    expect(checkPayment(text({ status: 'paid', invoicedOn: '2020-02-01' }), AMOUNT, 1).errors).toEqual([{ field: 'paidOn', code: 'required' }]);
    expect(checkPayment(text({ status: 'paid', invoicedOn: '2020-02-30', paidOn: '2020-03-01' }), AMOUNT, 1).errors).toEqual([
      { field: 'invoicedOn', code: 'invalid' },
    ]);
  });

  it('keeps the payment after the invoice and drops what the status does not use', () => {
    expect(checkPayment(text({ status: 'paid', invoicedOn: '2020-02-01', paidOn: '2020-01-31' }), AMOUNT, 1).errors).toEqual([
      { field: 'paidOn', code: 'before_invoiced' },
    ]);
    expect(checkPayment(text({ status: 'invoiced', invoicedOn: '2020-02-01', paidOn: '2020-03-01' }), AMOUNT, 4).body).toEqual({
      status: 'invoiced', invoicedOn: '2020-02-01', dueOn: null, paidOre: 0, paidOn: null, version: 4,
    });
    expect(checkPayment(text({ status: 'paid', invoicedOn: '2020-02-01', paidOn: '2020-03-01' }), AMOUNT, 4).body.paidOre).toBe(AMOUNT);
  });

  it('takes a due date not before the invoice, and a part below the contribution with its date', () => {
    expect(checkPayment(text({ status: 'invoiced', invoicedOn: '2020-02-01', dueOn: '2020-01-31' }), AMOUNT, 1).errors).toEqual([
      { field: 'dueOn', code: 'before_invoiced' },
    ]);
    expect(checkPayment(text({ status: 'invoiced', invoicedOn: '2020-02-01', paid: '300 000' }), AMOUNT, 1).errors).toEqual([
      { field: 'paidOn', code: 'required' },
    ]);
    expect(checkPayment(text({ status: 'invoiced', invoicedOn: '2020-02-01', paid: '644 000', paidOn: '2020-02-20' }), AMOUNT, 1).errors).toEqual([
      { field: 'paidOre', code: 'not_below_amount' },
    ]);
    expect(checkPayment(text({ status: 'invoiced', invoicedOn: '2020-02-01', paid: '-1', paidOn: '2020-02-20' }), AMOUNT, 1).errors).toEqual([
      { field: 'paidOre', code: 'negative' },
    ]);
    const part = checkPayment(text({ status: 'invoiced', invoicedOn: '2020-02-01', dueOn: '2020-03-02', paid: '322 000,50', paidOn: '2020-02-20' }), AMOUNT, 2);
    expect(part.errors).toEqual([]);
    expect(part.body).toEqual({ status: 'invoiced', invoicedOn: '2020-02-01', dueOn: '2020-03-02', paidOre: 32_200_050, paidOn: '2020-02-20', version: 2 });
  });
});

describe('a payment in the year table', () => {
  const invoice: Payment = { status: 'invoiced', invoicedOn: '2026-01-15', dueOn: '2026-02-14', paidOre: 0, paidOn: null, version: 1 };
  it('is overdue after its due date while not paid in full', () => {
    expect(isOverdue(invoice, '2026-02-14')).toBe(false);
    expect(isOverdue(invoice, '2026-02-15')).toBe(true);
    expect(isOverdue({ ...invoice, status: 'paid', paidOre: AMOUNT, paidOn: '2026-03-01' }, '2026-04-01')).toBe(false);
  });
  it('is partly paid when a part has arrived, and its form text shows the part in kronor', () => {
    const part = { ...invoice, paidOre: 32_200_050, paidOn: '2026-02-01' };
    expect(isPartlyPaid(part)).toBe(true);
    expect(isPartlyPaid(invoice)).toBe(false);
    expect(paymentText(part)).toEqual({ status: 'invoiced', invoicedOn: '2026-01-15', dueOn: '2026-02-14', paid: '322000,50', paidOn: '2026-02-01' });
  });
});
