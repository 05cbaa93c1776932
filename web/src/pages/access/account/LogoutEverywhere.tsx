import { useState } from 'react';
import { ApiError, UNKNOWN_ERROR } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorMessage } from '../../../i18n/problems';
import { useSession } from '../../../session/SessionProvider';
import { Alert, Button, Heading, Paragraph } from '../../../ui';

/** Ends every session of the user (DELETE /api/v1/sessions), then the login page says so. */
export function LogoutEverywhere() {
  const { t } = useI18n();
  const { logoutEverywhere } = useSession();
  const [errorCode, setErrorCode] = useState<string | null>(null);

  const onClick = () => {
    setErrorCode(null);
    logoutEverywhere().catch((error: unknown) => setErrorCode(error instanceof ApiError ? error.code : UNKNOWN_ERROR));
  };

  return (
    <section aria-labelledby="everywhere-title" className="form-section">
      <Heading level={2} data-size="md" id="everywhere-title">
        {t.account.everywhereTitle}
      </Heading>
      <Paragraph>{t.account.everywhereIntro}</Paragraph>
      <div>
        <Button variant="secondary" onClick={onClick}>
          {t.account.everywhereSubmit}
        </Button>
      </div>
      {errorCode ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorMessage(t, errorCode)}</Paragraph>
        </Alert>
      ) : null}
    </section>
  );
}
