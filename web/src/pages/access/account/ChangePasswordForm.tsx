import { useState, type FormEvent } from 'react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../../session/SessionProvider';
import { TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import { checkPasswordChange } from './passwordForm';
import { SubmitButtons } from '../../../forms/SubmitButtons';
import { FormSection } from '../../../forms/FormSection';

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
    <FormSection id="password-title" title={ta.passwordTitle} formClass="narrow" intro={ta.passwordIntro} summary={form.summary} onSubmit={onSubmit}>
      <TextField type="password" label={ta.currentPassword} autoComplete="current-password" {...form.field('account-current', currentPassword, setCurrentPassword)} />
      <TextField type="password" label={ta.newPassword} description={ta.newPasswordHint} autoComplete="new-password" {...form.field('account-new', password, setPassword)} />
      <TextField type="password" label={ta.repeatPassword} autoComplete="new-password" {...form.field('account-repeat', passwordRepeat, setPasswordRepeat)} />
      <SubmitButtons busy={form.busy} label={ta.changeSubmit} busyLabel={t.money.saving} />
    </FormSection>
  );
}
