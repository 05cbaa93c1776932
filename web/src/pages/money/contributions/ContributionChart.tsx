import { useMemo } from 'react';
import { LazyChart } from '../../../charts/LazyChart';
import { useI18n } from '../../../i18n/I18nProvider';
import type { ContributionMatrix } from '../matrix';
import { chartOption } from './chartOption';

/** The contributions as a stacked bar chart (the table under it has the data). */
export function ContributionChart({ matrix }: { matrix: ContributionMatrix }) {
  const { t } = useI18n();
  const tc = t.contributions;
  const first = matrix.years[0] ?? 0;
  const last = matrix.years[matrix.years.length - 1] ?? 0;
  const description = tc.chartDescription(first, last);
  const option = useMemo(
    () => chartOption(matrix, { title: tc.chartTitle, description, unit: t.money.unitTkr }),
    [matrix, description, tc.chartTitle, t.money.unitTkr],
  );
  return <LazyChart option={option} caption={tc.chartTitle} description={description} loading={tc.chartLoading} />;
}
