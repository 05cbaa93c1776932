import { describe, expect, it } from 'vitest';
import { parseKronor } from './parse';
import { Checker, isIsoDate, optionalText } from './validate';

describe('validation helpers', () => {
  it('know real dates', () => {
    expect(isIsoDate('2020-06-15')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2020-6-15')).toBe(false);
    expect(isIsoDate('15/06/2020')).toBe(false);
  });

  it('collect field errors', () => {
    const c = new Checker().text('name', ' ').date('givenOn', '2020-13-01').date('paidOn', '', false);
    expect(c.parsed('totalOre', parseKronor('-1'))).toBeNull();
    expect(c.parsed('x', parseKronor('12'))).toBe(1200);
    c.add('keyInputs', 'shares_not_100');
    expect(c.errors).toEqual([
      { field: 'name', code: 'required' },
      { field: 'givenOn', code: 'invalid' },
      { field: 'totalOre', code: 'negative' },
      { field: 'keyInputs', code: 'shares_not_100' },
    ]);
    expect(new Checker().date('d', '').errors).toEqual([{ field: 'd', code: 'required' }]);
  });

  it('turn empty text into null', () => {
    expect(optionalText('  ')).toBeNull();
    expect(optionalText(' a ')).toBe('a');
  });
});
