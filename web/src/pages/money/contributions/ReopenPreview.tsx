import type { Budget } from '../../../api/moneyTypes';
import { formatMoneyValue } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { DataTable } from '../../../tables/DataTable';
import { reopenChanges } from './reopen';

/** Before a closed year is changed: each member's contribution now and after the change, and the difference. */
export function ReopenPreview({ before, after }: { before: Budget; after: Budget }) {
  const { t } = useI18n();
  const tb = t.contributions.budgetForm;
  const rows = reopenChanges(before, after);
  return (
    <div className="wider-than-form">
      <DataTable
        id="reopen-preview"
        caption={tb.previewCaption(before.year)}
        columns={[
          { label: t.money.member },
          { label: tb.previewNow, num: true },
          { label: tb.previewAfter, num: true },
          { label: tb.previewChange, num: true },
        ]}
        rows={rows.map((r) => ({
          key: r.memberId,
          header: r.name,
          cells: [formatMoneyValue(r.beforeOre, 'kr'), formatMoneyValue(r.afterOre, 'kr'), (r.changeOre > 0 ? '+' : '') + formatMoneyValue(r.changeOre, 'kr')],
        }))}
      />
    </div>
  );
}
