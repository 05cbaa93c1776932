import { useState } from 'react';
import { API_BASE, api } from '../../../api';
import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import { usePermission } from '../../../session/usePermission';
import type { Association } from '../../../api/types';
import { Link, Pagination, Paragraph, SelectField, Spinner } from '../../../ui';
import { AssociationPage } from '../../../layout/AssociationPage';
import { StatusMessage } from '../../../forms/StatusMessage';
import { useKept } from '../../../hooks/useKept';
import { LoadError } from '../../../ui/LoadError';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';
import { pageCount, shownRange } from '../../../tables/paging';
import { EMPTY_FILTER, auditQuery } from './auditQuery';

/** Granskningslogg: the förbund's audit log (view_audit); a superuser may switch to the whole installation's. */
export function AuditPage() {
  const { t } = useI18n();
  return <AssociationPage title={t.audit.title}>{(a) => <AuditContent association={a} />}</AssociationPage>;
}

function AuditContent({ association }: { association: Association }) {
  const { t } = useI18n();
  const ta = t.audit;
  const installationAllowed = usePermission('manage_installation', association.id);
  const [installation, setInstallation] = useState(false);
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const [page, setPage] = useState(1);
  const scopeId = installation ? null : association.id;
  const query = auditQuery(filter, page);
  const loaded = useApiData((signal) => api.audit(scopeId, query, signal), `${scopeId ?? 'all'}${query}`);
  const data = useKept(loaded);

  const pages = data ? pageCount(data.total, data.pageSize) : 1;
  const [first, last] = data ? shownRange(data.total, data.page, data.pageSize) : [0, 0];
  const csv = `${API_BASE}/associations/${association.id}/audit.csv${auditQuery(filter)}`;

  return (
    <>
      <Paragraph>{ta.intro}</Paragraph>
      {installationAllowed ? (
        <SelectField
          id="audit-scope"
          label={ta.scope}
          value={installation ? 'installation' : 'association'}
          onChange={(e) => (setInstallation(e.target.value === 'installation'), setPage(1))}
        >
          <option value="association">{ta.scopeAssociation(association.name)}</option>
          <option value="installation">{ta.scopeInstallation}</option>
        </SelectField>
      ) : null}
      <AuditFilterForm initial={filter} onApply={(f) => (setFilter(f), setPage(1))} />
      {installation ? null : (
        <Paragraph className="audit-download">
          <Link href={csv}>{ta.download}</Link> <span className="hint">{ta.downloadHint}</span>
        </Paragraph>
      )}
      <StatusMessage text={loaded.status === 'ok' ? ta.count(loaded.data.total, first, last) : ''} />
      {loaded.status === 'loading' && !data ? <Spinner data-size="md" /> : null}
      {loaded.status === 'error' ? <LoadError code={loaded.code} /> : null}
      {data && data.items.length > 0 ? <AuditTable events={data.items} /> : null}
      {data && data.items.length === 0 ? <Paragraph>{ta.none}</Paragraph> : null}
      <Pagination page={data?.page ?? page} pages={pages} onPage={setPage} />
    </>
  );
}
