import { useI18n } from '../i18n/I18nProvider';
import { errorMessage } from '../i18n/problems';
import { Alert, Paragraph } from '.';

export function LoadError({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <Alert data-color="danger">
      <Paragraph>{errorMessage(t, code)}</Paragraph>
    </Alert>
  );
}
