import { describe, expect, it } from 'vitest';
import type { Budget, Contribution } from '../../../api/moneyTypes';
import { reopenChanges } from './reopen';

const contribution = (memberId: number, name: string, amountOre: number) => ({ memberId, name, amountOre }) as Contribution;
const budget = (contributions: Contribution[]) => ({ year: 2026, contributions }) as Budget;

describe('reopenChanges', () => {
  it('gives each member now, after and the difference, in the new order, with members that drop out last', () => {
    const before = budget([contribution(1, 'Försäkringskassan', 700_000_000), contribution(2, 'Lerum', 64_400_000), contribution(3, 'Härryda', 10_000_000)]);
    const after = budget([contribution(1, 'Försäkringskassan', 705_000_000), contribution(2, 'Lerum', 64_400_000), contribution(4, 'Partille', 12_000_000)]);
    expect(reopenChanges(before, after)).toEqual([
      { memberId: 1, name: 'Försäkringskassan', beforeOre: 700_000_000, afterOre: 705_000_000, changeOre: 5_000_000 },
      { memberId: 2, name: 'Lerum', beforeOre: 64_400_000, afterOre: 64_400_000, changeOre: 0 },
      { memberId: 4, name: 'Partille', beforeOre: 0, afterOre: 12_000_000, changeOre: 12_000_000 },
      { memberId: 3, name: 'Härryda', beforeOre: 10_000_000, afterOre: 0, changeOre: -10_000_000 },
    ]);
  });
});
