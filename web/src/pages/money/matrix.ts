/** The member × year table of contributions built from GET budgets. */
import type { BudgetOverview } from '../../api/moneyTypes';
import type { PartyKind } from '../../api/types';

export interface MatrixRow {
  memberId: number;
  name: string;
  partyKind: PartyKind;
  /** öre per year, in `years` order; null when the member pays nothing that year (not a member). */
  cells: (number | null)[];
}

export interface ContributionMatrix {
  years: number[];
  rows: MatrixRow[];
  /** Sum of the column per year. */
  totals: number[];
}

export function buildMatrix(overview: BudgetOverview): ContributionMatrix {
  const years = [...new Set(overview.items.map((b) => b.year))].sort((a, b) => a - b);
  const rows = overview.members.map((m) => ({
    memberId: m.memberId,
    name: m.name,
    partyKind: m.partyKind,
    cells: years.map((y) => (Object.hasOwn(m.amounts, String(y)) ? (m.amounts[String(y)] ?? null) : null)),
  }));
  const totals = years.map((_, i) => rows.reduce((sum, r) => sum + (r.cells[i] ?? 0), 0));
  return { years, rows, totals };
}

/** Only the last `count` years (the chart stays readable; the table below has them all). */
export function lastYears(matrix: ContributionMatrix, count: number): ContributionMatrix {
  const from = Math.max(0, matrix.years.length - count);
  return {
    years: matrix.years.slice(from),
    rows: matrix.rows.map((r) => ({ ...r, cells: r.cells.slice(from) })),
    totals: matrix.totals.slice(from),
  };
}
