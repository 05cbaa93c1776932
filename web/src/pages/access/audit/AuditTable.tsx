import type { AuditEvent } from '../../../api/accessTypes';
import { formatDateTime } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { DataTable } from '../../../tables/DataTable';
import { NoValue } from '../../../tables/NoValue';
import { actionName, auditFieldLines, entityName } from '../../../i18n/auditFields';

/** One page of events, newest first (the server sorts; the time column says so with aria-sort). */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useI18n();
  const ta = t.audit;
  const fields = (e: AuditEvent) =>
    e.fields.length === 0 ? (
      <NoValue label={ta.noFields} />
    ) : (
      <ul className="audit-fields">
        {auditFieldLines(t, e.fields).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    );
  return (
    <DataTable
      id="audit"
      className="data-table audit-table"
      caption={ta.caption}
      columns={[
        { label: ta.at, sort: 'descending', cellClassName: 'nowrap' },
        { label: ta.user },
        { label: ta.action },
        { label: ta.entity },
        { label: ta.entityId },
        { label: ta.fields },
      ]}
      rows={events.map((e) => ({
        key: e.id,
        header: formatDateTime(e.at),
        cells: [
          e.username,
          actionName(t, e.action),
          entityName(t, e.entity),
          e.entityId || <NoValue label={t.money.none} />,
          fields(e),
        ],
      }))}
    />
  );
}
