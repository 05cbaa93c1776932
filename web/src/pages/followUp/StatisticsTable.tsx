import type { Statistics } from '../../api/followUpTypes';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable, type Column, type Row } from '../../tables/DataTable';
import { Figure } from '../../tables/HiddenFigure';
import { dimensionName, headerLabel, measureName } from './statisticsView';

/** The pivot: rows × columns with row totals (last column) and column totals (last row). */
export function StatisticsTable({ stats }: { stats: Statistics }) {
  const { t } = useI18n();
  const ts = t.statistics;
  const fig = (value: number | null, hidden: boolean) => (
    <Figure value={value} hidden={hidden} money={stats.money} percent={stats.percent} threshold={stats.threshold} />
  );
  const withRowTotals = stats.columnsDimension !== 'none';
  const withColumnTotals = stats.rowsDimension !== 'none';
  const unit = stats.money ? ` (${ts.unitKr})` : '';
  const columns: Column[] = [
    { label: dimensionName(t, stats.rowsDimension) },
    ...stats.columns.map((c) => ({ label: headerLabel(t, stats.columnsDimension, c) + unit, num: true })),
    ...(withRowTotals ? [{ label: ts.total + unit, num: true }] : []),
  ];
  const rows: Row[] = stats.rows.map((r, i) => ({
    key: `${i}-${r.key}`,
    header: headerLabel(t, stats.rowsDimension, r),
    cells: [
      ...stats.columns.map((_, j) => fig(stats.values[i]?.[j] ?? null, stats.hidden[i]?.[j] ?? false)),
      ...(withRowTotals ? [fig(stats.rowTotals[i]?.value ?? null, stats.rowTotals[i]?.hidden ?? false)] : []),
    ],
  }));
  const foot: Row | undefined =
    withColumnTotals && !stats.empty
      ? {
          key: 'total',
          header: ts.total,
          cells: [
            ...stats.columns.map((_, j) => fig(stats.columnTotals[j]?.value ?? null, stats.columnTotals[j]?.hidden ?? false)),
            ...(withRowTotals ? [fig(stats.total.value, stats.total.hidden)] : []),
          ],
        }
      : undefined;
  return (
    <DataTable
      id="statistics-table"
      caption={ts.caption(measureName(t, stats.measure, stats.measureLabel), formatDate(stats.from), formatDate(stats.to))}
      columns={columns}
      rows={stats.empty ? [] : rows}
      foot={foot}
      hideCaption
    />
  );
}
