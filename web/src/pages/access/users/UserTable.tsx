import type { Assignment, UserAccount } from '../../../api/accessTypes';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { roleName } from '../../../session/roleNames';
import { DataTable } from '../../../tables/DataTable';
import { NoValue } from '../../../tables/NoValue';
import { Button, Tag } from '../../../ui';

export type UserAction =
  | { kind: 'assign'; user: UserAccount }
  | { kind: 'remove'; user: UserAccount; assignment: Assignment }
  | { kind: 'disable' | 'enable' | 'invite'; user: UserAccount };

interface Props {
  users: UserAccount[];
  /** The signed-in user (who cannot disable themselves). */
  selfId: number | null;
  onAction: (action: UserAction) => void;
}

export function UserTable({ users, selfId, onAction }: Props) {
  const { t } = useI18n();
  const tu = t.users;
  const roles = (u: UserAccount) => (
    <>
      {u.assignments.length === 0 ? <NoValue label={tu.noRoles} /> : null}
      <ul className="role-list">
        {u.assignments.map((a) => (
          <li key={a.id}>
            <span>
              {roleName(t, a.role)}, {tu.validity(formatDate(a.validFrom), a.validTo ? formatDate(a.validTo) : null)}
              {a.pending ? (
                <>
                  {' '}
                  <Tag data-color="warning" data-size="sm">
                    {tu.pending}
                  </Tag>
                </>
              ) : null}
            </span>
            <Button variant="tertiary" data-size="sm" onClick={() => onAction({ kind: 'remove', user: u, assignment: a })}>
              {tu.removeRole}
              <span className="ds-sr-only">
                {' '}
                {roleName(t, a.role)} {tu.forUser(u.displayName)}
              </span>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
  const actions = (u: UserAccount) => (
    <div className="row-actions">
      <Button variant="secondary" data-size="sm" onClick={() => onAction({ kind: 'assign', user: u })}>
        {tu.addRole}
        <span className="ds-sr-only"> {tu.forUser(u.displayName)}</span>
      </Button>
      {u.id !== selfId ? (
        <Button variant="secondary" data-size="sm" onClick={() => onAction({ kind: u.disabled ? 'enable' : 'disable', user: u })}>
          {u.disabled ? tu.enable : tu.disable}
          <span className="ds-sr-only"> {tu.forUser(u.displayName)}</span>
        </Button>
      ) : null}
      {u.id !== selfId && !u.disabled ? (
        <Button variant="tertiary" data-size="sm" onClick={() => onAction({ kind: 'invite', user: u })}>
          {tu.newLink}
          <span className="ds-sr-only"> {tu.forUser(u.displayName)}</span>
        </Button>
      ) : null}
    </div>
  );
  return (
    <DataTable
      id="users"
      caption={tu.caption}
      columns={[{ label: tu.user }, { label: tu.roles }, { label: tu.status }, { label: tu.actions, className: 'sticky-end' }]}
      rows={users.map((u) => ({
        key: u.id,
        header: (
          <>
            {u.displayName}
            <span className="user-username">{u.username}</span>
          </>
        ),
        cells: [
          roles(u),
          <Tag data-color={u.disabled ? 'neutral' : u.awaitingPassword ? 'warning' : 'success'} data-size="sm">
            {u.disabled ? tu.disabled : u.awaitingPassword ? tu.awaitingPassword : tu.active}
          </Tag>,
          actions(u),
        ],
      }))}
    />
  );
}
