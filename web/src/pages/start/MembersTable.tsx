import { formatDate } from '../../format';
import { useI18n } from '../../i18n/I18nProvider';
import type { Member, MemberStatus } from '../../api/types';
import { DataTable } from '../../tables/DataTable';
import { NoValue } from '../../tables/NoValue';
import { Tag } from '../../ui';

const STATUS_COLOR: Record<MemberStatus, 'success' | 'warning' | 'neutral'> = {
  active: 'success',
  notice_given: 'warning',
  left: 'neutral',
};

/** Members of one förbund. Wide tables scroll inside their own focusable region on narrow screens. */
export function MembersTable({ members }: { members: Member[] }) {
  const { t } = useI18n();
  return (
    <DataTable
      id="members"
      className="members-table"
      hideCaption
      caption={t.start.membersTitle}
      columns={[
        { label: t.start.memberName, cellClassName: 'members-table__name' },
        { label: t.start.partyKind },
        { label: t.start.joinedOn, cellClassName: 'nowrap' },
        { label: t.start.leftOn, cellClassName: 'nowrap' },
        { label: t.start.status },
      ]}
      rows={members.map((m) => ({
        key: m.id,
        header: m.name,
        cells: [
          t.partyKinds[m.partyKind] ?? m.partyKind,
          formatDate(m.joinedOn),
          m.leftOn ? formatDate(m.leftOn) : <NoValue label={t.common.noDate} />,
          <Tag data-color={STATUS_COLOR[m.status] ?? 'neutral'} data-size="sm">
            {t.memberStatus[m.status] ?? m.status}
          </Tag>,
        ],
      }))}
    />
  );
}
