import { describe, expect, it } from 'vitest';
import { finsamPath, finsamSearch, followUpPdfUrl } from '../../api';
import type { Figure, Finsam } from '../../api/followUpTypes';
import { en } from '../../i18n/en';
import { sv } from '../../i18n/sv';
import { fieldError } from '../../forms/fieldErrors';
import { anyHidden, checkYear, defaultFinsamYear, figureBars, isEmptyFinsam, partyName } from './finsamView';
import { reportYear } from './statisticsView';

function figure(rows: Figure['rows'], total: number | null = null, totalHidden = false, columnTotals: Figure['columnTotals'] = []): Figure {
  return {
    measure: 'active_persons', measureLabel: 'Deltagare', rowsDimension: 'insats', columnsDimension: 'gender',
    columns: rows.length ? [{ key: 'woman', label: 'Kvinnor' }, { key: 'man', label: 'Män' }] : [], columnTotals, rows, total, totalHidden,
  };
}

/** Styrelse's 2019 in the demo (a part): suppressed cells and totals. */
const SUPPRESSED = figure(
  [
    { key: 'Aktiv Lerum', label: 'Aktiv Lerum', values: [{ value: 56, hidden: false }, { value: 23, hidden: false }], total: 79, totalHidden: false },
    { key: 'Premiär', label: 'Premiär', values: [{ value: null, hidden: true }, { value: null, hidden: true }], total: 8, totalHidden: false },
    { key: 'Utökat Aktiv', label: 'Utökat Aktiv', values: [{ value: null, hidden: true }, { value: null, hidden: true }], total: null, totalHidden: true },
  ],
  175,
  false,
  [{ value: 115, hidden: false }, { value: 60, hidden: false }],
);

const EMPTY: Pick<Finsam, 'individual' | 'structural' | 'funds' | 'equity'> = { individual: figure([]), structural: figure([]), funds: [], equity: null };

describe('Uppföljning Finsam', () => {
  it('defaults to last year', () => {
    expect(defaultFinsamYear('2026-11-22')).toBe(2025);
    expect(defaultFinsamYear('2027-01-01')).toBe(2026);
  });

  it('checks the year as the server does (required, four digits), translated in sv and en', () => {
    expect(checkYear('2019')).toEqual([]);
    expect(checkYear(' 2019 ')).toEqual([]);
    expect(checkYear('')).toEqual([{ field: 'year', code: 'required' }]);
    expect(checkYear('19')).toEqual([{ field: 'year', code: 'invalid' }]);
    expect(checkYear('2019a')).toEqual([{ field: 'year', code: 'invalid' }]);
    expect(fieldError(sv, 'year', 'invalid', 'år')).toBe('Året ska skrivas med fyra siffror, till exempel 2025.');
    expect(fieldError(sv, 'year', 'after_data', 'år')).toBe('Året kan inte vara efter innevarande år.');
    expect(fieldError(en, 'year', 'before_data', 'the year')).toBe('The year is before the association was formed. Choose a later year.');
  });

  it('is empty only when nothing at all is there', () => {
    expect(isEmptyFinsam(EMPTY)).toBe(true);
    expect(isEmptyFinsam({ ...EMPTY, individual: SUPPRESSED })).toBe(false);
    expect(isEmptyFinsam({ ...EMPTY, funds: [{ party: 'fk', budgetedOre: 0, receivedOre: 0 }] })).toBe(false);
  });

  it('names the parties of the funds; kommun is the kommuner together', () => {
    expect(['fk', 'af', 'region', 'kommun'].map((p) => partyName(sv, p))).toEqual(['Försäkringskassan', 'Arbetsförmedlingen', 'Region', 'Kommuner']);
    expect(partyName(en, 'kommun')).toBe('Municipalities');
    expect(partyName(sv, 'other')).toBe('other');
  });

  it('knows when a figure is hidden, and plots hidden row totals as gaps', () => {
    expect(anyHidden(SUPPRESSED)).toBe(true);
    expect(anyHidden(figure([SUPPRESSED.rows[0]!], 79))).toBe(false);
    // A hidden column total alone is enough (then the legend explains its "..").
    expect(anyHidden(figure([SUPPRESSED.rows[0]!], 79, false, [{ value: 56, hidden: false }, { value: null, hidden: true }]))).toBe(true);
    expect(figureBars(SUPPRESSED)).toEqual([
      { label: 'Aktiv Lerum', value: 79, hidden: false },
      { label: 'Premiär', value: 8, hidden: false },
      { label: 'Utökat Aktiv', value: null, hidden: true },
    ]);
  });

  it('builds the page’s, the CSV’s and the yearly report’s addresses', () => {
    expect(`${finsamPath(1, '.csv')}?${finsamSearch(2019, false)}`).toBe('/associations/1/finsam.csv?year=2019');
    expect(`${finsamPath(1)}?${finsamSearch('2019', true)}`).toBe('/associations/1/finsam?year=2019&publish=true');
    expect(followUpPdfUrl(1, 2019)).toBe('/api/v1/associations/1/follow-up.pdf?year=2019');
    // Statistik links the report of the year its period ends in.
    expect(reportYear('2020-03-14')).toBe(2020);
  });
});
