import { useState } from 'react';
import { api } from '../../../api';
import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Association } from '../../../api/types';
import { Alert, Heading, Paragraph, Spinner } from '../../../ui';
import { LoadError } from '../../../ui/LoadError';
import { AssociationPage } from '../../../layout/AssociationPage';
import { StatusMessage } from '../../../forms/StatusMessage';
import { usePermission } from '../../../session/usePermission';
import { useKept } from '../../../hooks/useKept';
import { useReload } from '../../../hooks/useReload';
import { AddMemberForm } from './AddMemberForm';
import { MemberTable } from './MemberTable';
import { NoticeDialog, type NoticeAction } from './NoticeDialog';

export function MembersPage() {
  const { t } = useI18n();
  return <AssociationPage title={t.members.title}>{(a) => <MembersContent association={a} />}</AssociationPage>;
}

function MembersContent({ association }: { association: Association }) {
  const { t } = useI18n();
  const canEdit = usePermission('manage_association', association.id);
  const canSeeMoney = usePermission('view_money', association.id);
  const [version, reload] = useReload();
  const members = useApiData((signal) => api.members(association.id, signal), `${association.id}:${version}`);
  const [action, setAction] = useState<NoticeAction | null>(null);
  const [status, setStatus] = useState('');

  const items = useKept(members)?.items ?? [];
  const issues = association.membershipIssues ?? [];
  const actionMember = action ? items.find((m) => m.id === action.memberId) : undefined;

  const done = (text: string) => {
    setAction(null);
    setStatus(text);
    reload();
  };

  return (
    <>
      <Paragraph>{t.members.intro}</Paragraph>
      {issues.length > 0 ? (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t.members.issuesTitle}
          </Heading>
          <ul>
            {issues.map((i) => (
              <li key={i}>{Object.hasOwn(t.membershipIssues, i) ? t.membershipIssues[i as 'missing_fk'] : i}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <StatusMessage text={status || (members.status === 'ok' ? t.members.count(items.length) : '')} />
      {members.status === 'loading' && items.length === 0 ? <Spinner data-size="md" /> : null}
      {members.status === 'error' ? <LoadError code={members.code} /> : null}
      {items.length > 0 ? (
        <MemberTable members={items} canEdit={canEdit} canSeeMoney={canSeeMoney} onAction={(a) => (setStatus(''), setAction(a))} />
      ) : null}
      {!canEdit ? <Paragraph>{t.money.readOnly}</Paragraph> : null}
      {canEdit ? (
        <AddMemberForm
          associationId={association.id}
          onAdded={(name) => {
            setStatus(t.members.add.added(name));
            reload();
          }}
        />
      ) : null}
      {action && actionMember ? (
        <NoticeDialog action={action} member={actionMember} onClose={() => setAction(null)} onDone={done} onConflict={reload} />
      ) : null}
    </>
  );
}
