import { describe, expect, it } from 'vitest';
import { checkPayment } from './payment';

describe('checkPayment', () => {
  it('needs the dates the status implies', () => {
    expect(checkPayment('due', '', '', 1)).toEqual({ errors: [], body: { status: 'due', invoicedOn: null, paidOn: null, version: 1 } });
    expect(checkPayment('invoiced', '', '', 1).errors).toEqual([{ field: 'invoicedOn', code: 'required' }]);
    expect(checkPayment('paid', '2020-02-01', '', 1).errors).toEqual([{ field: 'paidOn', code: 'required' }]);
    expect(checkPayment('paid', '2020-02-30', '2020-03-01', 1).errors).toEqual([{ field: 'invoicedOn', code: 'invalid' }]);
  });

  it('keeps the payment after the invoice and drops dates the status does not use', () => {
    expect(checkPayment('paid', '2020-02-01', '2020-01-31', 1).errors).toEqual([{ field: 'paidOn', code: 'before_invoiced' }]);
    expect(checkPayment('invoiced', '2020-02-01', '2020-03-01', 4).body).toEqual({
      status: 'invoiced', invoicedOn: '2020-02-01', paidOn: null, version: 4,
    });
  });
});
