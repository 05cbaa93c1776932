import { formatMoneyValue } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { paths } from '../../../routes';
import { AppLink, Table } from '../../../ui';
import type { ContributionMatrix } from '../matrix';
import { NoValue } from '../../../tables/NoValue';

/** Members × years in tkr (the unit in every year's header), with a totals row. */
export function MatrixTable({ matrix }: { matrix: ContributionMatrix }) {
  const { t } = useI18n();
  const tc = t.contributions;
  const unit = t.money.unitTkr;
  return (
    <div className="table-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
      <Table zebra border data-size="sm" className="data-table">
        <caption id="matrix-caption">{tc.tableCaption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.money.member}</Table.HeaderCell>
            {matrix.years.map((y) => (
              <Table.HeaderCell key={y} scope="col" className="num">
                <AppLink to={paths.budgetYear(y)}>{y}</AppLink> <span className="unit">{unit}</span>
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {matrix.rows.map((row) => (
            <Table.Row key={row.memberId}>
              <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
              {row.cells.map((ore, i) => (
                <Table.Cell key={matrix.years[i]} className="num">
                  {ore === null ? <NoValue label={tc.notMember} /> : formatMoneyValue(ore, 'tkr')}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
        <tfoot>
          <Table.Row>
            <Table.HeaderCell scope="row">{t.money.total}</Table.HeaderCell>
            {matrix.totals.map((ore, i) => (
              <Table.Cell key={matrix.years[i]} className="num">
                {formatMoneyValue(ore, 'tkr')}
              </Table.Cell>
            ))}
          </Table.Row>
        </tfoot>
      </Table>
    </div>
  );
}
