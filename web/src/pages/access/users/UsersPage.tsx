import { useState } from 'react';
import { api } from '../../../api';
import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import { roleName } from '../../../session/roleNames';
import { useSession } from '../../../session/SessionProvider';
import type { Association } from '../../../api/types';
import { Paragraph, Spinner } from '../../../ui';
import { LoadError } from '../../../ui/LoadError';
import { AssociationPage } from '../../../layout/AssociationPage';
import { StatusMessage } from '../../../forms/StatusMessage';
import { useKept } from '../../../hooks/useKept';
import { useReload } from '../../../hooks/useReload';
import { AddRoleDialog } from './AddRoleDialog';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { CreateUserForm } from './CreateUserForm';
import { InvitationLink } from './InvitationLink';
import type { Invitation } from '../../../api/accessTypes';
import { UserTable, type UserAction } from './UserTable';

/** Användare och roller: the förbund's users, their roles, new users (manage_users). */
export function UsersPage() {
  const { t } = useI18n();
  return <AssociationPage title={t.users.title}>{(a) => <UsersContent association={a} />}</AssociationPage>;
}

function UsersContent({ association }: { association: Association }) {
  const { t } = useI18n();
  const { state } = useSession();
  const [version, reload] = useReload();
  const users = useApiData((signal) => api.users(association.id, signal), `${association.id}:${version}`);
  const [action, setAction] = useState<UserAction | null>(null);
  const [status, setStatus] = useState('');
  const [link, setLink] = useState<{ name: string; invitation: Invitation } | null>(null);
  const items = useKept(users)?.items ?? [];

  const done = (text: string, invited?: { name: string; invitation: Invitation }) => {
    setAction(null);
    setLink(invited ?? null);
    setStatus(text);
    reload();
  };

  return (
    <>
      <Paragraph>{t.users.intro}</Paragraph>
      <StatusMessage text={status || (users.status === 'ok' ? t.users.count(items.length) : '')} />
      {link ? <InvitationLink name={link.name} invitation={link.invitation} onClose={() => setLink(null)} /> : null}
      {users.status === 'loading' && items.length === 0 ? <Spinner data-size="md" /> : null}
      {users.status === 'error' ? <LoadError code={users.code} /> : null}
      {items.length > 0 ? (
        <UserTable
          users={items}
          selfId={state.status === 'authenticated' ? state.user.id : null}
          onAction={(a) => (setStatus(''), setLink(null), setAction(a))}
        />
      ) : null}
      <CreateUserForm
        associationId={association.id}
        onCreated={(u) => done(t.users.create.done(u.displayName), { name: u.displayName, invitation: u.invitation })}
      />
      {action ? <ActionDialog associationId={association.id} action={action} onClose={() => setAction(null)} onDone={done} /> : null}
    </>
  );
}

interface DialogProps {
  associationId: number;
  action: UserAction;
  onClose: () => void;
  onDone: (text: string, invited?: { name: string; invitation: Invitation }) => void;
}

/** The dialog for a row's action: add a role, or confirm removing a role / disabling / enabling. */
function ActionDialog({ associationId, action, onClose, onDone }: DialogProps) {
  const { t } = useI18n();
  const name = action.user.displayName;
  if (action.kind === 'assign') {
    return <AddRoleDialog associationId={associationId} user={action.user} onClose={onClose} onDone={onDone} />;
  }
  if (action.kind === 'remove') {
    const role = roleName(t, action.assignment.role);
    return (
      <ConfirmDialog
        title={t.users.remove.title}
        text={t.users.remove.text(role, name)}
        confirmLabel={t.users.remove.confirm}
        onClose={onClose}
        onConfirm={async () => {
          await api.removeAssignment(associationId, action.assignment.id);
          onDone(t.users.remove.done(role, name));
        }}
      />
    );
  }
  if (action.kind === 'invite') {
    return (
      <ConfirmDialog
        title={t.users.inviteDialog.title}
        text={t.users.inviteDialog.text(name)}
        confirmLabel={t.users.inviteDialog.confirm}
        onClose={onClose}
        onConfirm={async () => {
          const invitation = await api.invite(associationId, action.user.id);
          onDone(t.users.inviteDialog.done(name), { name, invitation });
        }}
      />
    );
  }
  const texts = action.kind === 'disable' ? t.users.disableDialog : t.users.enableDialog;
  return (
    <ConfirmDialog
      title={texts.title}
      text={texts.text(name)}
      confirmLabel={texts.confirm}
      onClose={onClose}
      onConfirm={async () => {
        await api.setDisabled(associationId, action.user.id, action.kind === 'disable');
        onDone(texts.done(name));
      }}
    />
  );
}
