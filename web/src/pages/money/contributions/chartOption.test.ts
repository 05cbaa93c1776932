import { describe, expect, it } from 'vitest';
import { chartOption } from './chartOption';

const matrix = {
  years: [2023, 2024],
  rows: [
    { memberId: 1, name: 'Försäkringskassan', partyKind: 'fk' as const, cells: [748_800_000, 750_000_000] },
    { memberId: 6, name: 'Härryda kommun', partyKind: 'kommun' as const, cells: [64_411_600, null] },
  ],
  totals: [813_211_600, 750_000_000],
};

describe('chartOption', () => {
  it('stacks one bar series per member in tkr, without animation, with our description', () => {
    const option = chartOption(matrix, { title: 'T', description: 'Beskrivning', unit: 'tkr' });
    expect(option.animation).toBe(false);
    expect(option.aria).toEqual({ enabled: true, label: { description: 'Beskrivning' } });
    expect(option.xAxis.data).toEqual(['2023', '2024']);
    expect(option.series).toEqual([
      { name: 'Försäkringskassan', type: 'bar', stack: 'total', data: [7488, 7500] },
      { name: 'Härryda kommun', type: 'bar', stack: 'total', data: [644, null] },
    ]);
    expect(option.yAxis.axisLabel.formatter(12000)).toBe('12\u00a0000');
    expect(option.tooltip.valueFormatter(644)).toBe('644\u00a0tkr');
  });
});
