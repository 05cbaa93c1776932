import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Eligibility } from '../../../api/participantsTypes';
import { Alert, Heading, Paragraph } from '../../../ui';

/**
 * The person already has an open referral or an ongoing participation in the insats (only those the user may see:
 * a remittent is told of their own referrals only).
 */
export function DuplicateWarning({ duplicates }: { duplicates: Eligibility['duplicates'] }) {
  const { t } = useI18n();
  const tr = t.referrals;
  return (
    <Alert data-color="warning" id="duplicate-result">
      <Heading level={2} data-size="xs">
        {tr.duplicatesTitle}
      </Heading>
      <ul>
        {duplicates.map((d, i) => (
          <li key={`${d.kind}:${d.since}:${i}`}>
            {d.kind === 'participation' ? tr.duplicateParticipation(formatDate(d.since)) : tr.duplicateReferral(formatDate(d.since))}
          </li>
        ))}
      </ul>
      <Paragraph>{tr.duplicatesText}</Paragraph>
    </Alert>
  );
}
