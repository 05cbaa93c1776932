import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n } from '../i18n/I18nProvider';
import { AppLink, Heading, Paragraph } from '../ui';

/** Shown instead of a page the user's roles do not give access to. */
export function NoAccessPage() {
  const { t } = useI18n();
  usePageTitle(t.noAccess.title);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.noAccess.title}
      </Heading>
      <Paragraph>{t.noAccess.text}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t.notFound.home}</AppLink>
      </Paragraph>
    </>
  );
}
