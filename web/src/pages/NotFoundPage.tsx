import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n } from '../i18n/I18nProvider';
import { AppLink, Heading, Paragraph } from '../ui';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t.notFound.title);
  return (
    <div className="narrow">
      <Heading level={1} data-size="lg">
        {t.notFound.title}
      </Heading>
      <Paragraph>{t.notFound.text}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t.notFound.home}</AppLink>
      </Paragraph>
    </div>
  );
}
