/** Pure helpers of the statistics and member value pages: labels, figures and the chart option. */
import { formatNumber, formatPercentValue } from '../../format';
import { STAT_KEYS, type StatHeader, type StatTotal, type Statistics, type StatisticsQuery } from '../../api/followUpTypes';
import type { Dictionary } from '../../i18n/sv';

export const DEFAULT_FROM = '2017-01-01';
export const DEFAULT_TO = '2020-03-14';

export const DEFAULT_QUERY: StatisticsQuery = {
  measure: 'participations',
  rows: 'insats',
  columns: 'gender',
  from: DEFAULT_FROM,
  to: DEFAULT_TO,
  publish: false,
  kommun: '',
};

const AGE_BAND = /^\d{2}-\d{2}$|^65\+$/;

/** A row or column heading: the UI names the documented keys and age bands; others keep the server's label. */
export function headerLabel(t: Dictionary, dimension: string, header: StatHeader): string {
  if ((STAT_KEYS as readonly string[]).includes(header.key) && !['insats', 'kommun', 'referrer', 'target_group'].includes(dimension)) {
    return t.statistics.keys[header.key as keyof Dictionary['statistics']['keys']];
  }
  if (dimension === 'age_band' && AGE_BAND.test(header.key)) return t.statistics.ageBand(header.key);
  return header.label;
}

/** The year whose yearly report goes with a period: the year of its end (YYYY-MM-DD). */
export function reportYear(to: string): number {
  return Number(to.slice(0, 4));
}

export function measureName(t: Dictionary, measure: string, fallback: string): string {
  return Object.hasOwn(t.statistics.measures, measure)
    ? t.statistics.measures[measure as keyof Dictionary['statistics']['measures']]
    : fallback;
}

export function dimensionName(t: Dictionary, dimension: string): string {
  return Object.hasOwn(t.statistics.dimensions, dimension)
    ? t.statistics.dimensions[dimension as keyof Dictionary['statistics']['dimensions']]
    : dimension;
}

/** What the bar chart plots: one bar per row, its total (hidden totals are gaps); money in kronor. */
export function rowTotalBars(stats: Statistics, labels: string[]): { label: string; value: number | null; hidden: boolean }[] {
  return stats.rows.map((_, i) => {
    const total: StatTotal = stats.rowTotals[i] ?? { value: null, hidden: false };
    const value = total.hidden || total.value === null ? null : stats.money ? Math.round(total.value / 100) : total.value;
    return { label: labels[i] ?? '', value, hidden: total.hidden };
  });
}

export interface BarTexts {
  description: string;
  /** The axis name (kr); empty for counts and per cent. */
  unit: string;
  /** Whole per cent (the share measures): every figure with its sign, the axis 0–100 %. */
  percent?: boolean;
}

/** The ECharts option for the row totals (pure: no echarts import). */
export function barChartOption(bars: { label: string; value: number | null }[], texts: BarTexts): Record<string, unknown> {
  const percent = texts.percent ?? false;
  const text = (value: number) => (percent ? formatPercentValue(value) : formatNumber(value));
  return {
    animation: false,
    aria: { enabled: true, label: { description: texts.description } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: unknown) => (typeof value === 'number' ? `${text(value)}${texts.unit ? `\u00a0${texts.unit}` : ''}` : '..'),
    },
    // Room on the right for the label of a full bar ("100 %").
    grid: { left: 8, right: percent ? 48 : 16, top: 24, bottom: 8, containLabel: true },
    yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label), axisLabel: { width: 140, overflow: 'break' } },
    xAxis: { type: 'value', name: texts.unit, ...(percent ? { min: 0, max: 100 } : {}), axisLabel: { formatter: (value: number) => text(value) } },
    series: [{ type: 'bar', data: bars.map((b) => b.value), label: { show: true, position: 'right', formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? text(p.value) : '..') } }],
  };
}
