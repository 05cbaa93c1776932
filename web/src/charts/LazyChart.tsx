import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  /** The ECharts option (built by a pure function, so it is cheap to test). */
  option: Record<string, unknown>;
  caption: string;
  /** What the chart shows, for screen readers (role="img" and ECharts' aria description). */
  description: string;
  loading: string;
}

/**
 * The app's one chart component: ECharts is imported on demand, rendered as SVG (vector in print),
 * without animation, described for screen readers. Always put a table with the data under it.
 */
export function LazyChart({ option, caption, description, loading }: Props) {
  const { lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    void import('./echartsSetup').then(({ echarts }) => {
      if (disposed || !box.current) return;
      const chart = echarts.init(box.current, null, { renderer: 'svg', locale: lang === 'sv' ? 'SV' : 'EN' });
      chart.setOption(option);
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
  }, [option, lang]);

  return (
    <figure className="chart">
      <figcaption className="chart__caption">{caption}</figcaption>
      <div ref={box} className="chart__canvas" role="img" aria-label={description} data-ready={ready || undefined} />
      {!ready ? <p className="chart__loading">{loading}</p> : null}
    </figure>
  );
}
