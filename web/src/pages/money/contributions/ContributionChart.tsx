import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { ContributionMatrix } from '../matrix';
import { chartOption } from './chartOption';

/**
 * The contributions as a stacked bar chart: ECharts is imported on demand, rendered as SVG (vector
 * in print), without animation, described for screen readers; the table under it has the data.
 */
export function ContributionChart({ matrix }: { matrix: ContributionMatrix }) {
  const { t, lang } = useI18n();
  const tc = t.contributions;
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const first = matrix.years[0] ?? 0;
  const last = matrix.years[matrix.years.length - 1] ?? 0;
  const description = tc.chartDescription(first, last);

  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    void import('./echartsSetup').then(({ echarts }) => {
      if (disposed || !box.current) return;
      const chart = echarts.init(box.current, null, { renderer: 'svg', locale: lang === 'sv' ? 'SV' : 'EN' });
      chart.setOption(chartOption(matrix, { title: tc.chartTitle, description, unit: t.money.unitTkr }));
      const observer = new ResizeObserver(() => chart.resize());
      observer.observe(box.current);
      const onPrint = () => chart.resize();
      window.addEventListener('beforeprint', onPrint);
      setReady(true);
      cleanup = () => {
        observer.disconnect();
        window.removeEventListener('beforeprint', onPrint);
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, [matrix, lang, description, tc.chartTitle, t.money.unitTkr]);

  return (
    <figure className="chart">
      <figcaption className="chart__caption">{tc.chartTitle}</figcaption>
      <div ref={box} className="chart__canvas" role="img" aria-label={description} data-ready={ready || undefined} />
      {!ready ? <p className="chart__loading">{tc.chartLoading}</p> : null}
    </figure>
  );
}
