import { api } from '../../../api';
import { useApiData } from '../../../hooks/useApiData';
import { formatMoney, formatNumber } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Budget, Contribution } from '../../../api/moneyTypes';
import { paths } from '../../../routes';
import type { Association } from '../../../api/types';
import { AppLink, Heading, Paragraph, PrintButton, Spinner } from '../../../ui';
import { LoadError } from '../../../ui/LoadError';
import { AssociationPage } from '../../../layout/AssociationPage';
import { exactAmountOre, formatShare, sicknessDays } from '../basis';

/** The invoice basis (underlag) of one member's contribution: inputs, key, shares, amount. Printable. */
export function BasisPage({ year, memberId }: { year: number; memberId: number }) {
  const { t } = useI18n();
  return (
    <AssociationPage title={t.contributions.basisPage.title(year)}>
      {(a) => <BasisContent association={a} year={year} memberId={memberId} />}
    </AssociationPage>
  );
}

function BasisContent({ association, year, memberId }: { association: Association; year: number; memberId: number }) {
  const { t } = useI18n();
  const budget = useApiData((signal) => api.budget(association.id, year, signal), `${association.id}:${year}`);
  if (budget.status === 'loading') return <Spinner data-size="md" />;
  if (budget.status === 'error') return <LoadError code={budget.code} />;
  const row = budget.data.contributions.find((c) => c.memberId === memberId);
  return (
    <>
      <Paragraph className="no-print">
        <AppLink to={paths.budgetYear(year)}>{t.contributions.yearTitle(year)}</AppLink>
      </Paragraph>
      {row ? <Basis budget={budget.data} row={row} /> : <Paragraph>{t.contributions.basisPage.notFound}</Paragraph>}
    </>
  );
}

function Basis({ budget, row }: { budget: Budget; row: Contribution }) {
  const { t } = useI18n();
  const tb = t.contributions.basisPage;
  const b = row.basis;
  const exact = exactAmountOre(b.partyTotalOre, b.weight, b.weightSum);
  const kr = (ore: number) => formatMoney(ore, 'kr', 2);
  const rows: [string, string][] = [
    [tb.member, row.name],
    [tb.party, t.contributions.parties[row.party] ?? row.party],
    [tb.budgetTotal, formatMoney(budget.totalOre, 'kr')],
    [tb.partyTotal, formatMoney(b.partyTotalOre, 'kr')],
    [tb.splitKey, t.contributions.splitKeys[budget.splitKey.kind]?.(budget.splitKey.referenceYear) ?? budget.splitKey.kind],
  ];
  if (b.population !== null) rows.push([tb.population, formatNumber(b.population)]);
  if (b.sicknessRate !== null) rows.push([tb.sicknessRate, formatNumber(sicknessDays(b.sicknessRate))]);
  if (b.percentBp !== null) rows.push([tb.percent, formatShare(b.percentBp, 10_000, 2)]);
  rows.push(
    [tb.weight, formatNumber(b.weight, { maxDecimals: 4 })],
    [tb.weightSum, formatNumber(b.weightSum, { maxDecimals: 4 })],
    [tb.share, formatShare(b.weight, b.weightSum)],
    [tb.calculation, tb.calculationText(formatMoney(b.partyTotalOre, 'kr'), formatShare(b.weight, b.weightSum), `${formatNumber(exact / 100, { decimals: 2 })}\u00a0kr`)],
  );
  return (
    <section aria-labelledby="basis-member" className="basis">
      <Heading level={2} data-size="md" id="basis-member">
        {row.name}
      </Heading>
      <dl className="basis__list" aria-label={tb.facts}>
        {rows.map(([label, value]) => (
          <div className="basis__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div className="basis__row basis__row--result">
          <dt>{tb.amount}</dt>
          <dd>{kr(row.amountOre)}</dd>
        </div>
      </dl>
      <Paragraph data-size="sm">{tb.rounding}</Paragraph>
      <PrintButton />
    </section>
  );
}
