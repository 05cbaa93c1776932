import { formatDate, formatMoney, formatMoneyValue } from '../../../format';
import { isOverdue, isPartlyPaid } from './payment';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Budget, Contribution, PaymentStatus } from '../../../api/moneyTypes';
import { paths } from '../../../routes';
import { DataTable } from '../../../tables/DataTable';
import { AppLink, Button, Tag } from '../../../ui';

/** Not yet invoiced is a normal step, not a warning (the API's `due` is not "overdue"). */
const STATUS_COLOR: Record<PaymentStatus, 'neutral' | 'info' | 'success'> = { due: 'neutral', invoiced: 'info', paid: 'success' };

interface Props {
  budget: Budget;
  canEdit: boolean;
  onEditPayment: (memberId: number) => void;
}

/** Each member's contribution in the year, its payment, and links to the basis. */
export function YearTable({ budget, canEdit, onEditPayment }: Props) {
  const { t } = useI18n();
  const tc = t.contributions;
  const total = budget.contributions.reduce((sum, c) => sum + c.amountOre, 0);
  const today = formatDate(new Date());
  const payment = (c: Contribution) => (
    <div className="payment-cell">
      <Tag data-color={STATUS_COLOR[c.payment.status] ?? 'neutral'} data-size="sm">
        {tc.paymentStatus[c.payment.status] ?? c.payment.status}
      </Tag>
      {isOverdue(c.payment, today) ? (
        <Tag data-color="danger" data-size="sm">
          {tc.overdue}
        </Tag>
      ) : null}
      {c.payment.invoicedOn ? <span>{tc.invoicedOn(formatDate(c.payment.invoicedOn))}</span> : null}
      {c.payment.status === 'invoiced' && c.payment.dueOn ? <span>{tc.dueOn(formatDate(c.payment.dueOn))}</span> : null}
      {isPartlyPaid(c.payment) ? (
        <span>{tc.partlyPaid(formatMoney(c.payment.paidOre, 'kr', 2), formatMoney(c.amountOre - c.payment.paidOre, 'kr', 2))}</span>
      ) : null}
      {c.payment.paidOn ? <span>{tc.paidOn(formatDate(c.payment.paidOn))}</span> : null}
    </div>
  );
  return (
    <DataTable
      id="year"
      caption={tc.yearCaption(budget.year)}
      columns={[
        { label: t.money.member },
        { label: tc.party },
        { label: tc.amountKr, num: true },
        { label: tc.payment },
        // Stays in view at the end on a narrow screen (390 px): changing the payment and the basis.
        { label: tc.actions, className: 'no-print sticky-end' },
      ]}
      rows={budget.contributions.map((c) => ({
        key: c.memberId,
        header: c.name,
        cells: [
          tc.parties[c.party] ?? c.party,
          formatMoneyValue(c.amountOre, 'kr'),
          payment(c),
          <div className="row-actions">
            {canEdit ? (
              <Button variant="tertiary" data-size="sm" className="no-print" onClick={() => onEditPayment(c.memberId)}>
                {tc.editPayment}
                <span className="ds-sr-only"> {t.members.forMember(c.name)}</span>
              </Button>
            ) : null}
            <AppLink to={paths.basis(budget.year, c.memberId)}>
              {tc.basisLink}
              <span className="ds-sr-only"> {t.members.forMember(c.name)}</span>
            </AppLink>
          </div>,
        ],
      }))}
      foot={{ key: 'total', header: t.money.total, cells: [null, formatMoneyValue(total, 'kr'), null, null] }}
    />
  );
}
