import type { Assignment, UserAccount } from '../../../accessTypes';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { roleName } from '../../../session/roleNames';
import { Button, Table, Tag } from '../../../ui';
import { NoValue } from '../../../tables/NoValue';

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
  return (
    <div className="table-scroll" role="region" aria-labelledby="users-caption" tabIndex={0}>
      <Table zebra border className="data-table">
        <caption id="users-caption">{tu.caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{tu.user}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tu.roles}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tu.status}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tu.actions}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {users.map((u) => (
            <Table.Row key={u.id}>
              <Table.HeaderCell scope="row">
                {u.displayName}
                <span className="user-username">{u.username}</span>
              </Table.HeaderCell>
              <Table.Cell>
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
              </Table.Cell>
              <Table.Cell>
                <Tag data-color={u.disabled ? 'neutral' : u.awaitingPassword ? 'warning' : 'success'} data-size="sm">
                  {u.disabled ? tu.disabled : u.awaitingPassword ? tu.awaitingPassword : tu.active}
                </Tag>
              </Table.Cell>
              <Table.Cell>
                <div className="row-actions">
                  <Button variant="secondary" data-size="sm" onClick={() => onAction({ kind: 'assign', user: u })}>
                    {tu.addRole}
                    <span className="ds-sr-only"> {tu.forUser(u.displayName)}</span>
                  </Button>
                  {u.id !== selfId ? (
                    <Button
                      variant="secondary"
                      data-size="sm"
                      onClick={() => onAction({ kind: u.disabled ? 'enable' : 'disable', user: u })}
                    >
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
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
