import { formatNumber } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import { participantsApi } from '../../api/participants';
import { paths } from '../../routes';
import { Paragraph } from '../../ui';
import { DataTable } from '../../tables/DataTable';
import { FigureList } from './FigureList';
import { Loaded } from './Loaded';
import { StartSection } from './StartSection';

/**
 * Deltagaransvarig: the ongoing participants of their insatser, how many follow-ups are overdue and how many
 * are due soon, per insats, with the way to the list. Counts only (caseload/summary): no person is read, and
 * no names reach the start page.
 */
export function FollowUpsSection({ associationId }: { associationId: number }) {
  const { t } = useI18n();
  const tr = t.caseload.reminders;
  const summary = useApiData((signal) => participantsApi.caseloadSummary(associationId, signal), associationId);
  const catalogue = useApiData((signal) => participantsApi.insatser(associationId, signal), associationId);
  const names = catalogue.status === 'ok' ? catalogue.data.items : [];
  const name = (id: number) => names.find((i) => i.id === id)?.name ?? `#${id}`;
  return (
    <StartSection id="start-follow-ups" title={tr.title} wide links={[{ to: paths.participants, label: tr.toList }]}>
      <Loaded data={summary}>
        {({ items, dueSoonDays }) => {
          const total = items.reduce((n, s) => n + s.ongoing, 0);
          const overdue = items.reduce((n, s) => n + s.overdue, 0);
          return (
            <>
              <FigureList
                label={tr.title}
                items={[
                  {
                    key: 'follow-ups-ongoing',
                    label: tr.total,
                    value: formatNumber(total),
                  },
                  {
                    key: 'follow-ups-overdue',
                    label: tr.totalOverdue,
                    value: formatNumber(overdue),
                  },
                ]}
              />
              {items.length === 0 ? (
                <Paragraph>{tr.none}</Paragraph>
              ) : (
                <DataTable
                  id="start-follow-ups-table"
                  caption={tr.caption}
                  hideCaption
                  columns={[
                    { label: t.caseload.insats },
                    { label: tr.ongoing, num: true },
                    { label: tr.overdue, num: true },
                    { label: tr.dueSoon(dueSoonDays), num: true },
                  ]}
                  rows={items.map((s) => ({
                    key: s.insatsId,
                    header: name(s.insatsId),
                    cells: [formatNumber(s.ongoing), formatNumber(s.overdue), formatNumber(s.dueSoon)],
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
