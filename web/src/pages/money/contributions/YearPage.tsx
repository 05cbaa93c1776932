import { useState } from 'react';
import { api, ApiError } from '../../../api';
import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Budget } from '../../../api/moneyTypes';
import { paths } from '../../../routes';
import type { Association } from '../../../api/types';
import { AppLink, Paragraph, Spinner } from '../../../ui';
import { LoadError } from '../../../ui/LoadError';
import { AssociationPage } from '../../../layout/AssociationPage';
import { StatusMessage } from '../../../forms/StatusMessage';
import { usePermission } from '../../../session/usePermission';
import { useKept } from '../../../hooks/useKept';
import { useReload } from '../../../hooks/useReload';
import { BudgetFacts } from './BudgetFacts';
import { BudgetForm } from './BudgetForm';
import { PaymentDialog } from './PaymentDialog';
import { YearTable } from './YearTable';

export function YearPage({ year }: { year: number }) {
  const { t } = useI18n();
  return (
    <AssociationPage title={t.contributions.yearTitle(year)}>{(a) => <YearContent association={a} year={year} />}</AssociationPage>
  );
}

/** GET budgets/{year}, with 404 meaning "no budget yet" (null). */
async function loadBudget(associationId: number, year: number, signal: AbortSignal): Promise<Budget | null> {
  try {
    return await api.budget(associationId, year, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

function YearContent({ association, year }: { association: Association; year: number }) {
  const { t } = useI18n();
  const canEdit = usePermission('manage_money', association.id);
  const [version, reload] = useReload();
  const budget = useApiData((signal) => loadBudget(association.id, year, signal), `${association.id}:${year}:${version}`);
  const [paymentFor, setPaymentFor] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const data = useKept(budget);
  const paymentRow = data?.contributions.find((c) => c.memberId === paymentFor);

  const done = (text: string) => {
    setPaymentFor(null);
    setStatus(text);
    reload();
  };

  return (
    <>
      <Paragraph>
        <AppLink to={paths.contributions}>{t.contributions.back}</AppLink>
      </Paragraph>
      <StatusMessage text={status} />
      {budget.status === 'loading' && !data ? <Spinner data-size="md" /> : null}
      {budget.status === 'error' ? <LoadError code={budget.code} /> : null}
      {budget.status === 'ok' && !data ? <Paragraph>{t.contributions.noBudgetForYear(year)}</Paragraph> : null}
      {data ? (
        <>
          <BudgetFacts budget={data} />
          <YearTable budget={data} canEdit={canEdit} onEditPayment={(id) => (setStatus(''), setPaymentFor(id))} />
        </>
      ) : null}
      {canEdit && budget.status === 'ok' ? (
        <BudgetForm
          associationId={association.id}
          year={year}
          budget={data}
          onSaved={() => {
            setStatus(t.contributions.budgetForm.done(year));
            reload();
          }}
          onConflict={reload}
        />
      ) : null}
      {paymentRow ? (
        <PaymentDialog
          associationId={association.id}
          year={year}
          contribution={paymentRow}
          onClose={() => setPaymentFor(null)}
          onDone={done}
          onConflict={reload}
        />
      ) : null}
    </>
  );
}
