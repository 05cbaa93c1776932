import { describe, expect, it } from 'vitest';
import { checkAgreement } from './agreementForm';

const ok = { memberId: '4', signedOn: '2026-11-20', validFrom: '2026-12-01', validTo: '', documentReference: 'Dnr 2026/12' };

describe('checkAgreement', () => {
  it('gives the POST body of a valid agreement, open-ended without a last day', () => {
    expect(checkAgreement(ok, '2026-12-01')).toEqual({
      errors: [],
      body: { memberId: 4, signedOn: '2026-11-20', validFrom: '2026-12-01', validTo: null, documentReference: 'Dnr 2026/12' },
    });
  });

  it('mirrors the server: required fields, dates, order and no signing in the future', () => {
    expect(checkAgreement({ memberId: '', signedOn: '', validFrom: '1 dec', validTo: '', documentReference: ' ' }, '2026-12-01').errors).toEqual([
      { field: 'signedOn', code: 'required' },
      { field: 'validFrom', code: 'invalid' },
      { field: 'memberId', code: 'required' },
      { field: 'documentReference', code: 'required' },
    ]);
    expect(checkAgreement({ ...ok, signedOn: '2026-12-05', validTo: '2026-11-30' }, '2026-12-01').errors).toEqual([
      { field: 'validTo', code: 'before_from' },
      { field: 'signedOn', code: 'after_from' },
      { field: 'signedOn', code: 'future' },
    ]);
  });
});
