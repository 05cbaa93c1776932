import type { AuditEvent } from '../../../accessTypes';
import { formatDateTime } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { Table } from '../../../ui';
import { NoValue } from '../../../tables/NoValue';
import { actionName, entityName, formatAuditField } from '../../../i18n/auditFields';

/** One page of events, newest first (the server sorts; the time column says so with aria-sort). */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useI18n();
  const ta = t.audit;
  return (
    <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
      <Table zebra border className="data-table audit-table">
        <caption id="audit-caption">{ta.caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col" aria-sort="descending">
              {ta.at}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{ta.user}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{ta.action}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{ta.entity}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{ta.entityId}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{ta.fields}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {events.map((e) => (
            <Table.Row key={e.id}>
              <Table.HeaderCell scope="row" className="nowrap">
                {formatDateTime(e.at)}
              </Table.HeaderCell>
              <Table.Cell>{e.username}</Table.Cell>
              <Table.Cell>{actionName(t, e.action)}</Table.Cell>
              <Table.Cell>{entityName(t, e.entity)}</Table.Cell>
              <Table.Cell>{e.entityId || <NoValue label={t.money.none} />}</Table.Cell>
              <Table.Cell>
                {e.fields.length === 0 ? (
                  <NoValue label={ta.noFields} />
                ) : (
                  <ul className="audit-fields">
                    {e.fields.map((f, i) => (
                      <li key={i}>{formatAuditField(f)}</li>
                    ))}
                  </ul>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
