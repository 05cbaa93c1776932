import { useState } from 'react';
import { usePageTitle } from '../../../hooks/usePageTitle';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../../session/SessionProvider';
import { Heading, Paragraph } from '../../../ui';
import { StatusMessage } from '../../../forms/StatusMessage';
import { ChangePasswordForm } from './ChangePasswordForm';
import { LogoutEverywhere } from './LogoutEverywhere';

/** Mitt konto: any signed-in user changes their password or signs out everywhere. */
export function AccountPage() {
  const { t } = useI18n();
  const { state } = useSession();
  const [status, setStatus] = useState('');
  usePageTitle(t.account.title);
  const user = state.status === 'authenticated' ? state.user : null;

  return (
    <>
      <Heading level={1} data-size="lg">
        {t.account.title}
      </Heading>
      {user ? <Paragraph>{t.account.signedInAs(user.displayName, user.username)}</Paragraph> : null}
      <StatusMessage text={status} />
      <ChangePasswordForm onChanged={setStatus} />
      <LogoutEverywhere />
    </>
  );
}
