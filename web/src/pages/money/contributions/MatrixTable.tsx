import { formatMoneyValue } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { paths } from '../../../routes';
import { DataTable } from '../../../tables/DataTable';
import { NoValue } from '../../../tables/NoValue';
import { AppLink } from '../../../ui';
import type { ContributionMatrix } from '../matrix';

/** Members × years in tkr (the unit in every year's header), with a totals row. */
export function MatrixTable({ matrix }: { matrix: ContributionMatrix }) {
  const { t } = useI18n();
  const tc = t.contributions;
  const unit = t.money.unitTkr;
  const years = matrix.years.map((y) => ({
    label: (
      <>
        <AppLink to={paths.budgetYear(y)}>{y}</AppLink> <span className="unit">{unit}</span>
      </>
    ),
    num: true,
  }));
  return (
    <DataTable
      id="matrix"
      size="sm"
      caption={tc.tableCaption}
      columns={[{ label: t.money.member }, ...years]}
      rows={matrix.rows.map((row) => ({
        key: row.memberId,
        header: row.name,
        cells: row.cells.map((ore) => (ore === null ? <NoValue label={tc.notMember} /> : formatMoneyValue(ore, 'tkr'))),
      }))}
      foot={{ key: 'total', header: t.money.total, cells: matrix.totals.map((ore) => formatMoneyValue(ore, 'tkr')) }}
    />
  );
}
