import { formatDate, formatNumber } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { CaseloadEntry } from '../../../api/participantsTypes';
import { paths } from '../../../routes';
import { DataTable } from '../../../tables/DataTable';
import { NoValue } from '../../../tables/NoValue';
import { AppLink, Button, Tag } from '../../../ui';
import { sortColumn } from '../queue/sortColumn';
import { DUE_SOON_DAYS, nextDue, type CaseloadSort, type CaseloadView } from './caseloadView';

interface Props {
  rows: CaseloadEntry[];
  view: CaseloadView;
  today: string;
  insatsName: (id: number) => string;
  /** The signed-in user, to say "Du" and offer to take or let go. */
  userId: number;
  onSort: (column: CaseloadSort) => void;
  onResponsibility: (entry: CaseloadEntry, take: boolean) => void;
}

/** Days from `from` to `to` (ISO dates), for "due soon". */
function daysUntil(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The ongoing participations in the order of `view`; a name leads to the person, overdue rows say so in words. */
export function CaseloadTable({ rows, view, today, insatsName, userId, onSort, onResponsibility }: Props) {
  const { t } = useI18n();
  const tc = t.caseload;
  const c = tc.columns;
  const date = (d: string | null | undefined) => (d ? <span className="nowrap">{formatDate(d)}</span> : <NoValue label={t.money.none} />);
  const status = (e: CaseloadEntry) => {
    if (e.overdue)
      return (
        <Tag data-color="danger" data-size="sm">
          {tc.overdue}
        </Tag>
      );
    const due = nextDue(e);
    if (due !== null && daysUntil(today, due) < DUE_SOON_DAYS)
      return (
        <Tag data-color="warning" data-size="sm">
          {tc.dueSoon}
        </Tag>
      );
    if (e.personId !== null && due === null) return <span className="hint">{tc.noPlan}</span>;
    return <NoValue label={t.money.none} />;
  };
  const who = (e: CaseloadEntry) => {
    const name = e.name ?? tc.anonymous;
    if (e.responsibleUserId === userId)
      return (
        <span className="row-actions">
          {tc.you}
          <Button variant="tertiary" data-size="sm" aria-label={tc.releaseFor(name)} onClick={() => onResponsibility(e, false)}>
            {tc.release}
          </Button>
        </span>
      );
    // The caseload holds the insatser the user works in, so each row may be taken (a colleague's too: taken over).
    const other = e.responsibleUserId !== null ? tc.someoneElse : null;
    return (
      <span className="row-actions">
        {other}
        <Button variant="tertiary" data-size="sm" aria-label={tc.takeFor(name)} onClick={() => onResponsibility(e, true)}>
          {tc.take}
        </Button>
      </span>
    );
  };
  return (
    <DataTable
      id="caseload"
      className="data-table caseload-table"
      caption={tc.caption}
      hideCaption
      columns={[
        sortColumn(view, 'name', c.name, onSort),
        // Beside the name, so that an overdue follow-up is seen where the table scrolls (narrow screens).
        { label: c.status },
        { label: c.personnummer, cellClassName: 'nowrap' },
        sortColumn(view, 'insats', c.insats, onSort),
        sortColumn(view, 'startedOn', c.startedOn, onSort),
        sortColumn(view, 'daysInInsats', c.daysInInsats, onSort, true),
        sortColumn(view, 'nextDue', c.nextFollowUp, onSort),
        { label: c.nextAction },
        // Stays in view at the end on a narrow screen: its take and let-go buttons (390 px).
        { label: c.responsible, className: 'sticky-end' },
      ]}
      rows={rows.map((e) => ({
        key: e.participationId,
        header: e.personId !== null ? <AppLink to={paths.person(e.personId)}>{e.name ?? tc.anonymous}</AppLink> : tc.anonymous,
        cells: [
          status(e),
          e.maskedPersonnummer ?? <NoValue label={t.money.none} />,
          insatsName(e.insatsId),
          date(e.startedOn),
          formatNumber(e.daysInInsats),
          date(e.nextFollowUpOn),
          date(e.nextActionDueOn),
          who(e),
        ],
      }))}
    />
  );
}
