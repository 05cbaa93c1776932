import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, MEASURES, STAT_KEYS, type Statistics } from '../../api/followUpTypes';
import { en } from '../../i18n/en';
import { errorMessage } from '../../i18n/problems';
import { sv } from '../../i18n/sv';
import { knownFieldError } from '../../forms/fieldErrors';
import { figureText } from '../../tables/figureText';
import { barChartOption, headerLabel, measureName, rowTotalBars } from './statisticsView';

/** docs/follow-up-api.md, the contract the codes come from. */
const DOC = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'follow-up-api.md'), 'utf8');

function ticked(label: string, endMark: string): string[] {
  const start = DOC.indexOf(label);
  const end = DOC.indexOf(endMark, start + label.length);
  return [...DOC.slice(start + label.length, end).matchAll(/`([\w+-]+)`/g)].map((m) => m[1] ?? '');
}

describe('follow-up texts', () => {
  it('name every measure, dimension and key of the contract in sv and en', () => {
    expect([...MEASURES]).toEqual(ticked('- measure:', '\n- rows'));
    expect([...DIMENSIONS]).toEqual(ticked('- rows / columns:', 'Defaults'));
    expect([...STAT_KEYS]).toEqual(ticked('- Keys the UI translates:', ';'));
    for (const t of [sv, en]) {
      for (const m of MEASURES) expect(t.statistics.measures[m]).not.toBe('');
      for (const d of DIMENSIONS) expect(t.statistics.dimensions[d]).not.toBe('');
    }
  });

  it('translate every error code of docs/follow-up-api.md in sv and en', () => {
    const problems = [...DOC.matchAll(/\b(?:400|429) `(\w+)`/g)].map((m) => m[1] ?? '');
    expect(problems).toEqual(expect.arrayContaining(['unknown_measure', 'unknown_dimension', 'exports_busy']));
    // `field code|code` pairs, some broken over lines in the doc.
    const flat = DOC.replace(/\n\s*/g, ' ');
    const pairs = new Set<string>();
    for (const [, fields = '', codes = ''] of flat.matchAll(/`([\w|]+) ([\w|]+)`/g)) {
      for (const f of fields.split('|')) for (const c of codes.split('|')) pairs.add(`${f}.${c}`);
    }
    expect([...pairs]).toEqual(expect.arrayContaining(['to.before_from', 'columns.same_as_rows', 'member.not_kommun', 'to.after_data']));
    for (const t of [sv, en]) {
      for (const code of problems) expect(errorMessage(t, code), `${t.lang} ${code}`).not.toBe(t.errors.generic);
      for (const pair of pairs) {
        const [field = '', code = ''] = pair.split('.');
        expect(knownFieldError(t, field, code, 'x'), `${t.lang} ${pair}`).not.toBeNull();
        expect(Object.hasOwn(t.followUpErrors, pair), `${t.lang} ${pair}`).toBe(true);
      }
    }
  });
});

const STATS: Statistics = {
  measure: 'cost_per_person', measureLabel: 'Kostnad', rowsDimension: 'gender', columnsDimension: 'none', from: '2017-01-01',
  to: '2020-03-14', rows: [{ key: 'woman', label: 'Kvinnor' }, { key: 'man', label: 'Män' }], columns: [{ key: 'total', label: 'Totalt' }],
  values: [[123456], [null]], hidden: [[false], [true]], rowTotals: [{ value: 123456, hidden: false }, { value: null, hidden: true }],
  columnTotals: [{ value: 99900, hidden: false }], total: { value: 99900, hidden: false }, suppressed: true, threshold: 5, money: true,
  percent: false, additive: false, empty: false,
};

/** Koordinator's 2019 share in work or studies (a part): whole per cent of those who ended. */
const SHARES: Statistics = {
  ...STATS, measure: 'in_work_or_studies_share', measureLabel: 'Andel', rowsDimension: 'insats', columnsDimension: 'gender', from: '2019-01-01',
  to: '2019-12-31', rows: [{ key: 'Aktiv Lerum', label: 'Aktiv Lerum' }, { key: 'På gång', label: 'På gång' }], columns: [{ key: 'woman', label: 'Kvinnor' }, { key: 'man', label: 'Män' }],
  values: [[37, 24], [50, null]], hidden: [[false, false], [false, false]], rowTotals: [{ value: 33, hidden: false }, { value: null, hidden: true }],
  columnTotals: [{ value: 35, hidden: false }, { value: 24, hidden: false }], total: { value: 31, hidden: false }, money: false, percent: true,
};

describe('statistics view', () => {
  it('names keys in the UI language, keeps other labels, names age bands', () => {
    expect(headerLabel(en, 'gender', { key: 'woman', label: 'Kvinnor' })).toBe('Women');
    expect(headerLabel(sv, 'intensity', { key: 'extensive', label: 'x' })).toBe('Omfattande insatser');
    expect(headerLabel(en, 'insats', { key: 'Primus', label: 'Primus' })).toBe('Primus');
    expect(headerLabel(sv, 'kommun', { key: '1489', label: 'Alingsås' })).toBe('Alingsås');
    expect(headerLabel(sv, 'age_band', { key: '16-19', label: '16-19' })).toBe('16–19 år');
    expect(headerLabel(en, 'age_band', { key: '65+', label: '65+' })).toBe('65 and older');
    expect(measureName(sv, 'nope', 'Server')).toBe('Server');
  });

  it('shows money in whole kronor and plain numbers otherwise', () => {
    expect(figureText(123456, true)).toBe('1\u00a0235');
    expect(figureText(255, false)).toBe('255');
    expect(figureText(12.5, false)).toBe('12,5');
    expect(figureText(null, false)).toBeNull();
  });

  it('shows the share measures (percent: true) in whole per cent with a per-cent sign', () => {
    expect(figureText(31, false, true)).toBe('31\u00a0%');
    expect(figureText(0, false, true)).toBe('0\u00a0%');
    expect(figureText(100, false, true)).toBe('100\u00a0%');
    expect(figureText(12.5, false, true)).toBe('12,5\u00a0%');
    expect(figureText(null, false, true)).toBeNull();
    // Not for counts.
    expect(figureText(31, false, false)).toBe('31');
  });

  it('plots shares as they are, with a per-cent sign on the labels, tooltip and axis (0–100)', () => {
    const bars = rowTotalBars(SHARES, ['Aktiv Lerum', 'På gång']);
    expect(bars).toEqual([{ label: 'Aktiv Lerum', value: 33, hidden: false }, { label: 'På gång', value: null, hidden: true }]);
    const option = barChartOption(bars, { description: 'd', unit: '', percent: true }) as {
      tooltip: { valueFormatter: (v: unknown) => string };
      xAxis: { name: string; min: number; max: number; axisLabel: { formatter: (v: number) => string } };
      series: { data: unknown[]; label: { formatter: (p: { value: unknown }) => string } }[];
    };
    expect(option.series[0]?.data).toEqual([33, null]);
    expect(option.series[0]?.label.formatter({ value: 33 })).toBe('33\u00a0%');
    expect(option.series[0]?.label.formatter({ value: null })).toBe('..');
    expect(option.tooltip.valueFormatter(33)).toBe('33\u00a0%');
    expect(option.xAxis.axisLabel.formatter(50)).toBe('50\u00a0%');
    expect([option.xAxis.name, option.xAxis.min, option.xAxis.max]).toEqual(['', 0, 100]);
    // Counts keep plain numbers and an axis that fits the data.
    const counts = barChartOption(bars, { description: 'd', unit: '' }) as typeof option;
    expect(counts.series[0]?.label.formatter({ value: 33 })).toBe('33');
    expect(counts.xAxis.max).toBeUndefined();
  });

  it('plots row totals, hidden ones as gaps, money in kronor', () => {
    const bars = rowTotalBars(STATS, ['Kvinnor', 'Män']);
    expect(bars).toEqual([{ label: 'Kvinnor', value: 1235, hidden: false }, { label: 'Män', value: null, hidden: true }]);
    const option = barChartOption(bars, { description: 'd', unit: 'kr' }) as { animation: boolean; series: { data: unknown[] }[] };
    expect(option.animation).toBe(false);
    expect(option.series[0]?.data).toEqual([1235, null]);
  });
});
