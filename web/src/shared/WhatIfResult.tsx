import { formatDate, formatMoney, formatMoneyValue, NBSP } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import type { WhatIf } from '../api/moneyTypes';
import { Heading, Paragraph } from '../ui';
import { DataTable } from '../tables/DataTable';

/** End date, the fee years (estimated ones marked), total owed, and each remaining kommun's change. */
export function WhatIfResult({ result }: { result: WhatIf }) {
  const { t } = useI18n();
  const tw = t.withdrawal;
  const kr = (ore: number) => formatMoneyValue(ore, 'kr');
  const signed = (ore: number) => (ore > 0 ? '+' : '') + kr(ore);
  const anyEstimated = result.feeYears.some((f) => f.estimated);
  const facts: [string, string][] = [
    [tw.endsOn, formatDate(result.endsOn)],
    [tw.firstYearWithout, String(result.firstYearWithout)],
    [tw.totalOwed, formatMoney(result.totalOwedOre, 'kr')],
  ];
  return (
    <section aria-labelledby="whatif-result" className="basis">
      <Heading level={2} data-size="md" id="whatif-result">
        {tw.result}
      </Heading>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div className="facts__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {result.feeYears.length > 0 ? (
        <DataTable
          id="whatif-fees"
          caption={tw.feeCaption}
          columns={[{ label: t.money.year }, { label: tw.amountKr, num: true }]}
          rows={result.feeYears.map((f) => ({
            key: f.year,
            header: f.year,
            cells: [f.estimated ? `${kr(f.amountOre)}${NBSP}(${t.money.estimated})` : kr(f.amountOre)],
          }))}
          foot={{ key: 'total', header: t.money.total, cells: [kr(result.totalOwedOre)] }}
        />
      ) : (
        <Paragraph>{tw.noFeeYears}</Paragraph>
      )}
      {anyEstimated ? <Paragraph data-size="sm">{tw.estimatedNote}</Paragraph> : null}
      <DataTable
        id="whatif-shares"
        caption={tw.sharesCaption(result.basisYear)}
        columns={[{ label: t.money.member }, { label: tw.before, num: true }, { label: tw.after, num: true }, { label: tw.change, num: true }]}
        rows={result.shares.map((s) => ({ key: s.memberId, header: s.name, cells: [kr(s.beforeOre), kr(s.afterOre), signed(s.changeOre)] }))}
      />
      <Paragraph data-size="sm">{tw.basis(result.basisYear, formatMoney(result.basisTotalOre, 'kr'))}</Paragraph>
    </section>
  );
}
