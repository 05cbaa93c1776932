import { api } from '../../api';
import type { Statistics } from '../../api/followUpTypes';
import { formatDate, formatNumber } from '../../format';
import type { ApiData } from '../../hooks/useApiData';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import { participantsApi } from '../../api/participants';
import type { Insats, ReferralCount } from '../../api/participantsTypes';
import { paths } from '../../routes';
import { AppLink, Paragraph } from '../../ui';
import { Figure } from '../../tables/HiddenFigure';
import { DataTable, type Column } from '../../tables/DataTable';
import { NoValue } from '../../tables/NoValue';
import { ownInsatser, rowTotal, waitingByInsats, yearToDate } from './dashboard';
import { Loaded } from './Loaded';
import { StartSection } from './StartSection';

interface Props {
  associationId: number;
  userId: number;
  /** The deltagaransvarig's referral summary (for the queue column); null for a role that may not see it. */
  waiting: ApiData<ReferralCount[]> | null;
}

interface InsatserData {
  insatser: Insats[];
  /** People in each insats today (active_persons). */
  active: Statistics;
  /** Participations started this year. */
  started: Statistics;
}

/**
 * Insatsansvarig and deltagaransvarig: the insatser they work in, with places, the people taking
 * part today and the participations started this year (both from the statistics, suppressed as the
 * server decides) and, for the deltagaransvarig, the queue.
 */
export function InsatserSection({ associationId, userId, waiting }: Props) {
  const { t } = useI18n();
  const ti = t.dashboard.insatser;
  const today = formatDate(new Date());
  const { year, from, to } = yearToDate(today);
  const data = useApiData(async (signal): Promise<InsatserData> => {
    const byInsats = (measure: string, periodFrom: string) =>
      api.statistics(associationId, { measure, rows: 'insats', columns: 'none', from: periodFrom, to, publish: false, kommun: '' }, signal);
    const [list, active, started] = await Promise.all([
      participantsApi.insatser(associationId, signal),
      byInsats('active_persons', today),
      byInsats('participations', from),
    ]);
    // Who works in an insats is told by its detail only.
    const details = await Promise.all(list.items.map((i) => participantsApi.insats(associationId, i.id, signal)));
    return { insatser: ownInsatser(details, userId), active, started };
  }, `${associationId}-${userId}-${today}`);

  return (
    <StartSection id="start-insatser" title={ti.title} links={[{ to: paths.insatser, label: ti.more }]} wide>
      <Loaded data={data}>
        {({ insatser, active, started }) =>
          insatser.length === 0 ? (
            <Paragraph>{ti.none}</Paragraph>
          ) : (
            <InsatsTable insatser={insatser} active={active} started={started} year={year} waiting={waiting} />
          )
        }
      </Loaded>
    </StartSection>
  );
}

interface TableProps {
  insatser: Insats[];
  active: Statistics;
  started: Statistics;
  year: number;
  waiting: ApiData<ReferralCount[]> | null;
}

function InsatsTable({ insatser, active, started, year, waiting }: TableProps) {
  const { t } = useI18n();
  const ti = t.dashboard.insatser;
  // The queue: referrals received and queued (as the queue page counts them), from the summary.
  const queues = waiting?.status === 'ok' ? waitingByInsats(waiting.data, ['received', 'queued']) : [];
  // The statistics name each insats by its name (rows keyed by name).
  // Structural insatser count attendance, not participants: no figure.
  const figure = (stats: Statistics, insats: Insats) => {
    if (insats.kind !== 'individual') return <NoValue label={t.money.none} />;
    const total = rowTotal(stats, insats.name);
    return <Figure value={total.value} hidden={total.hidden} money={false} threshold={stats.threshold} />;
  };
  const anyHidden = insatser.some((i) => rowTotal(active, i.name).hidden || rowTotal(started, i.name).hidden);
  const queueCell = (insats: Insats) => {
    if (!waiting) return null;
    if (insats.kind !== 'individual') return <NoValue label={t.money.none} />;
    if (waiting.status === 'loading') return <span className="hint">…</span>;
    if (waiting.status === 'error') return <NoValue label={t.dashboard.loadFailed} />;
    const count = queues.find((q) => q.insatsId === insats.id)?.count ?? 0;
    return (
      <AppLink to={paths.queue(insats.id)} aria-label={`${ti.queueLink(insats.name)}: ${formatNumber(count)}`}>
        {formatNumber(count)}
      </AppLink>
    );
  };
  const columns: Column[] = [
    { label: ti.insats },
    { label: ti.capacity, num: true },
    { label: ti.active, num: true },
    { label: ti.started(year), num: true },
    ...(waiting ? [{ label: ti.waiting, num: true }] : []),
  ];
  return (
    <>
      <DataTable
        id="start-insatser-table"
        caption={ti.caption}
        hideCaption
        columns={columns}
        rows={insatser.map((i) => ({
          key: i.id,
          header: <AppLink to={paths.insats(i.id)}>{i.name}</AppLink>,
          cells: [
            i.capacity === null ? <NoValue label={t.money.none} /> : formatNumber(i.capacity),
            figure(active, i),
            figure(started, i),
            ...(waiting ? [queueCell(i)] : []),
          ],
        }))}
      />
      {anyHidden ? <Paragraph className="hint">{t.statistics.legend(started.threshold)}</Paragraph> : null}
    </>
  );
}
