/** The ECharts option for the contributions chart (pure: no echarts import, so it is cheap to test). */
import { formatNumber } from '../../../format';
import type { ContributionMatrix } from '../matrix';

export interface ChartTexts {
  title: string;
  description: string;
  unit: string;
}

const ORE_PER_TKR = 100_000;

export function chartOption(matrix: ContributionMatrix, texts: ChartTexts) {
  const tkr = (ore: number | null) => (ore === null ? null : Math.round(ore / ORE_PER_TKR));
  return {
    animation: false,
    aria: { enabled: true, label: { description: texts.description } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: unknown) => (typeof value === 'number' ? `${formatNumber(value)}\u00a0${texts.unit}` : '–'),
    },
    legend: { type: 'scroll', bottom: 0, itemGap: 16 },
    grid: { left: 8, right: 8, top: 24, bottom: 48, containLabel: true },
    xAxis: { type: 'category', data: matrix.years.map(String) },
    yAxis: {
      type: 'value',
      name: texts.unit,
      axisLabel: { formatter: (value: number) => formatNumber(value) },
    },
    series: matrix.rows.map((row) => ({
      name: row.name,
      type: 'bar',
      stack: 'total',
      data: row.cells.map(tkr),
    })),
  };
}
