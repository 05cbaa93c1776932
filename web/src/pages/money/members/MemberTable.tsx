import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { paths } from '../../../routes';
import type { Member, MemberStatus } from '../../../api/types';
import { DataTable } from '../../../tables/DataTable';
import { NoValue } from '../../../tables/NoValue';
import { AppLink, Button, Tag } from '../../../ui';
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
  const notice = (m: Member) =>
    m.notice ? (
      <span className="notice-info">
        <span>{tm.noticeGiven(formatDate(m.notice.givenOn))},</span>{' '}
        <span>{tm.noticeEnds(formatDate(m.notice.endsOn))}</span>
        {m.notice.revokedOn ? <span>, {tm.noticeRevoked(formatDate(m.notice.revokedOn))}</span> : null}
      </span>
    ) : (
      <NoValue label={tm.noNotice} />
    );
  const actions = (m: Member) => (
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
  );
  return (
    <DataTable
      id="members"
      caption={tm.caption}
      columns={[
        { label: tm.name },
        { label: tm.partyKind },
        { label: tm.code, cellClassName: 'nowrap' },
        { label: tm.joinedOn, cellClassName: 'nowrap' },
        { label: tm.status },
        { label: tm.notice },
        { label: tm.actions },
      ]}
      rows={members.map((m) => ({
        key: m.id,
        header: m.name,
        cells: [
          t.partyKinds[m.partyKind] ?? m.partyKind,
          m.code ?? <NoValue label={tm.noCode} />,
          formatDate(m.joinedOn),
          <Tag data-color={STATUS_COLOR[m.status] ?? 'neutral'} data-size="sm">
            {t.memberStatus[m.status] ?? m.status}
          </Tag>,
          notice(m),
          actions(m),
        ],
      }))}
    />
  );
}
