import { describe, expect, it } from 'vitest';
import type { Charter } from '../../../api/moneyTypes';
import type { Member } from '../../../api/types';
import { charterForYear, checkBudget, keyMembers, membersInYear } from './budgetForm';

const member = (id: number, partyKind: Member['partyKind'], joinedOn = '2006-07-01', leftOn: string | null = null): Member => ({
  id, name: `M${id}`, partyKind, code: null, joinedOn, leftOn, status: 'active',
});
const members = [member(1, 'fk'), member(2, 'af'), member(3, 'region'), member(4, 'kommun'), member(6, 'kommun', '2006-07-01', '2023-12-31'), member(9, 'kommun', '2025-01-01')];

const charter = (id: number, effectiveFrom: string): Charter => ({
  id, associationId: 1, effectiveFrom, notice: { years: 3, counting: 'calendar_years' },
  splitKey: { kind: 'population', referenceYear: 2018 }, boardSeats: [], qualifiedMajority: [],
});

describe('budget form logic', () => {
  it('finds the charter in force in a year', () => {
    const charters = [charter(1, '2006-07-01'), charter(2, '2024-03-01')];
    expect(charterForYear(charters, 2020)?.id).toBe(1);
    expect(charterForYear(charters, 2024)?.id).toBe(2);
    expect(charterForYear(charters, 2005)).toBeNull();
  });

  it('knows who is a member in a year', () => {
    expect(membersInYear(members, 2023).map((m) => m.id)).toEqual([1, 2, 3, 4, 6]);
    expect(membersInYear(members, 2024).map((m) => m.id)).toEqual([1, 2, 3, 4]);
    expect(membersInYear(members, 2025).map((m) => m.id)).toEqual([1, 2, 3, 4, 9]);
  });

  it('asks the kommuner for what the key needs', () => {
    expect(keyMembers('population', members)).toEqual([]);
    expect(keyMembers('manual', membersInYear(members, 2024)).map((m) => m.id)).toEqual([4]);
    const twoRegions = [...members, member(10, 'region')];
    expect(keyMembers('fixed_percent', twoRegions).map((m) => m.id)).toEqual([3, 4, 6, 9, 10]);
    expect(keyMembers('population_sickness', twoRegions).map((m) => m.id)).toEqual([4, 6, 9]);
  });

  it('parses the total and the key inputs', () => {
    const year = membersInYear(members, 2024);
    expect(checkBudget('14 976 000', 'population', year, {})).toEqual({ errors: [], totalOre: 1_497_600_000, keyInputs: [] });
    expect(checkBudget('100', 'fixed_percent', year, { 4: '100' }).keyInputs).toEqual([{ memberId: 4, percentBp: 10_000 }]);
    expect(checkBudget('100', 'population_sickness', year, { 4: '27,3' }).keyInputs).toEqual([{ memberId: 4, sicknessRate: 2730 }]);
    expect(checkBudget('100', 'manual', year, { 4: '25' }).keyInputs).toEqual([{ memberId: 4, amountOre: 2500 }]);
    expect(checkBudget('-1', 'manual', year, {}).errors).toEqual([
      { field: 'totalOre', code: 'negative' },
      { field: 'keyInputs.4.amountOre', code: 'required' },
    ]);
  });
});
