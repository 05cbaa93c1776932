import { api } from '../../api';
import type { Statistics } from '../../followUpTypes';
import { formatDate, formatNumber } from '../../format';
import type { ApiData } from '../../hooks/useApiData';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import { participantsApi } from '../../participantsApi';
import type { Insats } from '../../participantsTypes';
import { paths } from '../../routes';
import { AppLink, Paragraph } from '../../ui';
import { Figure } from '../followUp/HiddenFigure';
import { DataTable, type Column } from '../money/DataTable';
import { NoValue } from '../money/NoValue';
import { ownInsatser, waitingByInsats, yearToDate } from './dashboard';
import { Loaded } from './Loaded';
import { StartSection } from './StartSection';
import type { WaitingReferrals } from './useWaitingReferrals';

interface Props {
  associationId: number;
  userId: number;
  /** The deltagaransvarig's waiting referrals (for the queue column); null for a role that may not see them. */
  waiting: ApiData<WaitingReferrals> | null;
}

interface InsatserData {
  insatser: Insats[];
  started: Statistics;
}

/**
 * Insatsansvarig and deltagaransvarig: the insatser they work in, with places, participations
 * started this year (suppressed as the server decides) and, for the deltagaransvarig, the queue.
 */
export function InsatserSection({ associationId, userId, waiting }: Props) {
  const { t } = useI18n();
  const ti = t.dashboard.insatser;
  const today = formatDate(new Date());
  const { year, from, to } = yearToDate(today);
  const data = useApiData(async (signal): Promise<InsatserData> => {
    const [list, started] = await Promise.all([
      participantsApi.insatser(associationId, signal),
      api.statistics(associationId, { measure: 'participations', rows: 'insats', columns: 'none', from, to, publish: false, kommun: '' }, signal),
    ]);
    // Who works in an insats is told by its detail only.
    const details = await Promise.all(list.items.map((i) => participantsApi.insats(associationId, i.id, signal)));
    return { insatser: ownInsatser(details, userId), started };
  }, `${associationId}-${userId}-${today}`);

  return (
    <StartSection id="start-insatser" title={ti.title} links={[{ to: paths.insatser, label: ti.more }]} wide>
      <Loaded data={data}>
        {({ insatser, started }) =>
          insatser.length === 0 ? (
            <Paragraph>{ti.none}</Paragraph>
          ) : (
            <InsatsTable insatser={insatser} started={started} year={year} waiting={waiting} />
          )
        }
      </Loaded>
    </StartSection>
  );
}

function InsatsTable({ insatser, started, year, waiting }: { insatser: Insats[]; started: Statistics; year: number; waiting: ApiData<WaitingReferrals> | null }) {
  const { t } = useI18n();
  const ti = t.dashboard.insatser;
  const queues =
    waiting?.status === 'ok' ? waitingByInsats([...waiting.data.received, ...waiting.data.queued]) : [];
  // The statistics name each insats by its name (rows keyed by name).
  const startedTotal = (name: string) => {
    const i = started.rows.findIndex((r) => r.key === name);
    return i < 0 ? { value: 0, hidden: false } : (started.rowTotals[i] ?? { value: null, hidden: false });
  };
  const startedCell = (name: string) => {
    const total = startedTotal(name);
    return <Figure value={total.value} hidden={total.hidden} money={false} threshold={started.threshold} />;
  };
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
            startedCell(i.name),
            ...(waiting ? [queueCell(i)] : []),
          ],
        }))}
      />
      {insatser.some((i) => startedTotal(i.name).hidden) ? <Paragraph className="hint">{t.statistics.legend(started.threshold)}</Paragraph> : null}
    </>
  );
}
