import { formatDate, formatNumber } from '../../format';
import type { ApiData } from '../../hooks/useApiData';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import { participantsApi } from '../../api/participants';
import type { ReferralCount } from '../../api/participantsTypes';
import { paths } from '../../routes';
import { AppLink, Paragraph } from '../../ui';
import { DataTable } from '../../tables/DataTable';
import { waitingByInsats } from './dashboard';
import { FigureList } from './FigureList';
import { Loaded } from './Loaded';
import { StartSection } from './StartSection';

/**
 * Deltagaransvarig: the referrals received and not yet decided, per insats with the oldest date and
 * the way to the queue where the decision is made. Counted from the referral summary: no person is
 * read (nor logged as read), and no names or personnummer reach the start page.
 */
export function AwaitingDecisionSection({ associationId, waiting }: { associationId: number; waiting: ApiData<ReferralCount[]> }) {
  const { t } = useI18n();
  const ta = t.dashboard.awaiting;
  const catalogue = useApiData((signal) => participantsApi.insatser(associationId, signal), associationId);
  const names = catalogue.status === 'ok' ? catalogue.data.items : [];
  const name = (id: number) => names.find((i) => i.id === id)?.name ?? `#${id}`;
  return (
    <StartSection id="start-awaiting" title={ta.title} wide>
      <Loaded data={waiting}>
        {(summary) => {
          const byInsats = waitingByInsats(summary, ['received'], names.map((i) => i.id));
          const total = byInsats.reduce((n, w) => n + w.count, 0);
          return (
            <>
              <FigureList label={ta.title} items={[{ key: 'awaiting-count', label: ta.count, value: formatNumber(total) }]} />
              {byInsats.length === 0 ? (
                <Paragraph>{ta.none}</Paragraph>
              ) : (
                <DataTable
                  id="start-awaiting-table"
                  caption={ta.caption}
                  hideCaption
                  columns={[{ label: ta.insats }, { label: ta.waiting, num: true }, { label: ta.oldest }, { label: ta.toQueue }]}
                  rows={byInsats.map((w) => ({
                    key: w.insatsId,
                    header: name(w.insatsId),
                    cells: [
                      formatNumber(w.count),
                      <span key="d" className="nowrap">
                        {formatDate(w.oldest)}
                      </span>,
                      <AppLink key="q" to={paths.queue(w.insatsId)} aria-label={ta.toQueueOf(name(w.insatsId))}>
                        {ta.toQueue}
                      </AppLink>,
                    ],
                  }))}
                />
              )}
            </>
          );
        }}
      </Loaded>
    </StartSection>
  );
}
