import { formatDate } from '../format';
import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n } from '../i18n/I18nProvider';
import { Heading, Link, Paragraph } from '../ui';

/** Date of the latest self-assessment; update together with the statement. */
export const ASSESSMENT_DATE = '2026-11-22';
/** Placeholder: each förbund configures its own accessibility contact. */
export const FEEDBACK_EMAIL = 'tillganglighet@exempel.se';
export const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan';

/** Tillgänglighetsredogörelse, reachable before login (lag 2018:1937). */
export function AccessibilityPage() {
  const { t } = useI18n();
  const a = t.a11y;
  usePageTitle(a.title);

  return (
    <article className="prose">
      <Heading level={1} data-size="lg">
        {a.title}
      </Heading>
      <Paragraph>{a.intro}</Paragraph>

      <Heading level={2} data-size="md">
        {a.providerTitle}
      </Heading>
      <Paragraph>{a.provider}</Paragraph>

      <Heading level={2} data-size="md">
        {a.statusTitle}
      </Heading>
      <Paragraph>{a.aim}</Paragraph>
      <Paragraph>
        <strong>{a.status}</strong>
      </Paragraph>

      <Heading level={2} data-size="md">
        {a.gapsTitle}
      </Heading>
      <ul>
        {a.gaps.map((gap) => (
          <li key={gap}>{gap}</li>
        ))}
      </ul>

      <Heading level={2} data-size="md">
        {a.methodTitle}
      </Heading>
      <Paragraph>{a.method}</Paragraph>
      <Paragraph>{a.assessed(formatDate(ASSESSMENT_DATE))}</Paragraph>
      <Paragraph>{a.updated(formatDate(ASSESSMENT_DATE))}</Paragraph>

      <Heading level={2} data-size="md">
        {a.feedbackTitle}
      </Heading>
      <Paragraph>{a.feedback}</Paragraph>
      <Paragraph>
        {a.emailLabel} <Link href={`mailto:${FEEDBACK_EMAIL}`}>{FEEDBACK_EMAIL}</Link>
      </Paragraph>

      <Heading level={2} data-size="md">
        {a.enforcementTitle}
      </Heading>
      <Paragraph>{a.enforcement}</Paragraph>
      <Paragraph>
        <Link href={DIGG_REPORT_URL} hrefLang="sv">
          {a.enforcementLink}
        </Link>
      </Paragraph>
    </article>
  );
}
