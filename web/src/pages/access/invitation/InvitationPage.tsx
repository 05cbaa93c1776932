import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, api } from '../../../api';
import type { InvitationInfo } from '../../../api/accessTypes';
import { formatDateTime } from '../../../format';
import { usePageTitle } from '../../../hooks/usePageTitle';
import { useI18n } from '../../../i18n/I18nProvider';
import { fieldError } from '../../../forms/fieldErrors';
import { useFormErrors } from '../../../forms/useFormErrors';
import { checkNewPassword } from '../account/passwordForm';
import { Alert, AppLink, Heading, Paragraph, Spinner, TextField } from '../../../ui';
import { SubmitButtons } from '../../../forms/SubmitButtons';

/** The token from `/inbjudan#<token>`: the fragment never reaches the server or its logs. */
export function invitationToken(hash: string): string {
  return decodeURIComponent(hash.replace(/^#/, '')).trim();
}

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; info: InvitationInfo }
  | { kind: 'refused'; message: string }
  | { kind: 'done' };

/** Välj lösenord: a new user sets their own password through their one-time link (public page). */
export function InvitationPage() {
  const { t } = useI18n();
  const ti = t.invitation;
  usePageTitle(ti.title);
  const [token, setToken] = useState(() => invitationToken(window.location.hash));
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [password, setPassword] = useState('');
  const [passwordRepeat, setPasswordRepeat] = useState('');
  const targets: Record<string, { id: string; noun: string }> = {
    password: { id: 'invitation-password', noun: t.account.newPasswordNoun },
    passwordRepeat: { id: 'invitation-repeat', noun: t.account.repeatPasswordNoun },
  };
  const form = useFormErrors((field) => targets[field] ?? null, 'invitation-password');

  const refuse = (error: unknown) => {
    const first = error instanceof ApiError ? error.fieldErrors.find((e) => e.field === 'token') : undefined;
    setState({ kind: 'refused', message: first ? fieldError(t, 'token', first.code, '') : t.errors.generic });
  };

  // A link opened while the page is shown changes only the fragment.
  useEffect(() => {
    const read = () => {
      if (window.location.hash) setToken(invitationToken(window.location.hash));
    };
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  useEffect(() => {
    // Keep the secret out of the address bar and history once it is read.
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the token in the address is read once, on arrival
    setState({ kind: 'loading' });
    if (token === '') {
      refuse(new ApiError(422, 'validation_failed', [{ field: 'token', code: 'required' }]));
      return;
    }
    api.lookUpInvitation(token).then((info) => setState({ kind: 'ready', info }), refuse);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the token of the address
  }, [token]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(checkNewPassword({ password, passwordRepeat }), async () => {
      try {
        await api.acceptInvitation(token, password);
      } catch (error) {
        if (error instanceof ApiError && error.fieldErrors.some((e) => e.field === 'token')) return refuse(error);
        throw error;
      }
      setPassword('');
      setPasswordRepeat('');
      setState({ kind: 'done' });
    });
  };

  return (
    <section className="login" aria-labelledby="invitation-title">
      <Heading level={1} data-size="lg" id="invitation-title">
        {ti.title}
      </Heading>
      {state.kind === 'loading' ? <Spinner data-size="md" /> : null}
      {state.kind === 'refused' ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{state.message}</Paragraph>
        </Alert>
      ) : null}
      {state.kind === 'done' ? (
        <Alert data-color="success" role="status">
          <Paragraph>
            {ti.done} <AppLink to="/login">{ti.toLogin}</AppLink>
          </Paragraph>
        </Alert>
      ) : null}
      {state.kind === 'ready' ? (
        <>
          <Paragraph>{ti.intro(state.info.displayName, state.info.username, formatDateTime(state.info.expiresAt))}</Paragraph>
          <form className="form narrow" noValidate onSubmit={onSubmit}>
            {form.summary}
            <TextField id="invitation-username" label={t.login.username} autoComplete="username" readOnly value={state.info.username} />
            <TextField
              type="password"
              label={t.account.newPassword}
              description={t.account.newPasswordHint}
              autoComplete="new-password"
              {...form.field('invitation-password', password, setPassword)}
            />
            <TextField type="password" label={t.account.repeatPassword} autoComplete="new-password" {...form.field('invitation-repeat', passwordRepeat, setPasswordRepeat)} />
            <SubmitButtons busy={form.busy} label={ti.submit} busyLabel={t.money.saving} />
          </form>
        </>
      ) : null}
    </section>
  );
}
