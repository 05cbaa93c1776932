import { useState } from 'react';
import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import type { QueueRow } from '../../../api/participantsTypes';
import { paths } from '../../../routes';
import { usePermission } from '../../../session/usePermission';
import { AppLink, Pagination, Paragraph } from '../../../ui';
import { pageCount, shownRange } from '../../../tables/paging';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { StatusMessage } from '../../../forms/StatusMessage';
import { useKept } from '../../../hooks/useKept';
import { useReload } from '../../../hooks/useReload';
import { PageFrame } from '../shared/PageFrame';
import { useCurrentAssociation } from '../shared/useCurrentAssociation';
import { useLookups } from '../shared/useLookups';
import { QueueFilter } from './QueueFilter';
import { QueueTable, type QueueAction } from './QueueTable';
import { ReturnDialog } from './ReturnDialog';
import { DEFAULT_VIEW, queueQuery, sortBy, type QueueView } from './queueQuery';

/** /insatser/{id}/ko: the queue, sorted, filtered and paged by the server; actions for a deltagaransvarig. */
export function QueuePage({ insatsId }: { insatsId: number }) {
  const { t } = useI18n();
  const tq = t.queue;
  const { association, failure } = useCurrentAssociation();
  const id = association?.id ?? null;
  const canManage = usePermission('manage_participants', id);
  const lookups = useLookups(id);
  const [view, setView] = useState<QueueView>(DEFAULT_VIEW);
  const [version, reload] = useReload();
  const query = queueQuery(view);
  const loaded = useApiData((s) => participantsApi.queue(id ?? 0, insatsId, query, s), id === null ? null : `${id}:${query}:${version}`);
  const data = useKept(loaded);
  const [action, setAction] = useState<{ row: QueueRow; action: QueueAction } | null>(null);
  const [status, setStatus] = useState('');
  const names = lookups.status === 'ok' ? lookups.data : null;
  const insatsName = names?.insatsName(insatsId) ?? '';
  const error = failure ?? (loaded.status === 'error' ? loaded.code : null);
  const [first, last] = data ? shownRange(data.total, data.page, data.pageSize) : [0, 0];

  const transition = async (row: QueueRow, to: string, reason?: string, explanation?: string) => {
    await participantsApi.transition(id ?? 0, row.id, { to, version: row.version, ...(reason ? { reason } : {}), ...(explanation ? { explanation } : {}) });
    const name = row.name ?? '';
    setAction(null);
    setStatus(to === 'queued' ? tq.queued(name) : to === 'returned' ? tq.returned(name) : tq.withdrawn(name));
    reload();
  };
  const onAction = (row: QueueRow, a: QueueAction) => {
    setStatus('');
    if (a === 'queue') void transition(row, 'queued').catch(() => reload());
    else setAction({ row, action: a });
  };

  return (
    <PageFrame title={names ? tq.title(insatsName) : t.catalogue.title} failure={error} loading={!data && !error}>
      <Paragraph>
        <AppLink to={paths.insats(insatsId)}>{insatsName || t.catalogue.back}</AppLink>
      </Paragraph>
      <Paragraph>{tq.intro}</Paragraph>
      {names ? (
        <QueueFilter
          state={view.state}
          targetGroupId={view.targetGroupId}
          targetGroups={names.targetGroups}
          onApply={(state, targetGroupId) => setView({ ...view, state, targetGroupId, page: 1 })}
        />
      ) : null}
      <StatusMessage text={status || (loaded.status === 'ok' ? tq.count(loaded.data.total, first, last) : '')} />
      {data && data.items.length === 0 ? <Paragraph>{tq.none}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <QueueTable
          caption={tq.caption(insatsName)}
          rows={data.items}
          view={view}
          canManage={canManage}
          onSort={(column) => setView(sortBy(view, column))}
          onAction={onAction}
        />
      ) : null}
      <Pagination page={data?.page ?? view.page} pages={data ? pageCount(data.total, data.pageSize) : 1} onPage={(page) => setView({ ...view, page })} />
      {action?.action === 'return' ? (
        <ReturnDialog name={action.row.name ?? ''} onSend={(reason, explanation) => transition(action.row, 'returned', reason, explanation)} onClose={() => setAction(null)} onConflict={reload} />
      ) : null}
      {action?.action === 'withdraw' ? (
        <ConfirmDialog
          title={tq.withdrawTitle(action.row.name ?? '')}
          text={tq.withdrawText}
          confirmLabel={tq.confirmWithdraw}
          onConfirm={() => transition(action.row, 'withdrawn')}
          onClose={() => setAction(null)}
        />
      ) : null}
    </PageFrame>
  );
}
