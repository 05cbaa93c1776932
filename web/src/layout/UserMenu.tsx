import { useState } from 'react';
import { ApiError, UNKNOWN_ERROR } from '../api';
import { useI18n } from '../i18n/I18nProvider';
import { errorMessage } from '../i18n/problems';
import { useSession } from '../session/SessionProvider';
import type { User } from '../api/types';
import { usePath } from '../router';
import { paths } from '../routes';
import { AppLink, Button } from '../ui';

/** The signed-in user's name and the sign-out button. */
export function UserMenu({ user }: { user: User }) {
  const { t } = useI18n();
  const { logout } = useSession();
  const path = usePath();
  const [errorCode, setErrorCode] = useState<string | null>(null);

  const onLogout = () => {
    setErrorCode(null);
    logout().catch((error: unknown) => setErrorCode(error instanceof ApiError ? error.code : UNKNOWN_ERROR));
  };

  return (
    <div className="user-menu">
      <p className="user-menu__name">
        <span className="ds-sr-only">{t.header.signedInAs} </span>
        {user.displayName}
      </p>
      <AppLink to={paths.account} className="user-menu__account" aria-current={path === paths.account ? 'page' : undefined}>
        {t.header.account}
      </AppLink>
      <Button variant="secondary" data-size="sm" onClick={onLogout}>
        {t.header.logout}
      </Button>
      {errorCode ? (
        <p className="user-menu__error" role="alert">
          {errorMessage(t, errorCode)}
        </p>
      ) : null}
    </div>
  );
}
