import { useState } from 'react';
import { api, ApiError } from '../../../api';
import type { PendingAssignment } from '../../../api/accessTypes';
import { formatDate } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import { roleName } from '../../../session/roleNames';
import type { Association } from '../../../api/types';
import { Button, Paragraph, Spinner } from '../../../ui';
import { AssociationPage } from '../../../layout/AssociationPage';
import { DataTable } from '../../../tables/DataTable';
import { StatusMessage } from '../../../forms/StatusMessage';
import { useReload } from '../../../hooks/useReload';
import { LoadError } from '../../../ui/LoadError';

/** Bekräfta roller (confirm_roles: a party's dataskyddsansvarig): personal-data roles waiting for the party. */
export function ConfirmRolesPage() {
  const { t } = useI18n();
  return <AssociationPage title={t.confirmRoles.title}>{(a) => <ConfirmRolesContent association={a} />}</AssociationPage>;
}

function ConfirmRolesContent({ association }: { association: Association }) {
  const { t } = useI18n();
  const tc = t.confirmRoles;
  const [version, reload] = useReload();
  const [status, setStatus] = useState('');
  const pending = useApiData((signal) => api.pendingAssignments(association.id, signal), `${association.id}:${version}`);
  const members = useApiData((signal) => api.members(association.id, signal), association.id);
  if (pending.status === 'loading') return <Spinner data-size="md" />;
  if (pending.status === 'error') return <LoadError code={pending.code} />;

  const party = new Map((members.status === 'ok' ? members.data.items : []).map((m) => [m.id, m.name]));
  const confirm = async (p: PendingAssignment) => {
    try {
      await api.confirmAssignment(association.id, p.id);
      setStatus(tc.done(roleName(t, p.role), p.displayName));
    } catch (e) {
      const code = e instanceof ApiError ? e.code : 'generic';
      setStatus((t.errors as Record<string, string>)[code] ?? t.errors.generic);
    }
    reload();
  };
  const items = pending.data.items;
  return (
    <>
      <Paragraph>{tc.intro}</Paragraph>
      <StatusMessage text={status} />
      {items.length > 0 ? (
        <DataTable
          id="pending-roles"
          caption={tc.caption}
          columns={[{ label: tc.user }, { label: tc.role }, { label: tc.party }, { label: tc.validity }, { label: tc.requestedBy }, { label: <span className="ds-sr-only">{tc.confirm}</span> }]}
          rows={items.map((p) => ({
            key: p.id,
            header: p.displayName,
            cells: [
              roleName(t, p.role),
              party.get(p.awaitingPartyId) ?? String(p.awaitingPartyId),
              t.users.validity(formatDate(p.validFrom), p.validTo ? formatDate(p.validTo) : null),
              p.requestedBy ?? tc.system,
              <Button key="confirm" variant="secondary" data-size="sm" onClick={() => void confirm(p)} aria-label={tc.confirmFor(roleName(t, p.role), p.displayName)}>
                {tc.confirm}
              </Button>,
            ],
          }))}
        />
      ) : (
        <Paragraph>{tc.none}</Paragraph>
      )}
    </>
  );
}
