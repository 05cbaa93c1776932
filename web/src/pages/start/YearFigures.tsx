import { api } from '../../api';
import type { Statistics } from '../../api/followUpTypes';
import { formatDate, formatNumber } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import { paths } from '../../routes';
import { Paragraph } from '../../ui';
import { Figure } from '../../tables/HiddenFigure';
import { yearToDate } from './dashboard';
import { FigureList } from './FigureList';
import { Loaded } from './Loaded';
import { StartSection } from './StartSection';

const MEASURES = ['participations', 'unique_persons', 'median_wait_days'] as const;

/** Förbundschef and styrelse: participations started, unique persons and the median wait this year (suppressed as the server decides). */
export function YearFigures({ associationId }: { associationId: number }) {
  const { t } = useI18n();
  const ty = t.dashboard.year;
  const today = formatDate(new Date());
  const { year, from, to } = yearToDate(today);
  const stats = useApiData(
    (signal) =>
      Promise.all(
        MEASURES.map((measure) =>
          api.statistics(associationId, { measure, rows: 'none', columns: 'none', from, to, publish: false, kommun: '' }, signal),
        ),
      ),
    `${associationId}-${today}`,
  );
  return (
    <StartSection id="start-year" title={ty.title(year)} links={[{ to: paths.statistics, label: ty.more }]}>
      <Loaded data={stats}>
        {([participations, persons, wait]) => (
          <>
            <FigureList
              label={ty.title(year)}
              items={[
                { key: 'participations', label: ty.participations, value: <Total stats={participations} /> },
                { key: 'persons', label: ty.persons, value: <Total stats={persons} /> },
                { key: 'median-wait', label: ty.medianWait, value: <Total stats={wait} days /> },
              ]}
            />
            {[participations, persons, wait].some((s) => s?.total.hidden) ? (
              <Paragraph className="hint">{t.statistics.legend(participations?.threshold ?? 5)}</Paragraph>
            ) : null}
          </>
        )}
      </Loaded>
    </StartSection>
  );
}

/** The period's total: ".." when hidden, 0 for a count with nothing in it, a dash for a median of nothing. */
function Total({ stats, days = false }: { stats: Statistics | undefined; days?: boolean }) {
  const { t } = useI18n();
  if (!stats) return null;
  const value = stats.empty && !days ? 0 : stats.total.value;
  if (days && !stats.total.hidden && value !== null) return <>{t.dashboard.year.days(formatNumber(value))}</>;
  return <Figure value={value} hidden={stats.total.hidden} money={false} threshold={stats.threshold} />;
}
