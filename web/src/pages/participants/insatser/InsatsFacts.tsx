import { formatDate, formatNumber } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Insats } from '../../../api/participantsTypes';
import { Facts } from '../shared/Facts';
import type { Lookups } from '../shared/useLookups';

/** The insats's facts: kind, ages, entry, duration, places, parties, target groups, kommuner, period. */
export function InsatsFacts({ insats, lookups }: { insats: Insats; lookups: Lookups }) {
  const { t } = useI18n();
  const tc = t.catalogue;
  const list = (names: string[]) => (names.length > 0 ? names.join(', ') : tc.noValue);
  return (
    <Facts
      label={tc.facts}
      items={[
        [tc.kind, tc.kinds[insats.kind]],
        [tc.ages, tc.ageRange(insats.minAge, insats.maxAge)],
        [tc.entry, insats.referralRequired ? tc.referralRequired : tc.openEntry],
        [tc.intensity, tc.intensities[insats.extensive ? 'extensive' : 'light']],
        [tc.duration, insats.durationWeeks === null ? tc.noValue : tc.weeks(insats.durationWeeks)],
        [tc.capacity, insats.capacity === null ? tc.noValue : formatNumber(insats.capacity)],
        [tc.lead, insats.leadMemberId === null ? tc.noValue : lookups.memberName(insats.leadMemberId)],
        [tc.cooperating, list(insats.cooperatingMemberIds.map(lookups.memberName))],
        [tc.targetGroups, list(insats.targetGroupIds.map(lookups.targetGroupName))],
        [tc.kommuner, list(insats.kommunCodes.map(lookups.kommunName))],
        [tc.period, tc.periodText(formatDate(insats.startsOn), insats.endsOn ? formatDate(insats.endsOn) : null)],
      ]}
    />
  );
}
