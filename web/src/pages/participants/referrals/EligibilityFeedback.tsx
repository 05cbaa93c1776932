import { useI18n } from '../../../i18n/I18nProvider';
import type { Eligibility } from '../../../api/participantsTypes';
import { Alert, Heading, Paragraph } from '../../../ui';

/** The eligibility check's answer, each problem in words. */
export function EligibilityFeedback({ result }: { result: Eligibility }) {
  const { t } = useI18n();
  const tr = t.referrals;
  const problem = (code: string) => (Object.hasOwn(tr.problems, code) ? tr.problems[code as keyof typeof tr.problems] : code);
  if (result.eligible && result.problems.length === 0) {
    return (
      <Alert data-color="success" id="eligibility-result">
        <Heading level={2} data-size="xs">
          {tr.eligibleTitle}
        </Heading>
        <Paragraph>{tr.eligibleText(result.age)}</Paragraph>
      </Alert>
    );
  }
  return (
    <Alert data-color="warning" id="eligibility-result">
      <Heading level={2} data-size="xs">
        {tr.problemsTitle}
      </Heading>
      <Paragraph>{tr.problemsText(result.age)}</Paragraph>
      <ul>
        {result.problems.map((p) => (
          <li key={p}>{problem(p)}</li>
        ))}
      </ul>
    </Alert>
  );
}
