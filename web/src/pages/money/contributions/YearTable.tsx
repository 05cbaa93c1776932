import { formatDate, formatMoneyValue } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Budget, PaymentStatus } from '../../../moneyTypes';
import { paths } from '../../../routes';
import { AppLink, Button, Table, Tag } from '../../../ui';

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
  return (
    <div className="table-scroll" role="region" aria-labelledby="year-caption" tabIndex={0}>
      <Table zebra border className="data-table">
        <caption id="year-caption">{tc.yearCaption(budget.year)}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.money.member}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tc.party}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {tc.amountKr}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{tc.payment}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="no-print">
              {tc.basis}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {budget.contributions.map((c) => (
            <Table.Row key={c.memberId}>
              <Table.HeaderCell scope="row">{c.name}</Table.HeaderCell>
              <Table.Cell>{tc.parties[c.party] ?? c.party}</Table.Cell>
              <Table.Cell className="num">{formatMoneyValue(c.amountOre, 'kr')}</Table.Cell>
              <Table.Cell>
                <div className="payment-cell">
                  <Tag data-color={STATUS_COLOR[c.payment.status] ?? 'neutral'} data-size="sm">
                    {tc.paymentStatus[c.payment.status] ?? c.payment.status}
                  </Tag>
                  {c.payment.invoicedOn ? <span>{tc.invoicedOn(formatDate(c.payment.invoicedOn))}</span> : null}
                  {c.payment.paidOn ? <span>{tc.paidOn(formatDate(c.payment.paidOn))}</span> : null}
                  {canEdit ? (
                    <Button variant="tertiary" data-size="sm" className="no-print" onClick={() => onEditPayment(c.memberId)}>
                      {tc.editPayment}
                      <span className="ds-sr-only"> {t.members.forMember(c.name)}</span>
                    </Button>
                  ) : null}
                </div>
              </Table.Cell>
              <Table.Cell className="no-print">
                <AppLink to={paths.basis(budget.year, c.memberId)}>
                  {tc.basisLink}
                  <span className="ds-sr-only"> {t.members.forMember(c.name)}</span>
                </AppLink>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <tfoot>
          <Table.Row>
            <Table.HeaderCell scope="row">{t.money.total}</Table.HeaderCell>
            <Table.Cell />
            <Table.Cell className="num">{formatMoneyValue(total, 'kr')}</Table.Cell>
            <Table.Cell />
            <Table.Cell className="no-print" />
          </Table.Row>
        </tfoot>
      </Table>
    </div>
  );
}
