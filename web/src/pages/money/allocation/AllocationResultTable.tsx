import { formatMoney, formatMoneyValue } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { AllocationResult } from '../../../api/moneyTypes';
import { Heading, Paragraph, Tag } from '../../../ui';
import { DataTable } from '../../../tables/DataTable';

export function AllocationResultTable({ result }: { result: AllocationResult }) {
  const { t } = useI18n();
  const ta = t.allocation;
  const kr = (ore: number) => formatMoneyValue(ore, 'kr');
  const sum = (pick: (r: AllocationResult['items'][number]) => number) => result.items.reduce((s, r) => s + pick(r), 0);
  const anyCapped = result.items.some((r) => r.capped);
  return (
    <section aria-labelledby="alloc-result" className="basis">
      <Heading level={2} data-size="md" id="alloc-result">
        {ta.resultCaption}
      </Heading>
      <DataTable
        id="alloc-table"
        hideCaption
        caption={ta.resultCaption}
        columns={[{ label: ta.name }, { label: ta.state, num: true }, { label: ta.region, num: true }, { label: ta.kommun, num: true }, { label: ta.total, num: true }, { label: ta.notes }]}
        rows={result.items.map((r, i) => ({
          key: i,
          header: r.name,
          cells: [
            kr(r.stateOre),
            kr(r.regionOre),
            kr(r.kommunOre),
            kr(r.totalOre),
            <span className="payment-cell" key="flags">
              {r.capped ? <Tag data-size="sm" data-color="info">{ta.capped}</Tag> : null}
              {r.equityFlagged ? <Tag data-size="sm" data-color="warning">{ta.flagged}</Tag> : null}
            </span>,
          ],
        }))}
        foot={{ key: 'sum', header: t.money.total, cells: [kr(result.totalStateOre), kr(sum((r) => r.regionOre)), kr(sum((r) => r.kommunOre)), kr(sum((r) => r.totalOre)), ''] }}
      />
      <Paragraph>{ta.totalState(formatMoney(result.totalStateOre, 'mnkr'))}</Paragraph>
      {anyCapped ? <Paragraph data-size="sm">{ta.cappedNote}</Paragraph> : null}
    </section>
  );
}
