import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { sv } from '../i18n/sv';

const SRC = join(import.meta.dirname, '..');

/** Every source file that draws a chart, and the page (its menu entry) the statement names for it. */
const CHARTS: Record<string, keyof typeof sv.header> = {
  'pages/money/contributions/ContributionChart.tsx': 'contributions',
  'pages/followUp/StatisticsPage.tsx': 'statistics',
  'pages/followUp/FinsamPage.tsx': 'finsam',
};

describe('accessibility statement', () => {
  it('names every page with a chart as a known gap, in sv and en', () => {
    const drawing = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.tsx') && readFileSync(join(SRC, f), 'utf8').includes('<LazyChart'))
      .map((f) => f.split('\\').join('/'))
      .sort();
    // A new chart: give it a table with its data under it, then name its page in a11y.gaps and here.
    expect(drawing).toEqual(Object.keys(CHARTS).sort());
    for (const t of [sv, en]) {
      const gap = t.a11y.gaps.find((g) => Object.values(CHARTS).every((page) => g.includes(t.header[page])));
      expect(gap, `${t.lang}: one gap names ${Object.values(CHARTS).map((p) => t.header[p]).join(', ')}`).toBeDefined();
    }
  });
});
