import { useMemo } from 'react';
import { api } from '../../../api';
import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import { paths } from '../../../routes';
import type { Association } from '../../../api/types';
import { AppLink, Paragraph, Spinner } from '../../../ui';
import { LoadError } from '../../../ui/LoadError';
import { AssociationPage } from '../../../layout/AssociationPage';
import { buildMatrix } from '../matrix';
import { usePermission } from '../../../session/usePermission';
import { ContributionChart } from './ContributionChart';
import { MatrixTable } from './MatrixTable';

export function ContributionsPage() {
  const { t } = useI18n();
  // The introduction needs no data, so it is there at once (the page's largest text: its paint counts on a phone).
  return (
    <AssociationPage title={t.contributions.title} intro={<Paragraph>{t.contributions.intro}</Paragraph>}>
      {(a) => <Overview association={a} />}
    </AssociationPage>
  );
}

function Overview({ association }: { association: Association }) {
  const { t } = useI18n();
  const budgets = useApiData((signal) => api.budgets(association.id, signal), association.id);
  const matrix = useMemo(() => (budgets.status === 'ok' ? buildMatrix(budgets.data) : null), [budgets]);

  if (budgets.status === 'loading') return <Spinner data-size="md" />;
  if (budgets.status === 'error') return <LoadError code={budgets.code} />;
  return (
    <>
      {matrix && matrix.years.length > 0 ? (
        <>
          <YearLinks years={matrix.years} associationId={association.id} />
          <ContributionChart matrix={matrix} />
          <MatrixTable matrix={matrix} />
        </>
      ) : (
        <>
          <Paragraph>{t.contributions.noBudgets}</Paragraph>
          <YearLinks years={[]} associationId={association.id} />
        </>
      )}
    </>
  );
}

/** Each budget year's page; for the ekonom also the next year's and the import of earlier years from Excel. */
function YearLinks({ years, associationId }: { years: number[]; associationId: number }) {
  const { t } = useI18n();
  const canEdit = usePermission('manage_money', associationId);
  if (years.length === 0 && !canEdit) return null;
  const next = (years[years.length - 1] ?? new Date().getFullYear()) + 1;
  return (
    <nav aria-label={t.contributions.yearsNav}>
      <ul className="inline-list">
        {years.map((y) => (
          <li key={y}>
            <AppLink to={paths.budgetYear(y)}>{y}</AppLink>
          </li>
        ))}
        {canEdit ? (
          <>
            <li>
              <AppLink to={paths.budgetYear(next)}>{t.contributions.newBudget(next)}</AppLink>
            </li>
            <li>
              <AppLink to={paths.budgetImport}>{t.historyImport.budgets.link}</AppLink>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
}
