import { formatDate, formatNumber } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { QueueRow, QueueSort } from '../../../participantsTypes';
import { paths } from '../../../routes';
import { AppLink, Button, Table } from '../../../ui';
import { NoValue } from '../../../tables/NoValue';
import { SortHeader } from './SortHeader';
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
  const sortable = (column: QueueSort, label: string, num = false) => (
    <SortHeader view={view} column={column} label={label} num={num} onSort={onSort} />
  );
  return (
    <div className="table-scroll" role="region" aria-labelledby="queue-caption" tabIndex={0}>
      <Table zebra border className="data-table queue-table">
        <caption id="queue-caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            {sortable('position', c.position, true)}
            <Table.HeaderCell scope="col">{c.name}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{c.personnummer}</Table.HeaderCell>
            {sortable('referredOn', c.referredOn)}
            {sortable('daysWaited', c.daysWaited, true)}
            <Table.HeaderCell scope="col">{c.expectedStart}</Table.HeaderCell>
            {sortable('priority', c.priority)}
            <Table.HeaderCell scope="col">{c.state}</Table.HeaderCell>
            {canManage ? <Table.HeaderCell scope="col">{c.actions}</Table.HeaderCell> : null}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.id}>
              <Table.Cell className="num">{formatNumber(r.position)}</Table.Cell>
              <Table.HeaderCell scope="row">
                {r.personId !== null && canManage ? <AppLink to={paths.person(r.personId)}>{r.name}</AppLink> : r.name}
              </Table.HeaderCell>
              <Table.Cell className="nowrap">{r.maskedPersonnummer}</Table.Cell>
              <Table.Cell className="nowrap">{formatDate(r.referredOn)}</Table.Cell>
              <Table.Cell className="num">{formatNumber(r.daysWaited)}</Table.Cell>
              <Table.Cell className="nowrap">{r.expectedStart ? formatDate(r.expectedStart) : <NoValue label={t.money.none} />}</Table.Cell>
              <Table.Cell>{t.referrals.priorities[r.priority] ?? String(r.priority)}</Table.Cell>
              <Table.Cell>{t.referrals.states[r.state] ?? r.state}</Table.Cell>
              {canManage ? (
                <Table.Cell>
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
                </Table.Cell>
              ) : null}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
