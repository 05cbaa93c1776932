import { formatDate, formatNumber } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { QueueRow, QueueSort } from '../../../api/participantsTypes';
import { paths } from '../../../routes';
import { DataTable } from '../../../tables/DataTable';
import { NoValue } from '../../../tables/NoValue';
import { AppLink, Button } from '../../../ui';
import { sortColumn } from './sortColumn';
import { rowActions, type QueueView } from './queueQuery';

export type QueueAction = 'queue' | 'return' | 'withdraw';

interface Props {
  caption: string;
  rows: QueueRow[];
  view: QueueView;
  canManage: boolean;
  onSort: (column: QueueSort) => void;
  onAction: (row: QueueRow, action: QueueAction) => void;
}

/** One page of the queue as the server sorted it; actions per row for a deltagaransvarig. */
export function QueueTable({ caption, rows, view, canManage, onSort, onAction }: Props) {
  const { t } = useI18n();
  const tq = t.queue;
  const c = tq.columns;
  const actions = (r: QueueRow) => (
    <div className="row-actions" role="group" aria-label={tq.actionsFor(r.name ?? '')}>
      {rowActions(r.state).map((a) =>
        a === 'start' ? (
          <AppLink key={a} to={paths.startParticipation(r.id)}>
            {tq.actions.start}
          </AppLink>
        ) : (
          <Button key={a} variant="tertiary" data-size="sm" onClick={() => onAction(r, a)}>
            {tq.actions[a]}
          </Button>
        ),
      )}
    </div>
  );
  return (
    <DataTable
      id="queue"
      className="data-table queue-table"
      caption={caption}
      rowHeaderColumn={1}
      columns={[
        sortColumn(view, 'position', c.position, onSort, true),
        { label: c.name },
        { label: c.personnummer, cellClassName: 'nowrap' },
        { ...sortColumn(view, 'referredOn', c.referredOn, onSort), cellClassName: 'nowrap' },
        sortColumn(view, 'daysWaited', c.daysWaited, onSort, true),
        { label: c.expectedStart, cellClassName: 'nowrap' },
        sortColumn(view, 'priority', c.priority, onSort),
        { label: c.state },
        ...(canManage ? [{ label: c.actions, className: 'sticky-end' }] : []),
      ]}
      rows={rows.map((r) => ({
        key: r.id,
        header: r.personId !== null && canManage ? <AppLink to={paths.person(r.personId)}>{r.name}</AppLink> : r.name,
        cells: [
          formatNumber(r.position),
          r.maskedPersonnummer,
          formatDate(r.referredOn),
          formatNumber(r.daysWaited),
          r.expectedStart ? formatDate(r.expectedStart) : <NoValue label={t.money.none} />,
          t.referrals.priorities[r.priority] ?? String(r.priority),
          t.referrals.states[r.state] ?? r.state,
          ...(canManage ? [actions(r)] : []),
        ],
      }))}
    />
  );
}
