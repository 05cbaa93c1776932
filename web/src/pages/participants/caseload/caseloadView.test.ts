import { describe, expect, it } from 'vitest';
import type { CaseloadEntry } from '../../../api/participantsTypes';
import { DEFAULT_CASELOAD_VIEW, caseloadQuery, nextDue, sortCaseload, sortCaseloadBy } from './caseloadView';

const entry = (id: number, over: Partial<CaseloadEntry>): CaseloadEntry => ({
  participationId: id,
  insatsId: 1,
  personId: id,
  name: `Person ${id}`,
  maskedPersonnummer: '19900101-****',
  gender: 'woman',
  startedOn: '2026-01-01',
  daysInInsats: 10,
  nextFollowUpOn: null,
  nextActionDueOn: null,
  overdue: false,
  responsibleUserId: null,
  version: 1,
  ...over,
});

describe('the caseload view', () => {
  it('asks the server only for the filters set', () => {
    expect(caseloadQuery(DEFAULT_CASELOAD_VIEW)).toBe('');
    expect(caseloadQuery({ insatsId: '2', dueSoon: true })).toBe('?insatsId=2&dueWithinDays=14');
    expect(caseloadQuery({ insatsId: '', dueSoon: true })).toBe('?dueWithinDays=14');
  });

  it('takes the earlier of the follow-up and the next action', () => {
    expect(nextDue({ nextFollowUpOn: null, nextActionDueOn: null })).toBeNull();
    expect(nextDue({ nextFollowUpOn: '2026-12-10', nextActionDueOn: '2026-12-09' })).toBe('2026-12-09');
    expect(nextDue({ nextFollowUpOn: '2026-12-10', nextActionDueOn: null })).toBe('2026-12-10');
  });

  it('keeps overdue first and undated last by due date, both ways', () => {
    const rows = [
      entry(1, {}),
      entry(2, { nextFollowUpOn: '2027-01-01' }),
      entry(3, { nextActionDueOn: '2026-11-01', overdue: true }),
      entry(4, { nextFollowUpOn: '2026-12-10' }),
    ];
    const ids = (order: 'asc' | 'desc') => sortCaseload(rows, { sort: 'nextDue', order }, String).map((e) => e.participationId);
    expect(ids('asc')).toEqual([3, 4, 2, 1]);
    expect(ids('desc')).toEqual([3, 2, 4, 1]);
  });

  it('sorts names in Swedish and days as numbers', () => {
    const rows = [entry(1, { name: 'Örjan', daysInInsats: 9 }), entry(2, { name: 'Åsa', daysInInsats: 100 }), entry(3, { name: 'Zoran', daysInInsats: 20 })];
    expect(sortCaseload(rows, { sort: 'name', order: 'asc' }, String).map((e) => e.name)).toEqual(['Zoran', 'Åsa', 'Örjan']);
    expect(sortCaseload(rows, { sort: 'daysInInsats', order: 'desc' }, String).map((e) => e.daysInInsats)).toEqual([100, 20, 9]);
  });

  it('flips the order on the same column and starts days with the longest', () => {
    const byName = sortCaseloadBy(DEFAULT_CASELOAD_VIEW, 'name');
    expect(byName).toMatchObject({ sort: 'name', order: 'asc' });
    expect(sortCaseloadBy(byName, 'name').order).toBe('desc');
    expect(sortCaseloadBy(byName, 'daysInInsats').order).toBe('desc');
  });
});

describe('caseloadQuery with mine', () => {
  it("asks the server for the user's own participants only when chosen", () => {
    expect(caseloadQuery({ insatsId: '', dueSoon: false, mine: true })).toBe('?mine=true');
    expect(caseloadQuery({ insatsId: '2', dueSoon: true, mine: false })).toBe('?insatsId=2&dueWithinDays=14');
  });
});
