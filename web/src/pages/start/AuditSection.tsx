import { api } from '../../api';
import { formatDateTime } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import { paths } from '../../routes';
import { Paragraph } from '../../ui';
import { actionName, entityName } from '../../i18n/auditFields';
import { DataTable } from '../../tables/DataTable';
import { NoValue } from '../../tables/NoValue';
import { Loaded } from './Loaded';
import { StartSection } from './StartSection';

/** How many of the newest events the start page shows. */
export const AUDIT_LATEST = 5;

/** Revisor: the newest events of the förbund's audit log, and the way to the whole log. */
export function AuditSection({ associationId }: { associationId: number }) {
  const { t } = useI18n();
  const ta = t.dashboard.audit;
  const log = useApiData((signal) => api.audit(associationId, '', signal), associationId);
  return (
    <StartSection id="start-audit" title={ta.title} links={[{ to: paths.audit, label: ta.more }]} wide>
      <Loaded data={log}>
        {(page) => {
          const latest = page.items.slice(0, AUDIT_LATEST);
          if (latest.length === 0) return <Paragraph>{ta.none}</Paragraph>;
          return (
            <DataTable
              id="start-audit-table"
              caption={ta.caption(latest.length)}
              hideCaption
              columns={[{ label: t.audit.at }, { label: t.audit.user }, { label: t.audit.action }, { label: t.audit.entity }, { label: t.audit.entityId }]}
              rows={latest.map((e) => ({
                key: e.id,
                header: <span className="nowrap">{formatDateTime(e.at)}</span>,
                cells: [e.username, actionName(t, e.action), entityName(t, e.entity), e.entityId || <NoValue label={t.money.none} />],
              }))}
            />
          );
        }}
      </Loaded>
    </StartSection>
  );
}
