import { useState } from 'react';
import { api } from '../../../api';
import { useApiData } from '../../../hooks/useApiData';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Charter } from '../../../api/moneyTypes';
import type { Association } from '../../../api/types';
import { Heading, Paragraph, Spinner } from '../../../ui';
import { LoadError } from '../../../ui/LoadError';
import { AssociationPage } from '../../../layout/AssociationPage';
import { DataTable } from '../../../tables/DataTable';
import { StatusMessage } from '../../../forms/StatusMessage';
import { usePermission } from '../../../session/usePermission';
import { useReload } from '../../../hooks/useReload';
import { CharterForm } from './CharterForm';

export function CharterPage() {
  const { t } = useI18n();
  return <AssociationPage title={t.charter.title}>{(a) => <CharterContent association={a} />}</AssociationPage>;
}

/** The charter in force today: the newest version that has taken effect. */
function inForce(items: Charter[], today: string): Charter | null {
  return items.filter((c) => c.effectiveFrom <= today).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}

function CharterContent({ association }: { association: Association }) {
  const { t } = useI18n();
  const tc = t.charter;
  const canEdit = usePermission('manage_association', association.id);
  const [version, reload] = useReload();
  const [status, setStatus] = useState('');
  const charters = useApiData((signal) => api.charters(association.id, signal), `${association.id}:${version}`);
  const members = useApiData((signal) => api.members(association.id, signal), association.id);
  if (charters.status === 'loading') return <Spinner data-size="md" />;
  if (charters.status === 'error') return <LoadError code={charters.code} />;

  const items = charters.data.items;
  const current = inForce(items, formatDate(new Date()));
  const names = new Map((members.status === 'ok' ? members.data.items : []).map((m) => [m.id, m.name]));
  const key = (c: Charter) => t.contributions.splitKeys[c.splitKey.kind]?.(c.splitKey.referenceYear) ?? c.splitKey.kind;
  const notice = (c: Charter) => `${tc.noticeYears(c.notice.years)}, ${tc.counting[c.notice.counting] ?? c.notice.counting}`;

  return (
    <>
      <Paragraph>{tc.intro}</Paragraph>
      <StatusMessage text={status} />
      <Heading level={2} data-size="md">
        {tc.current}
      </Heading>
      {current ? (
        <dl className="facts">
          {[
            [tc.effectiveFrom, formatDate(current.effectiveFrom)],
            [tc.notice, notice(current)],
            [tc.splitKey, key(current)],
          ].map(([label, value]) => (
            <div className="facts__row" key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <Paragraph>{tc.none}</Paragraph>
      )}
      {current && current.boardSeats.length > 0 ? (
        <DataTable
          id="charter-seats"
          caption={tc.boardSeats}
          columns={[{ label: t.money.member }, { label: tc.boardSeats }]}
          rows={current.boardSeats.map((s) => ({ key: s.memberId, header: names.get(s.memberId) ?? String(s.memberId), cells: [tc.seats(s.members, s.deputies)] }))}
        />
      ) : null}
      {items.length > 0 ? (
        <DataTable
          id="charter-history"
          caption={tc.caption}
          columns={[{ label: tc.effectiveFrom }, { label: tc.notice }, { label: tc.splitKey }]}
          rows={items.map((c) => ({ key: c.id, header: formatDate(c.effectiveFrom), cells: [notice(c), key(c)] }))}
        />
      ) : null}
      {canEdit ? (
        <CharterForm
          associationId={association.id}
          current={current ?? items[0] ?? null}
          onSaved={(date) => {
            setStatus(tc.done(date));
            reload();
          }}
        />
      ) : (
        <Paragraph>{t.money.readOnly}</Paragraph>
      )}
    </>
  );
}
