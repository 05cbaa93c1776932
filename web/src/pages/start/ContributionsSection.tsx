import { api } from '../../api';
import { formatDate, formatMoneyValue, formatNumber } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import { paths } from '../../routes';
import { Paragraph } from '../../ui';
import { DataTable } from '../../tables/DataTable';
import { paymentSummary } from './dashboard';
import { Loaded } from './Loaded';
import { StartSection } from './StartSection';

/** Ekonom: this year's contributions by payment status (paid, invoiced, due), members and amounts. */
export function ContributionsSection({ associationId }: { associationId: number }) {
  const { t } = useI18n();
  const tc = t.dashboard.contributions;
  const year = Number(formatDate(new Date()).slice(0, 4));
  const budget = useApiData((signal) => api.budget(associationId, year, signal), `${associationId}-${year}`);
  const missing = budget.status === 'error' && budget.code === 'not_found';
  return (
    <StartSection id="start-contributions" title={tc.title(year)} links={[{ to: paths.budgetYear(year), label: tc.more(year) }]}>
      {missing ? (
        <Paragraph>{tc.none(year)}</Paragraph>
      ) : (
        <Loaded data={budget}>
          {(b) => {
            const groups = paymentSummary(b.contributions);
            const members = groups.reduce((n, g) => n + g.members, 0);
            const amount = groups.reduce((n, g) => n + g.amountOre, 0);
            return (
              <>
                <DataTable
                  id="start-contributions-table"
                  caption={tc.caption(year)}
                  hideCaption
                  columns={[{ label: tc.status }, { label: tc.members, num: true }, { label: tc.amount, num: true }]}
                  rows={groups.map((g) => ({
                    key: g.status,
                    header: t.contributions.paymentStatus[g.status],
                    cells: [formatNumber(g.members), formatMoneyValue(g.amountOre, 'kr')],
                  }))}
                  foot={{ key: 'total', header: t.money.total, cells: [formatNumber(members), formatMoneyValue(amount, 'kr')] }}
                />
                <Paragraph className="hint">{tc.zeroNote}</Paragraph>
              </>
            );
          }}
        </Loaded>
      )}
    </StartSection>
  );
}
