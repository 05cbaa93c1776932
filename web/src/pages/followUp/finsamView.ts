/** Pure helpers of Uppföljning Finsam: the default year, the year's check, emptiness, party names and bars. */
import { FUND_PARTIES, type Finsam, type Figure, type FundParty } from '../../api/followUpTypes';
import type { Dictionary } from '../../i18n/sv';
import type { FieldError } from '../../api/types';

/** The year a förbund reports: last year (from today's date, YYYY-MM-DD). */
export function defaultFinsamYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}

/** The client's check of the year (the server's codes: `year required|invalid`); before/after the data is the server's. */
export function checkYear(text: string): FieldError[] {
  const v = text.trim();
  if (v === '') return [{ field: 'year', code: 'required' }];
  if (!/^\d{4}$/.test(v)) return [{ field: 'year', code: 'invalid' }];
  return [];
}

/** Nothing at all for the year: no participants, no attendance, no budget, no equity. */
export function isEmptyFinsam(f: Pick<Finsam, 'individual' | 'structural' | 'funds' | 'equity'>): boolean {
  return f.individual.rows.length === 0 && f.structural.rows.length === 0 && f.funds.length === 0 && f.equity === null;
}

/** A party of the funds in the UI language (`kommun`: the kommuner together); an unknown key stays as sent. */
export function partyName(t: Dictionary, party: string): string {
  return (FUND_PARTIES as readonly string[]).includes(party) ? t.finsam.parties[party as FundParty] : party;
}

/** Whether any figure of the table is hidden (then the legend is shown). */
export function anyHidden(figure: Figure): boolean {
  return (
    figure.totalHidden ||
    figure.columnTotals.some((c) => c.hidden) ||
    figure.rows.some((r) => r.totalHidden || r.values.some((v) => v.hidden))
  );
}

/** The bar chart's bars: one per row, its total (hidden totals are gaps). */
export function figureBars(figure: Figure): { label: string; value: number | null; hidden: boolean }[] {
  return figure.rows.map((r) => ({ label: r.label, value: r.totalHidden ? null : r.total, hidden: r.totalHidden }));
}
