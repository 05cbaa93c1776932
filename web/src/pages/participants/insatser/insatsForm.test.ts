import { describe, expect, it } from 'vitest';
import type { Insats } from '../../../api/participantsTypes';
import { checkAttendance } from './attendanceForm';
import { checkInsats, emptyInsatsText, insatsToText, nextBudgetYear } from './insatsForm';
import { waitPeriods, waitsQuery } from './waits';

const AKTIV: Insats = {
  id: 1, name: 'Aktiv Lerum', description: 'Gym', kind: 'individual', targetGroupIds: [2, 3], minAge: 16, maxAge: 64,
  referralRequired: true, durationWeeks: null, leadMemberId: 7, cooperatingMemberIds: [1, 3], kommunCodes: ['1441', '1489'],
  capacity: 45, startsOn: '2012-01-01', endsOn: null, budget: { '2026': 180_000_000, '2025': 180_000_000 }, version: 2,
  associationId: 1, extensive: true,
};

describe('insats form', () => {
  it('round-trips an insats through the text state', () => {
    const text = insatsToText(AKTIV);
    expect(text.budget.map(([y]) => y)).toEqual(['2025', '2026']);
    const { errors, body } = checkInsats(text);
    expect(errors).toEqual([]);
    const { id: _id, version: _v, associationId: _a, ...input } = AKTIV;
    expect(body).toEqual(input);
  });

  it('checks the numbers, dates and the lead party', () => {
    const text = { ...emptyInsatsText(2026), minAge: '30', maxAge: '20', capacity: '-1', startsOn: '2026-01-01', endsOn: '2025-01-01' };
    expect(checkInsats(text).errors).toEqual([
      { field: 'name', code: 'required' },
      { field: 'maxAge', code: 'out_of_range' },
      { field: 'leadMemberId', code: 'required' },
      { field: 'capacity', code: 'negative' },
      { field: 'endsOn', code: 'before_start' },
    ]);
    const budget = { ...insatsToText(AKTIV), budget: [['2027', '-5']] as [string, string][] };
    expect(checkInsats(budget).errors).toEqual([{ field: 'budget.2027', code: 'negative' }]);
  });

  it('adds the year after the last budget year', () => {
    expect(nextBudgetYear(insatsToText(AKTIV), 2026)).toBe('2027');
    expect(nextBudgetYear({ ...emptyInsatsText(2026), budget: [] }, 2026)).toBe('2026');
  });
});

describe('waiting-time periods and attendance', () => {
  it('ask for the last 12 months and all time, with both dates', () => {
    const [last12, all] = waitPeriods(new Date(2026, 10, 22), '2012-01-01');
    expect(last12).toEqual({ key: 'last12', from: '2025-11-23', to: '2026-11-22' });
    expect(all).toEqual({ key: 'allTime', from: '2012-01-01', to: '2026-11-22' });
    expect(waitsQuery(last12 ?? { from: '', to: '' })).toBe('?from=2025-11-23&to=2026-11-22');
  });

  it('check attendance counts', () => {
    expect(checkAttendance({ on: '2026-11-20', women: '5', men: '3', note: '' })).toEqual({
      errors: [],
      body: { on: '2026-11-20', women: 5, men: 3, note: '' },
    });
    expect(checkAttendance({ on: '', women: '-1', men: 'x', note: '' }).errors).toEqual([
      { field: 'on', code: 'required' },
      { field: 'women', code: 'negative' },
      { field: 'men', code: 'invalid' },
    ]);
  });
});
