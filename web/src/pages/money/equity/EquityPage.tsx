import { useEffect, useState } from 'react';
import { api } from '../../../api';
import { useApiData } from '../../../hooks/useApiData';
import { formatMoneyValue, formatPercent } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { EquityList } from '../../../api/moneyTypes';
import type { Association } from '../../../api/types';
import { Paragraph, Spinner, Tag } from '../../../ui';
import { LoadError } from '../../../ui/LoadError';
import { AssociationPage } from '../../../layout/AssociationPage';
import { DataTable } from '../../../tables/DataTable';
import { StatusMessage } from '../../../forms/StatusMessage';
import { usePermission } from '../../../session/usePermission';
import { useReload } from '../../../hooks/useReload';
import { EquityForm } from './EquityForm';

export function EquityPage() {
  const { t } = useI18n();
  return <AssociationPage title={t.equity.title}>{(a) => <EquityContent association={a} />}</AssociationPage>;
}

function EquityContent({ association }: { association: Association }) {
  const { t } = useI18n();
  const te = t.equity;
  const canEdit = usePermission('manage_money', association.id);
  const [version, reload] = useReload();
  const loaded = useApiData((signal) => api.equity(association.id, signal), `${association.id}:${version}`);
  const [list, setList] = useState<EquityList | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a (re)load replaces the list being edited
    if (loaded.status === 'ok') setList(loaded.data);
  }, [loaded]);

  if (!list) return loaded.status === 'error' ? <LoadError code={loaded.code} /> : <Spinner data-size="md" />;
  const tkr = (ore: number) => formatMoneyValue(ore, 'tkr');
  const unit = (label: string) => (
    <>
      {label} <span className="unit">{t.money.unitTkr}</span>
    </>
  );
  return (
    <>
      <Paragraph>{te.intro}</Paragraph>
      <Paragraph>{te.limit(formatPercent(list.equityLimitBp / 10_000))}</Paragraph>
      <StatusMessage text={status} />
      {list.items.length === 0 ? <Paragraph>{te.noYears}</Paragraph> : null}
      {list.items.length > 0 ? (
        <DataTable
          id="equity-table"
          caption={te.caption}
          columns={[
            { label: t.money.year },
            ...[te.opening, te.received, te.costs, te.result, te.closing, te.contributions].map((l) => ({ label: unit(l), num: true })),
            { label: te.share, num: true },
            { label: te.flag },
          ]}
          rows={list.items.map((i) => ({
            key: i.year,
            header: i.year,
            cells: [
              tkr(i.openingOre),
              tkr(i.receivedOre),
              tkr(i.costsOre),
              tkr(i.resultOre),
              tkr(i.closingOre),
              tkr(i.contributionsOre),
              formatPercent(i.equityShareBp / 10_000),
              <Tag key="flag" data-size="sm" data-color={i.flagged ? 'danger' : 'success'}>
                {i.flagged ? te.flagged : te.notFlagged}
              </Tag>,
            ],
          }))}
        />
      ) : null}
      {!canEdit ? <Paragraph>{t.money.readOnly}</Paragraph> : null}
      {canEdit ? (
        <EquityForm
          associationId={association.id}
          items={list.items}
          onSaved={(next, year) => {
            setList(next);
            setStatus(te.done(year));
          }}
          onConflict={reload}
        />
      ) : null}
    </>
  );
}
