import { api } from '../../api';
import { formatDate, formatMoneyValue, formatNumber } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import { paths } from '../../routes';
import { AppLink, Paragraph } from '../../ui';
import { DataTable } from '../../tables/DataTable';
import { Loaded } from './Loaded';
import { StartSection } from './StartSection';

/** Ekonom: invoices past their due date and not paid in full (förfallna), longest overdue first. */
export function OverdueSection({ associationId }: { associationId: number }) {
  const { t } = useI18n();
  const to = t.dashboard.overdue;
  const invoices = useApiData((signal) => api.overdueInvoices(associationId, signal), `${associationId}`);
  return (
    <StartSection id="start-overdue" title={to.title} wide>
      <Loaded data={invoices}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{to.none}</Paragraph>
          ) : (
            <DataTable
              id="start-overdue-table"
              caption={to.caption}
              hideCaption
              columns={[
                { label: t.money.member },
                { label: to.year, num: true },
                { label: to.dueOn },
                { label: to.days, num: true },
                { label: to.outstanding, num: true },
              ]}
              rows={items.map((i) => ({
                key: `${i.year}-${i.memberId}`,
                header: i.name,
                cells: [
                  <AppLink key="year" to={paths.budgetYear(i.year)}>
                    {String(i.year)}
                  </AppLink>,
                  formatDate(i.dueOn),
                  formatNumber(i.daysOverdue),
                  formatMoneyValue(i.outstandingOre, 'kr'),
                ],
              }))}
            />
          )
        }
      </Loaded>
    </StartSection>
  );
}
