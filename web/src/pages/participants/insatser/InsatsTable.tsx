import { formatNumber } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { paths } from '../../../routes';
import { AppLink } from '../../../ui';
import { DataTable } from '../../../tables/DataTable';
import type { Lookups } from '../shared/useLookups';

/** The catalogue as a table: name (link to the insats), kind, ages, entry, places, kommuner. */
export function InsatsTable({ lookups }: { lookups: Lookups }) {
  const { t } = useI18n();
  const tc = t.catalogue;
  return (
    <DataTable
      id="insatser"
      caption={tc.caption}
      hideCaption
      columns={[
        { label: tc.name },
        { label: tc.kind },
        { label: tc.ages },
        { label: tc.entry },
        { label: tc.capacity, num: true },
        { label: tc.kommuner },
      ]}
      rows={lookups.insatser.map((i) => ({
        key: i.id,
        header: <AppLink to={paths.insats(i.id)}>{i.name}</AppLink>,
        cells: [
          tc.kinds[i.kind],
          <span className="nowrap">{tc.ageRange(i.minAge, i.maxAge)}</span>,
          i.referralRequired ? tc.referralRequired : tc.openEntry,
          i.capacity === null ? '' : formatNumber(i.capacity),
          i.kommunCodes.map(lookups.kommunName).join(', '),
        ],
      }))}
    />
  );
}
