import { describe, expect, it } from 'vitest';
import type { Charter } from '../../../api/moneyTypes';
import { checkCharter, needsReferenceYear } from './charterForm';

const current: Charter = {
  id: 1, associationId: 1, effectiveFrom: '2006-07-01', notice: { years: 3, counting: 'calendar_years' },
  splitKey: { kind: 'population', referenceYear: 2018 }, boardSeats: [{ memberId: 1, members: 1, deputies: 1 }],
  qualifiedMajority: ['Budget'],
};

describe('checkCharter', () => {
  it('builds a new version and keeps board seats and qualified majority', () => {
    const { errors, body } = checkCharter(
      { effectiveFrom: '2027-01-01', years: '2', counting: 'from_date', kind: 'population_sickness', referenceYear: '2025' },
      current,
    );
    expect(errors).toEqual([]);
    expect(body).toEqual({
      effectiveFrom: '2027-01-01',
      notice: { years: 2, counting: 'from_date' },
      splitKey: { kind: 'population_sickness', referenceYear: 2025 },
      boardSeats: current.boardSeats,
      qualifiedMajority: ['Budget'],
    });
  });

  it('needs a reference year only for population keys', () => {
    expect(needsReferenceYear('fixed_percent')).toBe(false);
    const fixed = checkCharter({ effectiveFrom: '2027-01-01', years: '3', counting: 'calendar_years', kind: 'fixed_percent', referenceYear: '' }, null);
    expect(fixed.errors).toEqual([]);
    expect(fixed.body.splitKey).toEqual({ kind: 'fixed_percent', referenceYear: null });
  });

  it('names errors as the server does', () => {
    expect(checkCharter({ effectiveFrom: '', years: '4', counting: 'calendar_years', kind: 'population', referenceYear: '' }, current).errors).toEqual([
      { field: 'effectiveFrom', code: 'required' },
      { field: 'notice.years', code: 'out_of_range' },
      { field: 'splitKey.referenceYear', code: 'required' },
    ]);
  });
});
