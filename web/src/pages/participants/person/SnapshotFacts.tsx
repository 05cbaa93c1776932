import { formatNumber, formatPercentValue } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Snapshot } from '../../../api/participantsTypes';
import { Heading } from '../../../ui';
import { Facts } from '../shared/Facts';

/** The follow-up data recorded at start or at end (support, months, education, occupation, extent). */
export function SnapshotFacts({ id, title, snapshot }: { id: string; title: string; snapshot: Snapshot }) {
  const { t } = useI18n();
  const tp = t.participation;
  const none = snapshot.support.length === 1 && snapshot.support[0] === 'none';
  return (
    <>
      <Heading level={4} data-size="2xs" id={id}>
        {title}
      </Heading>
      <Facts
        label={title}
        items={[
          [tp.support, snapshot.support.map((s) => tp.supportSources[s]).join(', ')],
          ...(none ? [] : [[tp.monthsOnSupport, formatNumber(snapshot.monthsOnSupport)] as [string, string]]),
          [tp.education, tp.educationLevels[snapshot.education]],
          [tp.occupation, tp.occupations[snapshot.occupation]],
          [tp.extentPercent, formatPercentValue(snapshot.extentPercent)],
        ]}
      />
    </>
  );
}
