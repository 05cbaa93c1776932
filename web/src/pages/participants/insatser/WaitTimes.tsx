import { formatNumber } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import type { Waits } from '../../../api/participantsTypes';
import { Spinner } from '../../../ui';
import { DataTable } from '../../../tables/DataTable';
import { NoValue } from '../../../tables/NoValue';
import { LoadError } from '../../../ui/LoadError';
import { waitPeriods, waitsQuery } from './waits';
import { Section } from '../../../layout/Section';

interface Props {
  associationId: number;
  insatsId: number;
  startsOn: string;
}

/** Median and 90th percentile of the days from referral to start, for the last 12 months and all time. */
export function WaitTimes({ associationId, insatsId, startsOn }: Props) {
  const { t } = useI18n();
  const tw = t.catalogue.waits;
  const periods = waitPeriods(new Date(), startsOn);
  const loaded = useApiData(
    (signal) => Promise.all(periods.map((p) => participantsApi.waits(associationId, insatsId, waitsQuery(p), signal))),
    `${associationId}:${insatsId}:${periods.map(waitsQuery).join()}`,
  );
  const days = (value: number | null) => (value === null ? <NoValue label={tw.noStarts} /> : formatNumber(value));
  const row = (label: string, w: Waits) => ({
    key: label,
    header: label,
    cells: [formatNumber(w.count), days(w.medianDays), days(w.p90Days)],
  });

  return (
    <Section id="waits-title" title={tw.title} intro={tw.intro}>
      {loaded.status === 'loading' ? <Spinner data-size="sm" /> : null}
      {loaded.status === 'error' ? <LoadError code={loaded.code} /> : null}
      {loaded.status === 'ok' ? (
        <DataTable
          id="waits"
          caption={tw.caption}
          hideCaption
          columns={[{ label: tw.period }, { label: tw.count, num: true }, { label: tw.median, num: true }, { label: tw.p90, num: true }]}
          rows={periods.map((p, i) => row(`${tw[p.key]} (${p.from} – ${p.to})`, loaded.data[i] ?? { count: 0, medianDays: null, p90Days: null }))}
        />
      ) : null}
    </Section>
  );
}
