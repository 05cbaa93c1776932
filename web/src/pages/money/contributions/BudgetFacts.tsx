import { formatMoney } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Budget } from '../../../api/moneyTypes';

/** The year's total, the statutory 50/25/25 shares and the split key. */
export function BudgetFacts({ budget }: { budget: Budget }) {
  const { t } = useI18n();
  const tc = t.contributions;
  const rows: [string, string][] = [
    [tc.budgetTotal, formatMoney(budget.totalOre, 'kr')],
    [tc.stateShare, formatMoney(budget.shares.stateOre, 'kr')],
    [tc.regionsShare, formatMoney(budget.shares.regionsOre, 'kr')],
    [tc.kommunerShare, formatMoney(budget.shares.kommunerOre, 'kr')],
    [tc.splitKey, tc.splitKeys[budget.splitKey.kind]?.(budget.splitKey.referenceYear) ?? budget.splitKey.kind],
  ];
  return (
    <dl className="facts" aria-label={tc.budgetFacts}>
      {rows.map(([label, value]) => (
        <div className="facts__row" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
