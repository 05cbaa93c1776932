import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { paths } from '../../../routes';
import type { Member, MemberStatus } from '../../../types';
import { AppLink, Button, Table, Tag } from '../../../ui';
import { NoValue } from '../../../tables/NoValue';
import { canRegisterNotice, canRevokeNotice } from './memberForms';
import type { NoticeAction } from './NoticeDialog';

const STATUS_COLOR: Record<MemberStatus, 'success' | 'warning' | 'neutral'> = {
  active: 'success',
  notice_given: 'warning',
  left: 'neutral',
};

interface Props {
  members: Member[];
  canEdit: boolean;
  /** The what-if link needs view_money. */
  canSeeMoney: boolean;
  onAction: (action: NoticeAction) => void;
}

export function MemberTable({ members, canEdit, canSeeMoney, onAction }: Props) {
  const { t } = useI18n();
  const tm = t.members;
  return (
    <div className="table-scroll" role="region" aria-labelledby="members-caption" tabIndex={0}>
      <Table zebra border className="data-table">
        <caption id="members-caption">{tm.caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{tm.name}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tm.partyKind}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tm.code}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tm.joinedOn}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tm.status}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tm.notice}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tm.actions}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {members.map((m) => (
            <Table.Row key={m.id}>
              <Table.HeaderCell scope="row">{m.name}</Table.HeaderCell>
              <Table.Cell>{t.partyKinds[m.partyKind] ?? m.partyKind}</Table.Cell>
              <Table.Cell className="nowrap">{m.code ?? <NoValue label={tm.noCode} />}</Table.Cell>
              <Table.Cell className="nowrap">{formatDate(m.joinedOn)}</Table.Cell>
              <Table.Cell>
                <Tag data-color={STATUS_COLOR[m.status] ?? 'neutral'} data-size="sm">
                  {t.memberStatus[m.status] ?? m.status}
                </Tag>
              </Table.Cell>
              <Table.Cell>
                {m.notice ? (
                  <span className="notice-info">
                    <span>{tm.noticeGiven(formatDate(m.notice.givenOn))},</span>{' '}
                    <span>{tm.noticeEnds(formatDate(m.notice.endsOn))}</span>
                    {m.notice.revokedOn ? <span>, {tm.noticeRevoked(formatDate(m.notice.revokedOn))}</span> : null}
                  </span>
                ) : (
                  <NoValue label={tm.noNotice} />
                )}
              </Table.Cell>
              <Table.Cell>
                <div className="row-actions">
                  {canEdit && canRegisterNotice(m) ? (
                    <Button variant="secondary" data-size="sm" onClick={() => onAction({ kind: 'notice', memberId: m.id })}>
                      {tm.giveNotice}
                      <span className="ds-sr-only"> {tm.forMember(m.name)}</span>
                    </Button>
                  ) : null}
                  {canEdit && canRevokeNotice(m) ? (
                    <Button variant="secondary" data-size="sm" onClick={() => onAction({ kind: 'revoke', memberId: m.id })}>
                      {tm.revoke}
                      <span className="ds-sr-only"> {tm.forMember(m.name)}</span>
                    </Button>
                  ) : null}
                  {canSeeMoney && m.canGiveNotice && m.status !== 'left' ? (
                    <AppLink to={paths.withdrawal(m.id)}>
                      {tm.whatIf}
                      <span className="ds-sr-only"> {tm.forMember(m.name)}</span>
                    </AppLink>
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
