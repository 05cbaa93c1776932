import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../../session/SessionProvider';
import { Button, Heading, Paragraph, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { checkPasswordChange } from './passwordForm';

/** Current, new and repeated password; the server answers with a new session (cookie and CSRF token). */
export function ChangePasswordForm({ onChanged }: { onChanged: (text: string) => void }) {
  const { t } = useI18n();
  const ta = t.account;
  const { replaceSession } = useSession();
  const [currentPassword, setCurrentPassword] = useState('');
  const [password, setPassword] = useState('');
  const [passwordRepeat, setPasswordRepeat] = useState('');

  const targets: Record<string, { id: string; noun: string }> = {
    currentPassword: { id: 'account-current', noun: ta.currentPasswordNoun },
    password: { id: 'account-new', noun: ta.newPasswordNoun },
    passwordRepeat: { id: 'account-repeat', noun: ta.repeatPasswordNoun },
  };
  const form = useFormErrors((field) => targets[field] ?? null, 'account-current');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors = checkPasswordChange({ currentPassword, password, passwordRepeat });
    void form.submit(errors, async () => {
      replaceSession(await api.changePassword(currentPassword, password));
      setCurrentPassword('');
      setPassword('');
      setPasswordRepeat('');
      onChanged(ta.changed);
    });
  };

  return (
    <section aria-labelledby="password-title" className="form-section">
      <Heading level={2} data-size="md" id="password-title">
        {ta.passwordTitle}
      </Heading>
      <Paragraph>{ta.passwordIntro}</Paragraph>
      <form className="form narrow" noValidate onSubmit={onSubmit}>
        {form.summary}
        <TextField
          id="account-current"
          type="password"
          label={ta.currentPassword}
          autoComplete="current-password"
          value={currentPassword}
          error={form.inline('account-current')}
          onChange={(e) => setCurrentPassword(e.target.value)}
        />
        <TextField
          id="account-new"
          type="password"
          label={ta.newPassword}
          description={ta.newPasswordHint}
          autoComplete="new-password"
          value={password}
          error={form.inline('account-new')}
          onChange={(e) => setPassword(e.target.value)}
        />
        <TextField
          id="account-repeat"
          type="password"
          label={ta.repeatPassword}
          autoComplete="new-password"
          value={passwordRepeat}
          error={form.inline('account-repeat')}
          onChange={(e) => setPasswordRepeat(e.target.value)}
        />
        <div>
          <Button type="submit" aria-disabled={form.busy || undefined}>
            {form.busy ? t.money.saving : ta.changeSubmit}
          </Button>
        </div>
      </form>
    </section>
  );
}
