import { formatDate } from '../../format';
import { useI18n } from '../../i18n/I18nProvider';
import type { Member, MemberStatus } from '../../types';
import { Table, Tag } from '../../ui';

const STATUS_COLOR: Record<MemberStatus, 'success' | 'warning' | 'neutral'> = {
  active: 'success',
  notice_given: 'warning',
  left: 'neutral',
};

/** Members of one förbund. Wide tables scroll inside their own focusable region on narrow screens. */
export function MembersTable({ members }: { members: Member[] }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll" role="region" aria-labelledby="members-caption" tabIndex={0}>
      <Table zebra border className="members-table">
        <caption id="members-caption" className="ds-sr-only">
          {t.start.membersTitle}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.start.memberName}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.start.partyKind}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.start.joinedOn}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.start.leftOn}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.start.status}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {members.map((m) => (
            <Table.Row key={m.id}>
              <Table.HeaderCell scope="row" className="members-table__name">
                {m.name}
              </Table.HeaderCell>
              <Table.Cell>{t.partyKinds[m.partyKind] ?? m.partyKind}</Table.Cell>
              <Table.Cell className="nowrap">{formatDate(m.joinedOn)}</Table.Cell>
              <Table.Cell className="nowrap">
                {m.leftOn ? (
                  formatDate(m.leftOn)
                ) : (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="ds-sr-only">{t.common.noDate}</span>
                  </>
                )}
              </Table.Cell>
              <Table.Cell>
                <Tag data-color={STATUS_COLOR[m.status] ?? 'neutral'} data-size="sm">
                  {t.memberStatus[m.status] ?? m.status}
                </Tag>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
