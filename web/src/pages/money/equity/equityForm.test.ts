import { describe, expect, it } from 'vitest';
import type { EquityYear } from '../../../api/moneyTypes';
import { checkEquity, editableYears, needsOpening } from './equityForm';

const year = (y: number, version = 1): EquityYear => ({
  year: y, openingOre: 0, receivedOre: 0, costsOre: 0, resultOre: 0, closingOre: 0, contributionsOre: 0, equityShareBp: 0, flagged: false, version,
});

describe('equity form', () => {
  it('offers the entered years and the next', () => {
    expect(editableYears([year(2018), year(2017)], 2026)).toEqual([2017, 2018, 2019]);
    expect(editableYears([], 2026)).toEqual([2026]);
  });

  it('asks for the opening equity only in the first year', () => {
    expect(needsOpening([year(2017), year(2018)], 2017)).toBe(true);
    expect(needsOpening([year(2017), year(2018)], 2019)).toBe(false);
    expect(needsOpening([], 2026)).toBe(true);
  });

  it('builds the body with the row version', () => {
    const items = [year(2017, 3), year(2018)];
    expect(checkEquity(items, 2017, { opening: '-1 000', received: '14 400 000', costs: '14 100 000' })).toEqual({
      errors: [],
      body: { openingOre: -100_000, receivedOre: 1_440_000_000, costsOre: 1_410_000_000, version: 3 },
    });
    expect(checkEquity(items, 2019, { opening: '', received: '1', costs: '2' }).body).toEqual({ receivedOre: 100, costsOre: 200, version: 0 });
    expect(checkEquity(items, 2019, { opening: '', received: '-1', costs: '' }).errors).toEqual([
      { field: 'receivedOre', code: 'negative' },
      { field: 'costsOre', code: 'required' },
    ]);
  });
});
