import { formatMoneyValue } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { Paragraph } from '../../../ui';
import { DataTable } from '../../../tables/DataTable';
import { Section } from '../../../layout/Section';

/** The insats's budget per year in tkr (unit in the column header). */
export function BudgetTable({ budget }: { budget: Record<string, number> }) {
  const { t } = useI18n();
  const tc = t.catalogue;
  const years = Object.keys(budget).sort();
  return (
    <Section id="budget-title" title={tc.budgetTitle}>
      {years.length === 0 ? (
        <Paragraph>{tc.noBudget}</Paragraph>
      ) : (
        <DataTable
          id="insats-budget"
          caption={tc.budgetCaption}
          hideCaption
          columns={[{ label: tc.year }, { label: tc.budgetTkr, num: true }]}
          rows={years.map((y) => ({ key: y, header: y, cells: [formatMoneyValue(budget[y] ?? 0, 'tkr')] }))}
        />
      )}
    </Section>
  );
}
