import { describe, expect, it } from 'vitest';
import type { BudgetOverview } from '../../api/moneyTypes';
import { buildMatrix, lastYears } from './matrix';

const overview: BudgetOverview = {
  items: [
    { year: 2024, totalOre: 400, stateOre: 200, regionsOre: 100, kommunerOre: 100, version: 1 },
    { year: 2023, totalOre: 400, stateOre: 200, regionsOre: 100, kommunerOre: 100, version: 1 },
  ],
  members: [
    { memberId: 1, name: 'Försäkringskassan', partyKind: 'fk', amounts: { '2023': 200, '2024': 200 } },
    { memberId: 3, name: 'Region', partyKind: 'region', amounts: { '2023': 100, '2024': 100 } },
    { memberId: 6, name: 'Härryda kommun', partyKind: 'kommun', amounts: { '2023': 40 } },
    { memberId: 7, name: 'Lerums kommun', partyKind: 'kommun', amounts: { '2023': 60, '2024': 100 } },
  ],
};

describe('buildMatrix', () => {
  it('sorts the years and fills members × years with gaps as null', () => {
    const m = buildMatrix(overview);
    expect(m.years).toEqual([2023, 2024]);
    expect(m.rows.map((r) => r.cells)).toEqual([
      [200, 200],
      [100, 100],
      [40, null],
      [60, 100],
    ]);
    expect(m.totals).toEqual([400, 400]);
  });

  it('is empty without budgets', () => {
    expect(buildMatrix({ items: [], members: [] })).toEqual({ years: [], rows: [], totals: [] });
  });

  it('keeps the last years', () => {
    const m = lastYears(buildMatrix(overview), 1);
    expect(m.years).toEqual([2024]);
    expect(m.rows[2]?.cells).toEqual([null]);
    expect(m.totals).toEqual([400]);
  });
});
